package org.binder4j.bench.jmh;

import static org.binder4j.protocol.LittleEndian.INT;
import static org.binder4j.protocol.LittleEndian.LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.binder4j.driver.BinderDriver;
import org.binder4j.driver.BinderProc;
import org.binder4j.driver.BinderThread;
import org.binder4j.protocol.Commands;
import org.binder4j.protocol.Errno;
import org.binder4j.protocol.Returns;
import org.binder4j.protocol.TransactionDataDescriptor;
import org.binder4j.protocol.WriteRead;

/**
 * A thread of a process on a bare {@link BinderDriver}, stepped by hand: queues BC_ commands, then one
 * non-blocking write-read sends them and scans what it read. Payloads are empty parcels of a given size
 * at the start of the send buffer. Allocates nothing per exchange.
 */
final class RawThread {
    private static final long BUFFER_BYTES = 4096;
    /** Copied over a command's payload to clear it without slicing (a slice would allocate). */
    private static final MemorySegment ZEROS = Arena.global().allocate(TransactionDataDescriptor.SIZE_BYTES + 8, 8);

    private final BinderDriver driver;
    private final BinderThread thread;
    private final MemorySegment writeBuffer;
    private final MemorySegment readBuffer;
    private final WriteRead bwr = new WriteRead();
    private long writeSize;

    RawThread(BinderDriver driver, BinderProc proc, int tid, Arena arena) {
        this.driver = driver;
        this.thread = driver.attachThread(proc, tid, arena.allocate(BUFFER_BYTES, 8));
        this.writeBuffer = arena.allocate(BUFFER_BYTES, 8);
        this.readBuffer = arena.allocate(BUFFER_BYTES, 8);
        bwr.nonBlocking = true;
    }

    RawThread enterLooper() {
        command(Commands.BC_ENTER_LOOPER);
        return this;
    }

    /** A BC_TRANSACTION or BC_REPLY to {@code handle} of {@code dataBytes} bytes, no objects. */
    RawThread transaction(int command, int handle, long dataBytes) {
        long tr = command(command);
        writeBuffer.set(INT, tr + TransactionDataDescriptor.TARGET_OFFSET, handle);
        writeBuffer.set(INT, tr + TransactionDataDescriptor.CODE_OFFSET, 1);
        writeBuffer.set(LONG, tr + TransactionDataDescriptor.DATA_SIZE_OFFSET, dataBytes);
        writeBuffer.set(LONG, tr + TransactionDataDescriptor.DATA_BUFFER_OFFSET, 0);
        writeBuffer.set(LONG, tr + TransactionDataDescriptor.DATA_OFFSETS_OFFSET, (dataBytes + 7) & -8L);
        return this;
    }

    RawThread freeBuffer(long dataOffset) {
        writeBuffer.set(LONG, command(Commands.BC_FREE_BUFFER), dataOffset);
        return this;
    }

    /**
     * Sends the queued commands and reads without blocking.
     *
     * @return the receive-area offset of the BR_TRANSACTION or BR_REPLY read, or -1 if none
     * @throws IllegalStateException for a failed write-read or a failed transaction
     */
    long exchange() {
        bwr.write(writeBuffer, writeSize).read(readBuffer, BUFFER_BYTES);
        int status = driver.writeRead(thread, bwr);
        writeSize = 0;
        if (status != 0 && status != -Errno.EAGAIN) {
            throw new IllegalStateException("write-read failed: " + Errno.name(status));
        }
        long found = -1;
        long position = 0;
        while (position < bwr.readConsumed) {
            int ret = readBuffer.get(INT, position);
            if (ret == Returns.BR_TRANSACTION || ret == Returns.BR_REPLY) {
                found = readBuffer.get(LONG, position + 4 + TransactionDataDescriptor.DATA_BUFFER_OFFSET);
            } else if (ret == Returns.BR_FAILED_REPLY || ret == Returns.BR_DEAD_REPLY) {
                throw new IllegalStateException("the transaction failed: " + Returns.name(ret));
            }
            position += 4 + Returns.payloadSizeBytes(ret);
        }
        return found;
    }

    /** Appends a command word with a zeroed payload; returns where the payload goes. */
    private long command(int command) {
        writeBuffer.set(INT, writeSize, command);
        long payload = writeSize + 4;
        writeSize = payload + Commands.payloadSizeBytes(command);
        MemorySegment.copy(ZEROS, 0, writeBuffer, payload, writeSize - payload);
        return payload;
    }
}
