package org.binder4j.aidl.ast;

import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/** Something declared inside a type: a method, a field, a constant or a nested type. */
public sealed interface AstMember permits AstMethod, AstField, AstConstant, AstDeclaration {
    String name();

    /** The member's name (for an interface, AOSP's convention: its {@code interface} keyword). */
    SourceLocation location();

    Comments comments();
}
