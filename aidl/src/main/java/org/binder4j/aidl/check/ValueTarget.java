package org.binder4j.aidl.check;

import java.util.List;
import java.util.Optional;
import org.binder4j.aidl.model.AnnotationParameter;
import org.binder4j.aidl.model.ArrayKind;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.source.SourceLocation;

/**
 * The type a constant expression initialises, as value conversion sees it.
 *
 * @param builtin the built-in type named, if any
 * @param declared the declaration named, if any
 * @param baseName the AIDL name of the built-in or the canonical name of the declaration
 * @param dimensions the sizes of a fixed-size array, outermost first
 * @param location where the type is written
 */
record ValueTarget(Optional<BuiltinType> builtin, Optional<DeclSymbol> declared, String baseName, boolean generic,
        ArrayKind arrayKind, List<Integer> dimensions, SourceLocation location) {
    ValueTarget {
        dimensions = List.copyOf(dimensions);
    }

    static ValueTarget of(BuiltinType type, SourceLocation location) {
        return new ValueTarget(Optional.of(type), Optional.empty(), type.aidlName(), false, ArrayKind.NONE, List.of(),
                location);
    }

    /** The type an annotation parameter of {@code type} takes. */
    static ValueTarget of(AnnotationParameter.Type type, SourceLocation location) {
        return switch (type) {
            case BOOLEAN -> of(BuiltinType.BOOLEAN, location);
            case INT -> of(BuiltinType.INT, location);
            case LONG -> of(BuiltinType.LONG, location);
            case STRING -> of(BuiltinType.STRING, location);
            case STRING_ARRAY -> new ValueTarget(Optional.of(BuiltinType.STRING), Optional.empty(), "String", false,
                    ArrayKind.DYNAMIC, List.of(), location);
        };
    }

    boolean isArray() {
        return arrayKind != ArrayKind.NONE;
    }

    /** The enum this names, if it names one (array or not). */
    Optional<DeclSymbol> enumType() {
        return declared.filter(d -> d.kind() == DeclarationKind.ENUM);
    }

    /** The type of one element: one dimension less. */
    ValueTarget element() {
        if (dimensions.size() > 1) {
            return new ValueTarget(builtin, declared, baseName, generic, arrayKind,
                    dimensions.subList(1, dimensions.size()), location);
        }
        return new ValueTarget(builtin, declared, baseName, generic, ArrayKind.NONE, List.of(), location);
    }

    /** AOSP's signature of the type: {@code int}, {@code String[]}, {@code p.E[2][3]}. */
    String signature() {
        StringBuilder text = new StringBuilder(baseName);
        switch (arrayKind) {
            case DYNAMIC -> text.append("[]");
            case FIXED -> dimensions.forEach(d -> text.append('[').append(d).append(']'));
            case NONE -> {}
        }
        return text.toString();
    }
}
