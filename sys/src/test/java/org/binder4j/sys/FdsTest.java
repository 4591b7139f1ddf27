package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FdsTest {
    private final Cleanup cleanup = new Cleanup();

    @AfterEach
    void tearDown() throws Exception {
        cleanup.run();
    }

    @Test
    void dupSharesTheFileAndClosesIndependently() {
        int fd = cleanup.fd(Memfd.create("dup", 8192));
        int copy = Fds.dup(fd);
        try (MappedRegion writable = MappedRegion.map(fd, 8192, true);
             MappedRegion readable = MappedRegion.map(copy, 8192, false)) {
            assertNotEquals(fd, copy);
            assertEquals(8192, Fds.size(copy));
            writable.segment().set(JAVA_INT, 100, 7);
            assertEquals(7, readable.segment().get(JAVA_INT, 100));
        } finally {
            Fds.close(copy);
        }

        assertFalse(Fds.isOpen(copy));
        assertTrue(Fds.isOpen(fd));
    }

    @Test
    void closingTwiceFailsLoudlyUnlessQuiet() {
        int fd = Memfd.create("twice", 4096);
        int before = Fds.countOpen();
        Fds.close(fd);

        assertEquals(before - 1, Fds.countOpen());
        SysException e = assertThrows(SysException.class, () -> Fds.close(fd));
        assertEquals("close(fd=" + fd + ") failed: EBADF (Bad file descriptor)", e.getMessage());
        Fds.closeQuietly(fd);
    }

    @Test
    void sizeOfAClosedFdFails() {
        int fd = Memfd.create("size", 4096);
        Fds.close(fd);

        SysException e = assertThrows(SysException.class, () -> Fds.size(fd));
        assertTrue(e.getMessage().startsWith("fstat(fd=" + fd + ")"), e.getMessage());
        assertEquals(Errnos.EBADF, e.errno());
    }
}
