package org.binder4j.it;

import static org.binder4j.protocol.LittleEndian.INT;
import static org.binder4j.protocol.LittleEndian.LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.binder4j.protocol.DriverThread;
import org.binder4j.protocol.Returns;
import org.binder4j.protocol.TransactionDataDescriptor;
import org.binder4j.protocol.WriteRead;

/**
 * One binder thread driven by hand, as binderDriverInterfaceTest drives the device: the test queues BC
 * commands word by word, exchanges them with the driver and reads the BR returns back.
 */
final class RawThread implements AutoCloseable {
    private static final int BUFFER_BYTES = 4096;

    private final DriverThread thread;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment write = arena.allocate(BUFFER_BYTES, 8);
    private final MemorySegment read = arena.allocate(BUFFER_BYTES, 8);
    private final WriteRead bwr = new WriteRead();
    private long writeSize;
    private final List<Integer> returns = new ArrayList<>();
    /** Where each return's payload starts in {@link #read}. */
    private final List<Long> payloads = new ArrayList<>();

    RawThread(DriverThread thread) {
        this.thread = thread;
    }

    /** Queues a command without payload. */
    RawThread command(int command) {
        write.set(INT, writeSize, command);
        writeSize += 4;
        return this;
    }

    /** Queues a command with a u32 payload (a handle). */
    RawThread command(int command, int argument) {
        command(command);
        write.set(INT, writeSize, argument);
        writeSize += 4;
        return this;
    }

    /** Queues a command with a u64 payload (a buffer or a cookie). */
    RawThread command(int command, long argument) {
        command(command);
        write.set(LONG, writeSize, argument);
        writeSize += 8;
        return this;
    }

    /** Queues a death-notification command: a packed {u32 handle; u64 cookie}. */
    RawThread death(int command, int handle, long cookie) {
        command(command, handle);
        write.set(LONG, writeSize, cookie);
        writeSize += 8;
        return this;
    }

    /**
     * Queues BC_TRANSACTION or BC_REPLY carrying {@code data} with objects at {@code objectOffsets}: the
     * data goes at the start of the send buffer, the offsets table after it.
     */
    RawThread transaction(int command, int handle, int code, int flags, byte[] data, long... objectOffsets) {
        long offsetsAt = (data.length + 7) & ~7L;
        MemorySegment send = thread.sendBuffer(offsetsAt + 8L * objectOffsets.length);
        MemorySegment.copy(MemorySegment.ofArray(data), 0, send, 0, data.length);
        for (int i = 0; i < objectOffsets.length; i++) {
            send.set(LONG, offsetsAt + 8L * i, objectOffsets[i]);
        }
        command(command);
        long tr = writeSize;
        write.asSlice(tr, TransactionDataDescriptor.SIZE_BYTES).fill((byte) 0);
        write.set(INT, tr + TransactionDataDescriptor.TARGET_OFFSET, handle);
        write.set(INT, tr + TransactionDataDescriptor.CODE_OFFSET, code);
        write.set(INT, tr + TransactionDataDescriptor.FLAGS_OFFSET, flags);
        write.set(LONG, tr + TransactionDataDescriptor.DATA_SIZE_OFFSET, data.length);
        write.set(LONG, tr + TransactionDataDescriptor.OFFSETS_SIZE_OFFSET, 8L * objectOffsets.length);
        write.set(LONG, tr + TransactionDataDescriptor.DATA_BUFFER_OFFSET, 0);
        write.set(LONG, tr + TransactionDataDescriptor.DATA_OFFSETS_OFFSET, offsetsAt);
        writeSize += TransactionDataDescriptor.SIZE_BYTES;
        return this;
    }

    /** Writes the queued commands and waits for something to read. @return the write-read's status */
    int exchange() {
        return exchange(true, false);
    }

    /** Writes the queued commands and reads what is there without waiting. @return the write-read's status */
    int exchangeWithoutWaiting() {
        return exchange(true, true);
    }

    /** Writes the queued commands, reading nothing. @return the write-read's status */
    int writeOnly() {
        return exchange(false, false);
    }

    /**
     * Writes the queued commands and waits for something to read, with {@link WriteRead#readPastCompletion}.
     * @return the write-read's status
     */
    int exchangeReadingPastCompletion() {
        return exchange(true, false, true, false);
    }

    /** Writes the queued commands as a {@link WriteRead#detached} write. @return the write-read's status */
    int writeDetached() {
        return exchange(false, false, false, true);
    }

    private int exchange(boolean doRead, boolean nonBlocking) {
        return exchange(doRead, nonBlocking, false, false);
    }

    private int exchange(boolean doRead, boolean nonBlocking, boolean readPastCompletion, boolean detached) {
        bwr.write(write, writeSize);
        if (doRead) {
            bwr.read(read, BUFFER_BYTES);
        }
        bwr.nonBlocking = nonBlocking;
        bwr.readPastCompletion = readPastCompletion;
        bwr.detached = detached;
        int status = thread.writeRead(bwr);
        writeSize = 0;
        returns.clear();
        payloads.clear();
        for (long position = 0; position < bwr.readConsumed; ) {
            int ret = read.get(INT, position);
            returns.add(ret);
            payloads.add(position + 4);
            position += 4 + Returns.payloadSizeBytes(ret);
        }
        return status;
    }

    /** The returns the last exchange read, in order. */
    List<Integer> returns() {
        return List.copyOf(returns);
    }

    /** The read bytes the last exchange consumed. */
    long readConsumed() {
        return bwr.readConsumed;
    }

    /** The u64 payload of return {@code index} (a cookie). */
    long longPayload(int index) {
        return read.get(LONG, payloads.get(index));
    }

    /** A field of the binder_transaction_data of return {@code index} (a BR_TRANSACTION or BR_REPLY). */
    int transactionInt(int index, int fieldOffset) {
        return read.get(INT, payloads.get(index) + fieldOffset);
    }

    /** A u64 field of the binder_transaction_data of return {@code index}. */
    long transactionLong(int index, int fieldOffset) {
        return read.get(LONG, payloads.get(index) + fieldOffset);
    }

    /** Index of the first return {@code ret} of the last exchange; fails if there is none. */
    int indexOf(int ret) {
        int index = returns.indexOf(ret);
        if (index < 0) {
            throw new AssertionError("no " + Returns.name(ret) + " among " + names());
        }
        return index;
    }

    /** The returns of the last exchange by name, for messages. */
    String names() {
        return returns.stream().map(Returns::name).toList().toString();
    }

    /** The driver's explanation of this thread's last failed transaction, or null. */
    String errorDetail() {
        return thread.takeErrorDetail();
    }

    @Override
    public void close() {
        thread.close();
        arena.close();
    }
}
