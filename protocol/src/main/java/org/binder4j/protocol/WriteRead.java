package org.binder4j.protocol;

import java.lang.foreign.MemorySegment;

/**
 * The argument of one write-read exchange with the driver, binder's {@code struct binder_write_read}.
 * The driver consumes commands from {@code writeBuffer[writeConsumed, writeSize)} first, then fills
 * {@code readBuffer[readConsumed, readSize)} with returns. One instance is reused per thread, so the
 * hot path allocates nothing.
 *
 * <p>File descriptors travel next to the commands and returns, as {@link FlatObjectDescriptor} describes:
 * {@link #writeFds} with the write, {@link #readFds} with the read.
 */
public final class WriteRead {
    private static final int[] NO_FDS = {};

    public MemorySegment writeBuffer = MemorySegment.NULL;
    public long writeSize;
    public long writeConsumed;
    public MemorySegment readBuffer = MemorySegment.NULL;
    public long readSize;
    public long readConsumed;
    /** Return -EAGAIN instead of waiting when there is nothing to read (binder's O_NONBLOCK). */
    public boolean nonBlocking;
    /**
     * Transport hint: when the read would return nothing but BR_TRANSACTION_COMPLETE (after its BR_NOOP),
     * keep waiting and return it together with what comes next, exactly as if the caller had read again
     * at once. A transport may ignore it: the caller must accept either outcome. Worth it where every
     * write-read costs a round trip to another process, as it does with the daemon.
     */
    public boolean readPastCompletion;
    /**
     * Transport hint for a write without a read and without descriptors, whose status the caller does
     * not need: the transport may return before the driver has taken the commands (it then reports them
     * all consumed and status 0). They are still taken in order with the thread's later write-reads.
     */
    public boolean detached;
    /**
     * The first {@link #writeFdCount} entries are the descriptors of the write's transaction, in the order
     * of its FD objects. The caller keeps them: the transport passes copies on, and sets the count to 0
     * once it has (so a retried write-read does not send them twice).
     */
    public int[] writeFds = NO_FDS;
    public int writeFdCount;
    /**
     * Set by the transport: the first {@link #readFdCount} entries are the descriptors that came with the
     * read, those of the BR_TRANSACTION or BR_REPLY it ends with; that transaction's FD objects hold
     * indexes into them. They belong to the caller once the write-read returns. The transport may replace
     * the array with a larger one.
     */
    public int[] readFds = NO_FDS;
    public int readFdCount;

    /** Prepares a write of {@code sizeBytes} from {@code buffer} and no read, without transport hints. */
    public WriteRead write(MemorySegment buffer, long sizeBytes) {
        readPastCompletion = false;
        detached = false;
        writeBuffer = buffer;
        writeSize = sizeBytes;
        writeConsumed = 0;
        writeFdCount = 0;
        readSize = 0;
        readConsumed = 0;
        readFdCount = 0;
        return this;
    }

    /** Also reads into {@code buffer}, up to {@code capacityBytes}. */
    public WriteRead read(MemorySegment buffer, long capacityBytes) {
        readBuffer = buffer;
        readSize = capacityBytes;
        readConsumed = 0;
        readFdCount = 0;
        return this;
    }

    /** Attaches the first {@code count} descriptors of {@code fds} to the write, which must already be set. */
    public WriteRead attach(int[] fds, int count) {
        writeFds = fds;
        writeFdCount = count;
        return this;
    }
}
