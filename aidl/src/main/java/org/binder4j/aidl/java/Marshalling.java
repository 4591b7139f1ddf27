package org.binder4j.aidl.java;

import static org.binder4j.aidl.java.RuntimeNames.PARCEL_FILE_DESCRIPTOR;
import static org.binder4j.aidl.java.RuntimeNames.TEXT_UTILS;

import org.binder4j.aidl.model.ArrayKind;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.model.DeclaredType;
import org.binder4j.aidl.model.TypeRef;

/**
 * The Parcel calls for each AIDL type (aidl.md §2), as Java source: writing a value, creating a fresh one, reading
 * back into the caller's object, and what a stub allocates for a pure {@code out} argument. Untyped {@code List} and
 * {@code Map} read with the class loader in the variable {@link #CLASS_LOADER}, which the caller declares when
 * {@link #needsClassLoader} says so.
 */
final class Marshalling {
    /** The local variable holding the class loader untyped collections are read with. */
    static final String CLASS_LOADER = "_aidl_cl";
    /** Its declaration. */
    static final String CLASS_LOADER_DECLARATION =
            "java.lang.ClassLoader " + CLASS_LOADER + " = this.getClass().getClassLoader();";

    private Marshalling() {}

    /** The statement writing {@code value} of {@code type} into {@code parcel} with {@code flags}. */
    static String write(TypeRef type, String parcel, String value, String flags) {
        return write(type, parcel, value, flags, 0);
    }

    /** The expression reading a fresh value of {@code type} from {@code parcel}. */
    static String create(TypeRef type, String parcel) {
        return create(type, parcel, 0);
    }

    /**
     * The statement reading a value of {@code type} from {@code parcel} into the existing {@code value}: arrays,
     * lists and maps are filled, parcelables read themselves; a ParcelFileDescriptor is reassigned.
     */
    static String readInto(TypeRef type, String parcel, String value) {
        String call = readIntoCall(type, parcel, value);
        return call.startsWith("if ") ? call : call + ";";
    }

    /** Whether reading {@code type} needs {@link #CLASS_LOADER}: it is or holds an untyped List or Map. */
    static boolean needsClassLoader(TypeRef type) {
        if (isBuiltin(type, BuiltinType.LIST) || isBuiltin(type, BuiltinType.MAP)) {
            return !type.isGeneric() || type.typeArguments().stream().anyMatch(Marshalling::needsClassLoader);
        }
        return false;
    }

    /**
     * Whether reading {@code type} converts a raw value to a parameterized one: a generic parcelable's creator makes
     * raw instances ({@code Box} for {@code Box<String>}), so the reading method suppresses the unchecked warning.
     */
    static boolean readsUnchecked(TypeRef type) {
        boolean genericParcelable = type.declared().map(d -> d.kind().isParcelable()).orElse(false) && type.isGeneric();
        return genericParcelable || type.typeArguments().stream().anyMatch(Marshalling::readsUnchecked);
    }

    /** Whether a value of {@code type} may carry file descriptors, so that it counts in describeContents(). */
    static boolean mayHoldDescriptors(TypeRef type) {
        if (type.isArray()) {
            return mayHoldDescriptors(type.elementType());
        }
        if (type.declared().isPresent()) {
            return type.declared().get().kind().isParcelable();
        }
        return switch (type.builtin().orElseThrow()) {
            case FILE_DESCRIPTOR, PARCEL_FILE_DESCRIPTOR, PARCELABLE_HOLDER -> true;
            case LIST, MAP ->
                    !type.isGeneric() || type.typeArguments().stream().anyMatch(Marshalling::mayHoldDescriptors);
            default -> false;
        };
    }

    private static String write(TypeRef type, String parcel, String value, String flags, int depth) {
        return writeExpression(type, parcel, value, flags, depth) + ";";
    }

    private static String writeExpression(TypeRef type, String parcel, String value, String flags, int depth) {
        if (isBuiltin(type, BuiltinType.CHAR_SEQUENCE)) {
            return TEXT_UTILS + ".writeTypedToParcel(" + value + ", " + parcel + ", " + flags + ")";
        }
        return parcel + "." + writeCall(type, value, flags, depth);
    }

    private static String writeCall(TypeRef type, String value, String flags, int depth) {
        if (type.arrayKind() == ArrayKind.FIXED) {
            return "writeFixedArray(" + value + ", " + flags + ", " + JavaTypes.sizes(type) + ")";
        }
        if (type.isArray()) {
            TypeRef element = type.elementType();
            String primitive = JavaTypes.primitive(element);
            if (!primitive.isEmpty()) {
                return "write" + capitalized(primitive) + "Array(" + value + ")";
            }
            return switch (kind(element)) {
                case STRING -> "writeStringArray(" + value + ")";
                case IBINDER -> "writeBinderArray(" + value + ")";
                case FILE_DESCRIPTOR -> "writeRawFileDescriptorArray(" + value + ")";
                case INTERFACE -> "writeInterfaceArray(" + value + ")";
                case PARCELABLE -> "writeTypedArray(" + value + ", " + flags + ")";
                default -> throw unsupported(type);
            };
        }
        String primitive = JavaTypes.primitive(type);
        if (!primitive.isEmpty()) {
            return "write" + capitalized(primitive) + "(" + value + ")";
        }
        return switch (kind(type)) {
            case STRING -> "writeString(" + value + ")";
            case IBINDER -> "writeStrongBinder(" + value + ")";
            case FILE_DESCRIPTOR -> "writeRawFileDescriptor(" + value + ")";
            case INTERFACE -> "writeStrongInterface(" + value + ")";
            case PARCELABLE -> "writeTypedObject(" + value + ", " + flags + ")";
            case LIST -> writeListCall(type, value, flags);
            case MAP -> writeMapCall(type, value, flags, depth);
            case CHAR_SEQUENCE -> throw unsupported(type);
        };
    }

    private static String writeListCall(TypeRef type, String value, String flags) {
        if (!type.isGeneric()) {
            return "writeList(" + value + ")";
        }
        return switch (kind(type.typeArguments().getFirst())) {
            case STRING -> "writeStringList(" + value + ")";
            case IBINDER -> "writeBinderList(" + value + ")";
            case INTERFACE -> "writeInterfaceList(" + value + ")";
            case PARCELABLE -> "writeTypedList(" + value + ", " + flags + ")";
            default -> throw unsupported(type);
        };
    }

    private static String writeMapCall(TypeRef type, String value, String flags, int depth) {
        if (!type.isGeneric()) {
            return "writeMap(" + value + ")";
        }
        int inner = depth + 1;
        String parcel = "_aidl_p" + inner;
        String entry = "_aidl_v" + inner;
        String entryFlags = "_aidl_f" + inner;
        return "writeTypedMap(" + value + ", " + flags + ", (" + parcel + ", " + entry + ", " + entryFlags + ") -> "
                + writeExpression(type.typeArguments().get(1), parcel, entry, entryFlags, inner) + ")";
    }

    private static String create(TypeRef type, String parcel, int depth) {
        if (type.arrayKind() == ArrayKind.FIXED) {
            return parcel + ".createFixedArray(" + JavaTypes.erasure(type) + ".class" + elementReader(type)
                    + ", " + JavaTypes.sizes(type) + ")";
        }
        if (type.isArray()) {
            TypeRef element = type.elementType();
            String primitive = JavaTypes.primitive(element);
            if (!primitive.isEmpty()) {
                return parcel + ".create" + capitalized(primitive) + "Array()";
            }
            return parcel + switch (kind(element)) {
                case STRING -> ".createStringArray()";
                case IBINDER -> ".createBinderArray()";
                case FILE_DESCRIPTOR -> ".createRawFileDescriptorArray()";
                case INTERFACE -> ".createInterfaceArray(" + JavaTypes.erasure(type) + "::new, "
                        + asInterface(element) + ")";
                case PARCELABLE -> ".createTypedArray(" + creator(element) + ")";
                default -> throw unsupported(type);
            };
        }
        String primitive = JavaTypes.primitive(type);
        if (!primitive.isEmpty()) {
            return parcel + ".read" + capitalized(primitive) + "()";
        }
        return switch (kind(type)) {
            case STRING -> parcel + ".readString()";
            case CHAR_SEQUENCE -> parcel + ".readTypedObject(" + TEXT_UTILS + ".CHAR_SEQUENCE_CREATOR)";
            case IBINDER -> parcel + ".readStrongBinder()";
            case FILE_DESCRIPTOR -> parcel + ".readRawFileDescriptor()";
            case INTERFACE -> JavaTypes.erasure(type) + ".Stub.asInterface(" + parcel + ".readStrongBinder())";
            case PARCELABLE -> parcel + ".readTypedObject(" + creator(type) + ")";
            case LIST -> parcel + createList(type);
            case MAP -> parcel + createMap(type, depth);
        };
    }

    private static String createList(TypeRef type) {
        if (!type.isGeneric()) {
            return ".readArrayList(" + CLASS_LOADER + ")";
        }
        TypeRef element = type.typeArguments().getFirst();
        return switch (kind(element)) {
            case STRING -> ".createStringArrayList()";
            case IBINDER -> ".createBinderArrayList()";
            case INTERFACE -> ".createInterfaceArrayList(" + asInterface(element) + ")";
            case PARCELABLE -> ".createTypedArrayList(" + creator(element) + ")";
            default -> throw unsupported(type);
        };
    }

    private static String createMap(TypeRef type, int depth) {
        if (!type.isGeneric()) {
            return ".readHashMap(" + CLASS_LOADER + ")";
        }
        return ".createTypedHashMap(" + valueReader(type, depth) + ")";
    }

    private static String valueReader(TypeRef map, int depth) {
        String parcel = "_aidl_p" + (depth + 1);
        return parcel + " -> " + create(map.typeArguments().get(1), parcel, depth + 1);
    }

    private static String readIntoCall(TypeRef type, String parcel, String value) {
        if (type.arrayKind() == ArrayKind.FIXED) {
            return parcel + ".readFixedArray(" + value + elementReader(type) + ")";
        }
        if (type.isArray()) {
            TypeRef element = type.elementType();
            String primitive = JavaTypes.primitive(element);
            if (!primitive.isEmpty()) {
                return parcel + ".read" + capitalized(primitive) + "Array(" + value + ")";
            }
            return parcel + switch (kind(element)) {
                case STRING -> ".readStringArray(" + value + ")";
                case IBINDER -> ".readBinderArray(" + value + ")";
                case FILE_DESCRIPTOR -> ".readRawFileDescriptorArray(" + value + ")";
                case INTERFACE -> ".readInterfaceArray(" + value + ", " + asInterface(element) + ")";
                case PARCELABLE -> ".readTypedArray(" + value + ", " + creator(element) + ")";
                default -> throw unsupported(type);
            };
        }
        if (isBuiltin(type, BuiltinType.PARCEL_FILE_DESCRIPTOR)) {
            return "if (" + parcel + ".readInt() != 0) { " + value + " = " + PARCEL_FILE_DESCRIPTOR
                    + ".CREATOR.createFromParcel(" + parcel + "); }";
        }
        return switch (kind(type)) {
            case PARCELABLE -> "if (" + parcel + ".readInt() != 0) { " + value + ".readFromParcel(" + parcel + "); }";
            case LIST -> parcel + readIntoList(type, value);
            case MAP -> parcel + (type.isGeneric() ? ".readTypedMap(" + value + ", " + valueReader(type, 0) + ")"
                    : ".readMap(" + value + ", " + CLASS_LOADER + ")");
            default -> throw new IllegalStateException(type + " cannot be read into an existing value");
        };
    }

    private static String readIntoList(TypeRef type, String value) {
        if (!type.isGeneric()) {
            return ".readList(" + value + ", " + CLASS_LOADER + ")";
        }
        TypeRef element = type.typeArguments().getFirst();
        return switch (kind(element)) {
            case STRING -> ".readStringList(" + value + ")";
            case IBINDER -> ".readBinderList(" + value + ")";
            case INTERFACE -> ".readInterfaceList(" + value + ", " + asInterface(element) + ")";
            case PARCELABLE -> ".readTypedList(" + value + ", " + creator(element) + ")";
            default -> throw unsupported(type);
        };
    }

    /** The creator or asInterface argument of the fixed-array calls, with its leading comma; "" for plain elements. */
    private static String elementReader(TypeRef fixedArray) {
        TypeRef element = fixedArray;
        while (element.isArray()) {
            element = element.elementType();
        }
        if (!JavaTypes.primitive(element).isEmpty()) {
            return "";
        }
        return switch (kind(element)) {
            case INTERFACE -> ", " + asInterface(element);
            case PARCELABLE -> ", " + creator(element);
            default -> "";
        };
    }

    /**
     * What a stub declares for a pure {@code out} argument {@code name}: a fresh value the implementation fills. A
     * dynamic array is allocated with the length the proxy sent (null for -1).
     */
    static String[] outArgument(TypeRef type, String name, String parcel) {
        String declaration = JavaTypes.of(type) + " " + name + " = ";
        return switch (type.arrayKind()) {
            case DYNAMIC -> new String[] {
                "int " + name + "_length = " + parcel + ".readOutArrayLength();",
                declaration + name + "_length < 0 ? null : new " + JavaTypes.erasure(type.elementType()) + "["
                        + name + "_length];"};
            case FIXED -> new String[] {declaration + JavaTypes.newFixedArray(type) + ";"};
            case NONE -> new String[] {declaration + switch (kind(type)) {
                case PARCELABLE -> "new " + JavaTypes.erasure(type) + (type.isGeneric() ? "<>()" : "()");
                case LIST -> "new java.util.ArrayList<>()";
                case MAP -> "new java.util.HashMap<>()";
                default -> throw new IllegalStateException(type + " cannot be an out argument");
            } + ";"};
        };
    }

    /** The statement a proxy writes for a pure {@code out} argument: a dynamic array's length, nothing otherwise. */
    static String outArgumentLength(TypeRef type, String parcel, String value) {
        return type.arrayKind() != ArrayKind.DYNAMIC ? null
                : parcel + ".writeInt(" + value + " == null ? -1 : " + value + ".length);";
    }

    /** What the parcel calls distinguish. */
    private enum Kind { STRING, CHAR_SEQUENCE, IBINDER, FILE_DESCRIPTOR, INTERFACE, PARCELABLE, LIST, MAP }

    private static Kind kind(TypeRef type) {
        if (type.declared().isPresent()) {
            DeclaredType declared = type.declared().get();
            return declared.kind() == DeclarationKind.INTERFACE ? Kind.INTERFACE : Kind.PARCELABLE;
        }
        return switch (type.builtin().orElseThrow()) {
            case STRING -> Kind.STRING;
            case CHAR_SEQUENCE -> Kind.CHAR_SEQUENCE;
            case IBINDER -> Kind.IBINDER;
            case FILE_DESCRIPTOR -> Kind.FILE_DESCRIPTOR;
            case PARCEL_FILE_DESCRIPTOR, PARCELABLE_HOLDER -> Kind.PARCELABLE;
            case LIST -> Kind.LIST;
            case MAP -> Kind.MAP;
            default -> throw unsupported(type);
        };
    }

    private static String creator(TypeRef type) {
        return JavaTypes.erasure(type) + ".CREATOR";
    }

    private static String asInterface(TypeRef type) {
        return JavaTypes.erasure(type) + ".Stub::asInterface";
    }

    private static boolean isBuiltin(TypeRef type, BuiltinType builtin) {
        return !type.isArray() && type.name() == builtin;
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static IllegalStateException unsupported(TypeRef type) {
        return new IllegalStateException("no parcel form for " + type + " (the front end should have refused it)");
    }
}
