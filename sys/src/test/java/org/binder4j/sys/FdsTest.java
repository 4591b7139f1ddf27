package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void pipeReadsWhatWasWrittenAndReportsEndOfFile() {
        int[] pipe = cleanup.fds(Fds.pipe());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(8);
            buffer.set(JAVA_INT, 0, 0x01020304);
            assertEquals(4, Fds.write(pipe[1], buffer, 4));
            buffer.set(JAVA_INT, 0, 0);
            assertEquals(4, Fds.read(pipe[0], buffer, 8));
            assertEquals(0x01020304, buffer.get(JAVA_INT, 0));
            Fds.close(pipe[1]);
            pipe[1] = -1;
            assertEquals(0, Fds.read(pipe[0], buffer, 8), "end of file once the write end is closed");
            assertThrows(IllegalArgumentException.class, () -> Fds.read(pipe[0], buffer, 9));
        }
        assertTrue(Fds.isCloseOnExec(pipe[0]));
    }

    @Test
    void statusFlagsBelongToTheOpenFileAndAreSharedByCopies() {
        int[] pipe = cleanup.fds(Fds.pipe());
        int copy = cleanup.fd(Fds.dup(pipe[0]));

        Fds.setStatusFlags(pipe[0], Fds.statusFlags(pipe[0]) | Fds.O_NONBLOCK);

        assertEquals(Fds.O_NONBLOCK, Fds.statusFlags(copy) & Fds.O_NONBLOCK);
        assertEquals(Fds.O_RDONLY, Fds.statusFlags(copy) & Fds.O_ACCMODE);
    }

    @Test
    void openCreatesAndNamesThePathOnFailure(@TempDir Path dir) {
        Path file = dir.resolve("f");
        int fd = cleanup.fd(Fds.open(file, Fds.O_RDWR | Fds.O_CREAT, 0600));
        assertTrue(Fds.isCloseOnExec(fd));
        assertTrue(Files.exists(file));

        SysException e = assertThrows(SysException.class, () -> Fds.open(dir.resolve("none"), Fds.O_RDONLY, 0));
        assertEquals(Errnos.ENOENT, e.errno());
        assertTrue(e.getMessage().startsWith("open(" + dir.resolve("none")), e.getMessage());
    }

    @Test
    void dupAtOrAboveANumber() {
        int high = cleanup.fd(Fds.dup(0, 500));
        assertTrue(high >= 500, "got " + high);
        assertTrue(Fds.highestOpen() >= high);
        assertTrue(Fds.isCloseOnExec(high));
    }

    @Test
    void countOpenOfAnotherProcessSeesItsTable() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            assertTrue(Fds.countOpen(sleeper.pid()) >= 3, "at least its standard streams");
            assertEquals(Fds.countOpen(), Fds.countOpen(ProcessHandle.current().pid()));
        } finally {
            sleeper.destroyForcibly().waitFor();
        }
    }
}
