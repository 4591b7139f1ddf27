package org.binder4j.protocol;

import java.lang.foreign.MemorySegment;

/**
 * The argument of one write-read exchange with the driver, binder's {@code struct binder_write_read}.
 * The driver consumes commands from {@code writeBuffer[writeConsumed, writeSize)} first, then fills
 * {@code readBuffer[readConsumed, readSize)} with returns. One instance is reused per thread, so the
 * hot path allocates nothing.
 */
public final class WriteRead {
    public MemorySegment writeBuffer = MemorySegment.NULL;
    public long writeSize;
    public long writeConsumed;
    public MemorySegment readBuffer = MemorySegment.NULL;
    public long readSize;
    public long readConsumed;
    /** Return -EAGAIN instead of waiting when there is nothing to read (binder's O_NONBLOCK). */
    public boolean nonBlocking;

    /** Prepares a write of {@code sizeBytes} from {@code buffer} and no read. */
    public WriteRead write(MemorySegment buffer, long sizeBytes) {
        writeBuffer = buffer;
        writeSize = sizeBytes;
        writeConsumed = 0;
        readSize = 0;
        readConsumed = 0;
        return this;
    }

    /** Also reads into {@code buffer}, up to {@code capacityBytes}. */
    public WriteRead read(MemorySegment buffer, long capacityBytes) {
        readBuffer = buffer;
        readSize = capacityBytes;
        readConsumed = 0;
        return this;
    }
}
