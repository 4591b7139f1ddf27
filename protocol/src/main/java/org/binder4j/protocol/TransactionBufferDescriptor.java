package org.binder4j.protocol;

/**
 * Layout of one transaction buffer inside a process's receive area, as the driver allocates it.
 *
 * <pre>
 *   buffer start (8-aligned)          = BR_TRANSACTION data.buffer
 *   +--------------------------------+
 *   | data: data_size bytes          |
 *   | zero padding to 8              |
 *   +--------------------------------+ = data.offsets = start + align8(data_size)
 *   | offsets: offsets_size bytes,   |
 *   | one u64 per object             |
 *   +--------------------------------+ start + align8(data_size) + offsets_size
 * </pre>
 *
 * <p>An empty transaction still takes {@link #MIN_SIZE_BYTES} so that every buffer has a distinct
 * start. The receiver only reads the buffer; it gives it back with BC_FREE_BUFFER(start).
 */
public final class TransactionBufferDescriptor {
    public static final int ALIGNMENT_BYTES = 8;
    public static final int MIN_SIZE_BYTES = 8;

    private TransactionBufferDescriptor() {}

    public static long align(long sizeBytes) {
        return (sizeBytes + ALIGNMENT_BYTES - 1) & -ALIGNMENT_BYTES;
    }

    /** Bytes a buffer with this data and offsets size takes in the receive area. */
    public static long bufferSizeBytes(long dataSizeBytes, long offsetsSizeBytes) {
        return Math.max(MIN_SIZE_BYTES, align(dataSizeBytes) + align(offsetsSizeBytes));
    }
}
