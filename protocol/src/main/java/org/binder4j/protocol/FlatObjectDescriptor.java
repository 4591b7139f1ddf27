package org.binder4j.protocol;

/**
 * Layout of {@code flat_binder_object}, the 24-byte record a binder object occupies inside a parcel; its
 * offset in the data is listed in the transaction's offsets table.
 *
 * <pre>
 *   0                   4                   8
 *   +-------------------+-------------------+
 *   | type: u32         | flags: u32        |  0
 *   +-------------------+-------------------+
 *   | binder: u64 (BINDER) or handle: u32    |  8
 *   +---------------------------------------+
 *   | cookie: u64                            | 16
 *   +---------------------------------------+ 24
 * </pre>
 *
 * <p>{@code type} is {@code B_PACK_CHARS(c1, c2, c3, 0x85)}. A local object travels as BINDER with the
 * owner's (ptr, cookie); the driver rewrites it to HANDLE with the receiver's handle number and cookie 0,
 * or back to BINDER when it reaches its owner.
 */
public final class FlatObjectDescriptor {
    public static final int TYPE_OFFSET = 0;
    public static final int FLAGS_OFFSET = 4;
    public static final int BINDER_OFFSET = 8;
    public static final int HANDLE_OFFSET = 8;
    public static final int COOKIE_OFFSET = 16;
    public static final int SIZE_BYTES = 24;

    public static final int BINDER_TYPE_BINDER = 0x73622a85;
    public static final int BINDER_TYPE_WEAK_BINDER = 0x77622a85;
    public static final int BINDER_TYPE_HANDLE = 0x73682a85;
    public static final int BINDER_TYPE_WEAK_HANDLE = 0x77682a85;
    public static final int BINDER_TYPE_FD = 0x66642a85;
    public static final int BINDER_TYPE_FDA = 0x66646185;
    public static final int BINDER_TYPE_PTR = 0x70742a85;

    /** Minimum scheduling priority, bits 0..7 (latched when the node is created). */
    public static final int FLAT_BINDER_FLAG_PRIORITY_MASK = 0xff;
    /** The object accepts file descriptors in transactions addressed to it. */
    public static final int FLAT_BINDER_FLAG_ACCEPTS_FDS = 0x100;
    /** The object wants the caller's security context. */
    public static final int FLAT_BINDER_FLAG_TXN_SECURITY_CTX = 0x1000;

    private FlatObjectDescriptor() {}

    /** Name of an object type, e.g. "BINDER", or its hex value if unknown. */
    public static String typeName(int type) {
        return switch (type) {
            case BINDER_TYPE_BINDER -> "BINDER";
            case BINDER_TYPE_WEAK_BINDER -> "WEAK_BINDER";
            case BINDER_TYPE_HANDLE -> "HANDLE";
            case BINDER_TYPE_WEAK_HANDLE -> "WEAK_HANDLE";
            case BINDER_TYPE_FD -> "FD";
            case BINDER_TYPE_FDA -> "FDA";
            case BINDER_TYPE_PTR -> "PTR";
            default -> String.format("0x%08x", type);
        };
    }
}
