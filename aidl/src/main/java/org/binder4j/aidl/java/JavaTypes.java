package org.binder4j.aidl.java;

import java.util.List;
import java.util.stream.Collectors;
import org.binder4j.aidl.model.ArrayKind;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.model.DeclaredType;
import org.binder4j.aidl.model.TypeName;
import org.binder4j.aidl.model.TypeRef;

/**
 * How AIDL types are spelled in Java (aidl.md §2): enums as their backing primitive, built-ins as the runtime's or
 * the JDK's classes, declared types by canonical name, fully qualified.
 */
final class JavaTypes {
    private JavaTypes() {}

    /** The Java type of {@code type}, with type arguments and array dimensions. */
    static String of(TypeRef type) {
        return element(type) + dimensions(type);
    }

    /** The Java type without type arguments: what array creation and class literals take. */
    static String erasure(TypeRef type) {
        return base(type.name()) + dimensions(type);
    }

    /** The element type (no dimensions) with its type arguments. */
    static String element(TypeRef type) {
        String base = base(type.name());
        if (!type.isGeneric()) {
            return base;
        }
        return base + type.typeArguments().stream().map(JavaTypes::boxed).collect(Collectors.joining(", ", "<", ">"));
    }

    /** The type as a type argument: primitives boxed. */
    static String boxed(TypeRef type) {
        if (type.isArray()) {
            return of(type);
        }
        return switch (primitive(type)) {
            case "boolean" -> "java.lang.Boolean";
            case "byte" -> "java.lang.Byte";
            case "char" -> "java.lang.Character";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "float" -> "java.lang.Float";
            case "double" -> "java.lang.Double";
            default -> of(type);
        };
    }

    /**
     * The Java primitive {@code type} is (an enum's backing type for an enum), or "" for a reference type. Arrays are
     * reference types.
     */
    static String primitive(TypeRef type) {
        if (type.isArray()) {
            return "";
        }
        return switch (type.name()) {
            case BuiltinType builtin when builtin.isPrimitive() && builtin != BuiltinType.VOID -> builtin.aidlName();
            case DeclaredType declared when declared.kind() == DeclarationKind.ENUM ->
                    declared.enumBacking().orElseThrow().aidlName();
            default -> "";
        };
    }

    /** The value a variable of {@code type} holds before it is set: Java's zero for primitives, null otherwise. */
    static String zero(TypeRef type) {
        return switch (primitive(type)) {
            case "boolean" -> "false";
            case "char" -> "'\\u0000'";
            case "long" -> "0L";
            case "float" -> "0.0f";
            case "double" -> "0.0d";
            case "byte", "int" -> "0";
            default -> "null";
        };
    }

    /** {@code [N][M]} spelled as Java dimensions: one {@code []} per dimension. */
    static String dimensions(TypeRef type) {
        return switch (type.arrayKind()) {
            case NONE -> "";
            case DYNAMIC -> "[]";
            case FIXED -> "[]".repeat(type.dimensions().size());
        };
    }

    /** An array creation of {@code type}'s declared sizes: {@code new int[2][3]}. */
    static String newFixedArray(TypeRef type) {
        if (type.arrayKind() != ArrayKind.FIXED) {
            throw new IllegalArgumentException(type + " is not a fixed-size array");
        }
        return "new " + base(type.name()) + type.dimensions().stream().map(d -> "[" + d + "]")
                .collect(Collectors.joining());
    }

    /** The sizes of a fixed-size array as a Java argument list: {@code 2, 3}. */
    static String sizes(TypeRef type) {
        return type.dimensions().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String base(TypeName name) {
        return switch (name) {
            case BuiltinType builtin -> switch (builtin) {
                case VOID, BOOLEAN, BYTE, CHAR, INT, LONG, FLOAT, DOUBLE -> builtin.aidlName();
                case STRING -> RuntimeNames.STRING;
                case CHAR_SEQUENCE -> "java.lang.CharSequence";
                case IBINDER -> RuntimeNames.IBINDER;
                case FILE_DESCRIPTOR -> "java.io.FileDescriptor";
                case PARCEL_FILE_DESCRIPTOR -> RuntimeNames.PARCEL_FILE_DESCRIPTOR;
                case PARCELABLE_HOLDER -> RuntimeNames.PARCELABLE_HOLDER;
                case LIST -> "java.util.List";
                case MAP -> "java.util.Map";
            };
            case DeclaredType declared when declared.kind() == DeclarationKind.ENUM ->
                    declared.enumBacking().orElseThrow().aidlName();
            case DeclaredType declared -> declared.canonicalName();
        };
    }

    /** {@code <K, V>} for a generic declaration's type parameters, "" for none. */
    static String typeParameters(List<String> parameters) {
        return parameters.isEmpty() ? "" : parameters.stream().collect(Collectors.joining(", ", "<", ">"));
    }

    /** {@code <?, ?>} for a generic declaration's type parameters, "" for none: for instanceof. */
    static String wildcards(List<String> parameters) {
        return parameters.isEmpty() ? ""
                : parameters.stream().map(p -> "?").collect(Collectors.joining(", ", "<", ">"));
    }
}
