package org.binder4j.aidl.model;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * AIDL's built-in types. {@code java.util.List}, {@code java.util.Map} and {@code android.os.ParcelFileDescriptor}
 * are accepted aliases.
 */
public enum BuiltinType implements TypeName {
    VOID("void", true),
    BOOLEAN("boolean", true),
    BYTE("byte", true),
    CHAR("char", true),
    INT("int", true),
    LONG("long", true),
    FLOAT("float", true),
    DOUBLE("double", true),
    STRING("String", false),
    /** Java only. */
    CHAR_SEQUENCE("CharSequence", false),
    IBINDER("IBinder", false),
    /** A raw file descriptor (Java only in practice). */
    FILE_DESCRIPTOR("FileDescriptor", false),
    PARCEL_FILE_DESCRIPTOR("ParcelFileDescriptor", false),
    /** Fields only: an extension slot holding any parcelable. */
    PARCELABLE_HOLDER("ParcelableHolder", false),
    LIST("List", false),
    MAP("Map", false);

    private static final Map<String, BuiltinType> BY_NAME = Stream.concat(
                    Stream.of(values()).map(t -> Map.entry(t.aidlName, t)),
                    Stream.of(Map.entry("java.util.List", LIST), Map.entry("java.util.Map", MAP),
                            Map.entry("android.os.ParcelFileDescriptor", PARCEL_FILE_DESCRIPTOR)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String aidlName;
    private final boolean primitive;

    BuiltinType(String aidlName, boolean primitive) {
        this.aidlName = aidlName;
        this.primitive = primitive;
    }

    /** The built-in type spelled {@code name} (aliases included). */
    public static Optional<BuiltinType> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Whether {@code name} spells a built-in type, aliases included. */
    public static boolean isBuiltinName(String name) {
        return BY_NAME.containsKey(name);
    }

    public String aidlName() {
        return aidlName;
    }

    /** {@code void} and the seven primitive value types. */
    public boolean isPrimitive() {
        return primitive;
    }

    @Override
    public String qualifiedName() {
        return aidlName;
    }
}
