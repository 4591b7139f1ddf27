package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemfdMappingTest {
    private static final long SIZE = 1040384; // 254 pages

    private final Cleanup cleanup = new Cleanup();

    @AfterEach
    void tearDown() throws Exception {
        cleanup.run();
    }

    @Test
    void writesThroughOneMappingAreSeenThroughTheOther() {
        int fd = cleanup.fd(Memfd.create("two-mappings", SIZE));
        MappedRegion writable = cleanup.add(MappedRegion.map(fd, SIZE, true));
        MappedRegion readable = cleanup.add(MappedRegion.map(fd, SIZE, false));

        assertEquals(SIZE, writable.segment().byteSize());
        assertEquals(SIZE, readable.segment().byteSize());
        assertEquals(SIZE, readable.sizeBytes());
        assertTrue(writable.address() != readable.address());
        writable.segment().set(JAVA_LONG, 8, 0x0123456789abcdefL);
        writable.segment().set(JAVA_BYTE, SIZE - 1, (byte) 0x5a);
        assertEquals(0x0123456789abcdefL, readable.segment().get(JAVA_LONG, 8));
        assertEquals((byte) 0x5a, readable.segment().get(JAVA_BYTE, SIZE - 1));
        assertEquals(readable.address(), readable.segment().address());
    }

    @Test
    void readOnlyMappingIsReadOnlyForTheKernelAndForJava() throws IOException {
        int fd = cleanup.fd(Memfd.create("read-only", SIZE));
        MappedRegion readable = cleanup.add(MappedRegion.map(fd, SIZE, false));

        String range = Long.toHexString(readable.address()) + "-" + Long.toHexString(readable.address() + SIZE) + " ";
        List<String> lines = Files.readAllLines(Path.of("/proc/self/maps"));
        String line = lines.stream().filter(l -> l.startsWith(range)).findFirst()
                .orElseThrow(() -> new AssertionError("no mapping " + range + " in /proc/self/maps"));
        assertTrue(line.startsWith(range + "r--s "), line);
        assertTrue(line.contains("memfd:read-only"), line);

        assertTrue(readable.segment().isReadOnly());
        // JDK 25 reports writes to a read-only segment as IllegalArgumentException.
        IllegalArgumentException set = assertThrows(IllegalArgumentException.class,
                () -> readable.segment().set(JAVA_BYTE, 0, (byte) 1));
        assertTrue(set.getMessage().contains("read-only"), set.getMessage());
        IllegalArgumentException fill = assertThrows(IllegalArgumentException.class,
                () -> readable.segment().fill((byte) 1));
        assertTrue(fill.getMessage().contains("read-only"), fill.getMessage());
    }

    @Test
    void memfdIsSealedAgainstResizing() {
        int fd = cleanup.fd(Memfd.create("sealed", SIZE));

        assertEquals(SIZE, Fds.size(fd));
        int seals = Memfd.seals(fd);
        assertEquals(Memfd.SEAL_SHRINK | Memfd.SEAL_GROW | Memfd.SEAL_SEAL, seals);
        assertEquals(-Errnos.EPERM, LibC.ftruncate(fd, SIZE / 2));
        assertEquals(-Errnos.EPERM, LibC.ftruncate(fd, SIZE * 2));
        assertEquals(SIZE, Fds.size(fd));
    }

    @Test
    void closedRegionFailsInsteadOfCrashing() {
        int fd = cleanup.fd(Memfd.create("closed", SIZE));
        MappedRegion region = MappedRegion.map(fd, SIZE, true);
        MemorySegment segment = region.segment();
        segment.set(JAVA_LONG, 0, 42);

        region.close();
        region.close();

        assertThrows(IllegalStateException.class, () -> segment.get(JAVA_LONG, 0));
        assertFalse(segment.scope().isAlive());
    }

    @Test
    void mappingBeyondTheEndOfTheFileIsRefused() {
        int fd = cleanup.fd(Memfd.create("small", 4096));

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> MappedRegion.map(fd, 8192, false));
        assertTrue(e.getMessage().contains("4096"), e.getMessage());
    }

    @Test
    void mappingAClosedFdNamesMmapAndEbadf() {
        int fd = Memfd.create("gone", 4096);
        Fds.close(fd);

        SysException e = assertThrows(SysException.class, () -> MappedRegion.map(fd, 4096, false));
        assertEquals(Errnos.EBADF, e.errno());
        assertEquals("mmap(fd=" + fd + ", size=4096, PROT_READ) failed: EBADF (Bad file descriptor)", e.getMessage());
    }

    @Test
    void createMapCloseLeaksNoFd() {
        MappedRegion.map(cleanup.fd(Memfd.create("warm-up", SIZE)), SIZE, true).close();
        int before = Fds.countOpen();

        for (int i = 0; i < 10; i++) {
            int fd = Memfd.create("cycle", SIZE);
            try (MappedRegion region = MappedRegion.map(fd, SIZE, true)) {
                region.segment().set(JAVA_LONG, 0, i);
            } finally {
                Fds.close(fd);
            }
        }

        assertEquals(before, Fds.countOpen());
    }
}
