package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Operations on raw file descriptors, whatever they refer to. */
public final class Fds {
    private static final int F_GETFD = 1;
    private static final int F_DUPFD_CLOEXEC = 1030;
    // struct stat: 144 bytes on x86_64, 128 on aarch64; st_size is at 48 on both.
    private static final long STAT_SIZE = 144;
    private static final long ST_SIZE = 48;
    private static final Path PROC_SELF_FD = Path.of("/proc/self/fd");

    private Fds() {}

    /**
     * Closes {@code fd}. An EINTR is not an error: Linux has released the descriptor anyway, and retrying
     * could close one that another thread has just opened.
     */
    public static void close(int fd) {
        int r = LibC.close(fd);
        if (r < 0 && r != -Errnos.EINTR) {
            throw new SysException("close(fd=" + fd + ")", -r);
        }
    }

    /** Closes {@code fd}, ignoring every error; for cleanup paths that are already failing. */
    public static void closeQuietly(int fd) {
        LibC.close(fd);
    }

    /** A new descriptor for the same open file, close-on-exec like every descriptor of binder4j. */
    public static int dup(int fd) {
        return Check.ok(LibC.fcntl(fd, F_DUPFD_CLOEXEC, 0), () -> "fcntl(fd=" + fd + ", F_DUPFD_CLOEXEC)");
    }

    /** The file's size in bytes (fstat st_size). */
    public static long size(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment stat = arena.allocate(STAT_SIZE, 8);
            Check.ok(LibC.fstat(fd, stat), () -> "fstat(fd=" + fd + ")");
            return stat.get(JAVA_LONG, ST_SIZE);
        }
    }

    /** Whether {@code fd} is an open descriptor of this process. */
    public static boolean isOpen(int fd) {
        int r = LibC.fcntl(fd, F_GETFD);
        if (r == -Errnos.EBADF) {
            return false;
        }
        Check.ok(r, () -> "fcntl(fd=" + fd + ", F_GETFD)");
        return true;
    }

    /** How many descriptors this process has open, for leak checks. */
    public static int countOpen() {
        int count = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC_SELF_FD)) {
            for (Path ignored : entries) {
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count - 1; // the listing has one of its own open
    }
}
