package org.binder4j.protocol;

import java.lang.foreign.MemorySegment;

/**
 * One thread's channel to the driver: the driver's {@code binder_thread}. Used by exactly one Java
 * thread at a time.
 */
public interface DriverThread extends AutoCloseable {

    /** The thread id the driver shows in its debug views. */
    int tid();

    /**
     * The buffer outgoing transaction payloads are placed in: the pointers of a BC_TRANSACTION or
     * BC_REPLY written by this thread are offsets into it. It holds at least {@code minSizeBytes}; a
     * request for more may return a new segment (the previous one is then no longer valid).
     */
    MemorySegment sendBuffer(long minSizeBytes);

    /**
     * binder's BINDER_WRITE_READ. Processes the write part, then, if {@code bwr.readSize > 0}, waits
     * until the driver has something for this thread (unless {@code bwr.nonBlocking}) and fills the read
     * part. Waiting ends early, with -EINTR, when the calling Java thread is interrupted.
     *
     * <p>Descriptors: copies of {@code bwr.writeFds} (at most
     * {@link FlatObjectDescriptor#MAX_FDS_PER_TRANSACTION}) go with the write; a descriptor that is not
     * open makes the transaction's FD objects fail for lack of files. The read sets {@code bwr.readFds}
     * to those of the transaction it delivered, which the caller then owns; a delivery whose descriptors
     * this process could not take is undone and never shows.
     *
     * @return 0, or a negative errno: -EINVAL for an unknown or malformed command, -EBADF for
     *     descriptors attached to a write that holds no transaction, -EAGAIN for a non-blocking read with
     *     nothing to read, -EINTR, -ECONNRESET when the driver is gone
     */
    int writeRead(WriteRead bwr);

    /**
     * binder's BINDER_GET_EXTENDED_ERROR: returns and clears a sentence explaining this thread's last
     * failed transaction with its numbers (e.g. the receive area's occupancy), or null if none.
     */
    String takeErrorDetail();

    /** binder's BINDER_THREAD_EXIT: the driver forgets this thread. */
    @Override
    void close();
}
