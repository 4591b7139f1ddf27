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
 *
 * <h2>File descriptors</h2>
 * An FD object ({@code binder_fd_object}) has the same 24 bytes: type {@link #BINDER_TYPE_FD}, flags 0
 * (libbinder before Android 13 wrote 0x17f; the driver ignores them), the descriptor as a u32 at
 * {@link #FD_OFFSET} with 4 zero bytes after it, and a cookie that says whether the sending parcel owns
 * the descriptor (1) or borrows it (0), which the driver passes on unchanged. binder4j's processes share
 * no descriptor table with the driver, so descriptors travel next to the transaction, not inside it:
 * <ol>
 *   <li>The sender writes its own descriptor number into the object (for its own bookkeeping) and
 *       attaches the descriptors of a transaction to the write-read that carries it, in the order of the
 *       FD objects in the offsets table ({@link WriteRead#writeFds}; over the daemon they travel as one
 *       SCM_RIGHTS message on the WRITE_READ request). All attached descriptors belong to the first
 *       BC_TRANSACTION or BC_REPLY of the write, whose FD objects take them one each: too few or too many
 *       fails that transaction with BR_FAILED_REPLY (EBADF), and descriptors attached to a write with no
 *       transaction are closed and fail the write-read with -EBADF.</li>
 *   <li>The driver holds each file from then on. A call may carry them only to a node that accepts them
 *       ({@link #FLAT_BINDER_FLAG_ACCEPTS_FDS}, latched when the node was created), a reply only if the
 *       call had {@link TransactionFlags#TF_ACCEPT_FDS}; otherwise BR_FAILED_REPLY (EPERM). Files of a
 *       transaction that fails, is dropped, or whose target dies before reading it are closed.</li>
 *   <li>The receiver gets the files with the read that holds the BR_TRANSACTION or BR_REPLY (over the
 *       daemon, as SCM_RIGHTS on the WRITE_READ response; {@link WriteRead#readFds}). It cannot be told
 *       its own descriptor numbers in advance and maps its receive area read-only, so the driver writes
 *       the <em>index</em> of each file among those that came with the buffer into the object's
 *       {@link #FD_OFFSET} field; the receiver resolves it. The received descriptors are close-on-exec and
 *       share the sender's open file description (offset and status flags such as O_NONBLOCK).</li>
 *   <li>A receiver that cannot take them all (its descriptor table is full, RLIMIT_NOFILE) closes those
 *       it got and says so on its next write-read; the driver then undoes the delivery as binder does
 *       when it cannot install descriptors: a call fails back to its caller with BR_FAILED_REPLY, a reply
 *       reaches the reader as BR_FAILED_REPLY.</li>
 * </ol>
 * A transaction carries at most {@link #MAX_FDS_PER_TRANSACTION} descriptors, the kernel's limit for one
 * SCM_RIGHTS message, so that every receiver can take them in one.
 */
public final class FlatObjectDescriptor {
    public static final int TYPE_OFFSET = 0;
    public static final int FLAGS_OFFSET = 4;
    public static final int BINDER_OFFSET = 8;
    public static final int HANDLE_OFFSET = 8;
    /** An FD object's descriptor (u32; the sender's number, or the receiver's index as described above). */
    public static final int FD_OFFSET = 8;
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
    /** Descriptors one transaction may carry (SCM_MAX_FD). */
    public static final int MAX_FDS_PER_TRANSACTION = 253;
    /** An FD object's cookie when the sending parcel owns the descriptor (libbinder's takeOwnership). */
    public static final long FD_COOKIE_OWNED = 1;

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
