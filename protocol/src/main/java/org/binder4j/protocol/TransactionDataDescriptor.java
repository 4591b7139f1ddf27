package org.binder4j.protocol;

/**
 * Layout of {@code binder_transaction_data}, the 64-byte payload of BC_TRANSACTION, BC_REPLY,
 * BR_TRANSACTION and BR_REPLY (little-endian, as on 64-bit Linux).
 *
 * <pre>
 *   0                   4                   8
 *   +-------------------+-------------------+
 *   | target: u32 handle (BC) or u64 ptr (BR)|  0
 *   +---------------------------------------+
 *   | cookie: u64                            |  8
 *   +-------------------+-------------------+
 *   | code: u32         | flags: u32        | 16
 *   +-------------------+-------------------+
 *   | sender_pid: s32   | sender_euid: u32  | 24
 *   +-------------------+-------------------+
 *   | data_size: u64                         | 32
 *   +---------------------------------------+
 *   | offsets_size: u64                      | 40
 *   +---------------------------------------+
 *   | data.buffer: u64                       | 48
 *   +---------------------------------------+
 *   | data.offsets: u64                      | 56
 *   +---------------------------------------+ 64
 * </pre>
 *
 * <p>binder4j has no shared address space with the driver, so the two pointers are offsets: in a
 * BC_TRANSACTION/BC_REPLY they are byte offsets into the sending thread's send buffer
 * ({@link DriverThread#sendBuffer(long)}); in a BR_TRANSACTION/BR_REPLY they are byte offsets into the
 * receiving process's receive area ({@link DriverSession#receiveArea()}), and BC_FREE_BUFFER names a
 * buffer by that data offset.
 */
public final class TransactionDataDescriptor {
    public static final int TARGET_OFFSET = 0;
    public static final int COOKIE_OFFSET = 8;
    public static final int CODE_OFFSET = 16;
    public static final int FLAGS_OFFSET = 20;
    public static final int SENDER_PID_OFFSET = 24;
    public static final int SENDER_EUID_OFFSET = 28;
    public static final int DATA_SIZE_OFFSET = 32;
    public static final int OFFSETS_SIZE_OFFSET = 40;
    public static final int DATA_BUFFER_OFFSET = 48;
    public static final int DATA_OFFSETS_OFFSET = 56;
    public static final int SIZE_BYTES = 64;

    private TransactionDataDescriptor() {}
}
