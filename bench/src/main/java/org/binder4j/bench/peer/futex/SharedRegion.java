package org.binder4j.bench.peer.futex;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.binder4j.sys.Fds;
import org.binder4j.sys.Memfd;
import org.binder4j.sys.Os;

/**
 * Shared memory between benchmark JVMs: a memfd created by one process and opened by the others through
 * its {@code /proc/PID/fd/N} path. Nothing is left in /dev/shm or /tmp: the memory goes away with the
 * last process that maps it.
 */
public final class SharedRegion implements AutoCloseable {
    private final Arena arena;
    private final MemorySegment segment;
    private final String path;
    private final int ownedFd;

    private SharedRegion(Arena arena, MemorySegment segment, String path, int ownedFd) {
        this.arena = arena;
        this.segment = segment;
        this.path = path;
        this.ownedFd = ownedFd;
    }

    /** A new zeroed region of {@code sizeBytes}; other processes open it by {@link #path()} while this one lives. */
    public static SharedRegion create(String name, long sizeBytes) throws IOException {
        int fd = Memfd.create(name, sizeBytes);
        try {
            String path = "/proc/" + Os.getpid() + "/fd/" + fd;
            return map(path, fd);
        } catch (IOException | RuntimeException e) {
            Fds.closeQuietly(fd);
            throw e;
        }
    }

    /**
     * The region another process created, by its {@link #path()}.
     *
     * @throws IOException naming the path when it cannot be opened (its process has gone, or belongs to
     *     another user)
     */
    public static SharedRegion attach(String path) throws IOException {
        return map(path, -1);
    }

    private static SharedRegion map(String path, int ownedFd) throws IOException {
        Arena arena = Arena.ofShared();
        try (FileChannel file = FileChannel.open(Path.of(path), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return new SharedRegion(arena, file.map(FileChannel.MapMode.READ_WRITE, 0, file.size(), arena), path, ownedFd);
        } catch (IOException | RuntimeException e) {
            arena.close();
            throw new IOException("cannot map shared region " + path + ": " + e.getMessage(), e);
        }
    }

    public MemorySegment segment() {
        return segment;
    }

    /** Where other processes open this region. */
    public String path() {
        return path;
    }

    @Override
    public void close() {
        arena.close();
        if (ownedFd >= 0) {
            Fds.closeQuietly(ownedFd);
        }
    }
}
