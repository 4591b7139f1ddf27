package org.binder4j.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EpollTest {
    private final Cleanup cleanup = new Cleanup();
    private final MemorySegment buffer = cleanup.add(Arena.ofShared()).allocate(256, 8);
    private final long[] userData = new long[4];
    private final int[] events = new int[4];

    @AfterEach
    void tearDown() throws Exception {
        cleanup.run();
    }

    @Test
    void reportsReadabilityAndThenHangUp() {
        int[] pair = cleanup.fds(UnixSocket.socketPair());
        Epoll epoll = cleanup.add(Epoll.create());
        epoll.add(pair[1], 0x1234_5678_9abc_def0L);

        assertEquals(0, epoll.await(userData, events, 0));

        UnixSocket.send(pair[0], buffer, 16);
        assertEquals(1, epoll.await(userData, events, -1));
        assertEquals(0x1234_5678_9abc_def0L, userData[0]);
        assertEquals(Epoll.IN, events[0]);
        UnixSocket.receive(pair[1], buffer, buffer.byteSize());
        assertEquals(0, epoll.await(userData, events, 0));

        Fds.close(pair[0]);
        pair[0] = -1;
        assertEquals(1, epoll.await(userData, events, -1));
        assertEquals(0x1234_5678_9abc_def0L, userData[0]);
        assertEquals(Epoll.HUP | Epoll.RDHUP, events[0] & (Epoll.HUP | Epoll.RDHUP), Integer.toHexString(events[0]));
        assertEquals(0, events[0] & Epoll.ERR);
    }

    @Test
    void reportsEachReadySocketWithItsOwnUserData() {
        int[] first = cleanup.fds(UnixSocket.socketPair());
        int[] second = cleanup.fds(UnixSocket.socketPair());
        int[] third = cleanup.fds(UnixSocket.socketPair());
        Epoll epoll = cleanup.add(Epoll.create());
        epoll.add(first[1], 1);
        epoll.add(second[1], 2);
        epoll.add(third[1], 3);

        UnixSocket.send(first[0], buffer, 1);
        UnixSocket.send(third[0], buffer, 1);

        int n = epoll.await(userData, events, -1);
        assertEquals(2, n);
        assertEquals(4, userData[0] + userData[1]);
        assertTrue(userData[0] != userData[1]);

        epoll.remove(first[1]);
        epoll.remove(third[1]);
        assertEquals(0, epoll.await(userData, events, 0));
    }

    @Test
    void fewerSlotsThanReadySocketsReturnsWhatFits() {
        int[] first = cleanup.fds(UnixSocket.socketPair());
        int[] second = cleanup.fds(UnixSocket.socketPair());
        Epoll epoll = cleanup.add(Epoll.create());
        epoll.add(first[1], 1);
        epoll.add(second[1], 2);
        UnixSocket.send(first[0], buffer, 1);
        UnixSocket.send(second[0], buffer, 1);

        assertEquals(1, epoll.await(new long[1], new int[8], -1));
        assertEquals(2, epoll.await(userData, events, -1));
    }

    @Test
    void removingAnUnwatchedFdFails() {
        int[] pair = cleanup.fds(UnixSocket.socketPair());
        Epoll epoll = cleanup.add(Epoll.create());

        SysException e = assertThrows(SysException.class, () -> epoll.remove(pair[0]));
        assertTrue(e.getMessage().contains("EPOLL_CTL_DEL"), e.getMessage());
        assertTrue(e.getMessage().contains("ENOENT"), e.getMessage());
    }
}
