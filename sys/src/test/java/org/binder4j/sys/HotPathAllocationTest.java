package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Send, receive (with and without a descriptor list), futex and eventfd calls must not allocate once compiled: they run for every transaction.
 * The interpreter and C1 allocate inside the downcall machinery, so the test waits for a round without.
 */
class HotPathAllocationTest {
    private static final int ROUNDS = 10_000;
    private static final int MAX_WARM_UP_ROUNDS = 50;
    private static final int[] NO_FDS = {};
    private static final ReceivedFds RECEIVED = new ReceivedFds();

    private final Cleanup cleanup = new Cleanup();

    @AfterEach
    void tearDown() throws Exception {
        cleanup.run();
    }

    @Test
    void hotCallsAllocateNothing() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int[] pair = cleanup.fds(UnixSocket.socketPair());
        EventFd event = cleanup.add(EventFd.create());
        Arena arena = cleanup.add(Arena.ofShared());
        MemorySegment buffer = arena.allocate(256, 8);
        MemorySegment word = arena.allocate(JAVA_INT);

        long allocated = Long.MAX_VALUE;
        for (int round = 0; round < MAX_WARM_UP_ROUNDS && allocated >= ROUNDS; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            roundTrips(pair, event, buffer, word);
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
        }

        assertTrue(allocated < ROUNDS, allocated + " bytes allocated in the last " + ROUNDS + " round trips");
    }

    private static void roundTrips(int[] pair, EventFd event, MemorySegment buffer, MemorySegment word) {
        ReceivedFds fds = RECEIVED;
        for (int i = 0; i < ROUNDS; i++) {
            buffer.set(JAVA_INT, 0, i);
            UnixSocket.send(pair[0], buffer, 64);
            assertEquals(64, UnixSocket.receive(pair[1], buffer, buffer.byteSize()));
            UnixSocket.sendWithFds(pair[0], buffer, 64, NO_FDS, 0);
            assertEquals(64, UnixSocket.receive(pair[1], buffer, buffer.byteSize(), fds));
            assertEquals(-Errnos.EAGAIN, UnixSocket.receiveNonBlocking(pair[1], buffer, buffer.byteSize()));
            assertEquals(-Errnos.EAGAIN, Futex.wait(word, 1, -1));
            assertEquals(0, Futex.wake(word, 1));
            event.signal();
            assertTrue(event.poll(0));
            assertEquals(1, event.await());
        }
    }
}
