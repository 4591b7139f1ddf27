package org.binder4j.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventFdTest {
    private final Cleanup cleanup = new Cleanup();

    @AfterEach
    void tearDown() throws Exception {
        cleanup.run();
    }

    @Test
    void signalsAccumulateUntilAwaited() {
        EventFd event = cleanup.add(EventFd.create());

        assertFalse(event.poll(0));
        event.signal();
        event.signal();
        assertTrue(event.poll(0));
        assertTrue(event.poll(-1));
        assertEquals(2, event.await());
        assertFalse(event.poll(1));
    }

    @Test
    void signalWakesABlockedAwait() throws Exception {
        EventFd event = cleanup.add(EventFd.create());
        Blocked<Long> waiter = Blocked.start(event::await);
        waiter.awaitIn("read");

        event.signal();

        assertEquals(1, waiter.result());
    }

    @Test
    void closeIsIdempotentAndReleasesTheFd() {
        EventFd event = EventFd.create();
        int fd = event.fd();
        assertTrue(Fds.isOpen(fd));

        event.close();
        event.close();

        assertFalse(Fds.isOpen(fd));
    }
}
