package org.binder4j.aidl.check;

import org.binder4j.aidl.model.BuiltinType;

/** What a written type name resolved to. */
sealed interface Resolved {
    record Builtin(BuiltinType type) implements Resolved {}

    record Declared(DeclSymbol symbol) implements Resolved {}

    /** The name AOSP's messages and signatures use: the AIDL name of a built-in, the canonical name otherwise. */
    default String qualifiedName() {
        return switch (this) {
            case Builtin builtin -> builtin.type().aidlName();
            case Declared declared -> declared.symbol().canonicalName();
        };
    }
}
