package org.binder4j.driver;

import org.binder4j.protocol.LittleEndian;
import static org.binder4j.protocol.LittleEndian.INT;
import static org.binder4j.protocol.LittleEndian.LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;
import org.binder4j.protocol.Commands;
import org.binder4j.protocol.Returns;
import org.binder4j.protocol.TransactionDataDescriptor;
import org.binder4j.protocol.WriteRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A call and its reply, each buffer freed, allocate nothing once the driver runs steadily: transactions,
 * buffers and completions are reused. The interpreter and the first compilers may allocate what the
 * optimising compiler does not, so the test waits (boundedly) for a round of calls without.
 */
class AllocationTest {
    private static final int ROUNDS = 10_000;
    private static final int MAX_WARM_UP_ROUNDS = 50;

    private final Arena arena = Arena.ofConfined();
    private final BinderDriver driver = new BinderDriver(DriverConfig.defaults(), thread -> { });
    private final MemorySegment readBuffer = arena.allocate(256, 8);
    private final MemorySegment writeBuffer = arena.allocate(256, 8);
    private final WriteRead bwr = new WriteRead();

    @AfterEach
    void tearDown() {
        arena.close();
    }

    @Test
    void roundTripAllocatesNothing() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported());
        BinderProc server = driver.openProc(100, 1000, 1000, "server", arena.allocate(1 << 20, 8));
        BinderProc client = driver.openProc(200, 2000, 2000, "client", arena.allocate(1 << 20, 8));
        assertEquals(0, driver.setContextManager(server));
        BinderThread serverThread = driver.attachThread(server, 101, arena.allocate(64 * 1024, 8));
        BinderThread clientThread = driver.attachThread(client, 201, arena.allocate(64 * 1024, 8));
        writeBuffer.set(INT, 0, Commands.BC_ENTER_LOOPER);
        assertEquals(0, driver.writeRead(serverThread, bwr.write(writeBuffer, 4)));

        long allocated = Long.MAX_VALUE;
        for (int round = 0; round < MAX_WARM_UP_ROUNDS && allocated >= ROUNDS; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < ROUNDS; i++) {
                roundTrip(clientThread, serverThread);
            }
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
        }

        assertTrue(allocated < ROUNDS, allocated + " bytes allocated in the last " + ROUNDS + " round trips");
        assertEquals(0, driver.stats().transactions());
        driver.releaseProc(client);
        driver.releaseProc(server);
        assertEquals(0, driver.stats().buffers());
    }

    private void roundTrip(BinderThread client, BinderThread server) {
        // The client calls handle 0 with 16 bytes of data.
        long tr = command(0, Commands.BC_TRANSACTION);
        writeBuffer.set(LONG, tr + TransactionDataDescriptor.DATA_SIZE_OFFSET, 16);
        writeBuffer.set(LONG, tr + TransactionDataDescriptor.OFFSETS_SIZE_OFFSET, 0);
        exchange(client, tr + TransactionDataDescriptor.SIZE_BYTES);
        // The server reads it, frees it and replies.
        exchange(server, 0);
        long call = find(Returns.BR_TRANSACTION);
        long next = command(0, Commands.BC_FREE_BUFFER);
        writeBuffer.set(LONG, next, readBuffer.get(LONG, call + TransactionDataDescriptor.DATA_BUFFER_OFFSET));
        tr = command(next + 8, Commands.BC_REPLY);
        exchange(server, tr + TransactionDataDescriptor.SIZE_BYTES);
        // The client reads the reply and frees it.
        exchange(client, 0);
        long reply = find(Returns.BR_REPLY);
        writeBuffer.set(LONG, command(0, Commands.BC_FREE_BUFFER),
                readBuffer.get(LONG, reply + TransactionDataDescriptor.DATA_BUFFER_OFFSET));
        bwr.write(writeBuffer, 12);
        assertEquals(0, driver.writeRead(client, bwr));
    }

    /** Writes a command word at {@code at} with a zeroed payload; returns the payload's offset. */
    private long command(long at, int command) {
        writeBuffer.set(INT, at, command);
        for (long i = at + 4; i < at + 4 + Commands.payloadSizeBytes(command); i += 4) {
            writeBuffer.set(INT, i, 0);
        }
        return at + 4;
    }

    private void exchange(BinderThread thread, long writeSize) {
        bwr.write(writeBuffer, writeSize).read(readBuffer, readBuffer.byteSize());
        bwr.nonBlocking = true;
        driver.writeRead(thread, bwr);
    }

    /** The payload offset of the first return {@code command} in the read buffer. */
    private long find(int command) {
        for (long at = 0; at < bwr.readConsumed; at += 4 + Returns.payloadSizeBytes(readBuffer.get(INT, at))) {
            if (readBuffer.get(INT, at) == command) {
                return at + 4;
            }
        }
        throw new AssertionError("no " + Returns.name(command));
    }
}
