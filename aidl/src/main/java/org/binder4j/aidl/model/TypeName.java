package org.binder4j.aidl.model;

/** What a type reference names: a built-in type or a declared type. */
public sealed interface TypeName permits BuiltinType, DeclaredType {
    /** The AIDL name of a built-in type, the canonical name of a declared one ({@code pkg.Outer.Inner}). */
    String qualifiedName();
}
