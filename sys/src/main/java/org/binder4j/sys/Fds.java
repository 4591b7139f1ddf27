package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Operations on raw file descriptors, whatever they refer to. Every descriptor made here is
 * close-on-exec. The {@code O_} constants are Linux's (the same on x86_64 and aarch64).
 */
public final class Fds {
    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    /** The access mode bits of {@link #statusFlags}: {@link #O_RDONLY}, {@link #O_WRONLY} or {@link #O_RDWR}. */
    public static final int O_ACCMODE = 3;
    public static final int O_CREAT = 0x40;
    public static final int O_TRUNC = 0x200;
    public static final int O_APPEND = 0x400;
    public static final int O_NONBLOCK = 0x800;
    public static final int O_CLOEXEC = 0x80000;

    private static final int F_GETFD = 1;
    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;
    private static final int FD_CLOEXEC = 1;
    private static final int F_DUPFD_CLOEXEC = 1030;
    private static final Charset PATH_CHARSET =
            Charset.forName(System.getProperty("sun.jnu.encoding"), StandardCharsets.UTF_8);
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
        return dup(fd, 0);
    }

    /** Like {@link #dup(int)}, numbered {@code lowest} or above. */
    public static int dup(int fd, int lowest) {
        return Check.ok(LibC.fcntl(fd, F_DUPFD_CLOEXEC, lowest),
                () -> "fcntl(fd=" + fd + ", F_DUPFD_CLOEXEC, " + lowest + ")");
    }

    /**
     * open(2) with {@code flags | O_CLOEXEC}; {@code mode} is used when the file is created.
     *
     * @throws SysException naming the path and the errno (e.g. ENOENT, EACCES)
     */
    public static int open(Path path, int flags, int mode) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment name = arena.allocateFrom(path.toString(), PATH_CHARSET);
            int fd;
            do {
                fd = LibC.open(name, flags | O_CLOEXEC, mode);
            } while (fd == -Errnos.EINTR);
            return Check.ok(fd, () -> "open(" + path + ", flags=0x" + Integer.toHexString(flags) + ")");
        }
    }

    /** A new pipe: {@code {read end, write end}}. */
    public static int[] pipe() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fds = arena.allocate(JAVA_INT, 2);
            Check.ok(LibC.pipe2(fds, O_CLOEXEC), () -> "pipe2(O_CLOEXEC)");
            return new int[] {fds.getAtIndex(JAVA_INT, 0), fds.getAtIndex(JAVA_INT, 1)};
        }
    }

    /** Reads up to {@code count} bytes into {@code buffer}; returns how many, 0 at end of file. */
    public static long read(int fd, MemorySegment buffer, long count) {
        checkRange(buffer, count);
        long n;
        do {
            n = LibC.read(fd, buffer, count);
        } while (n == -Errnos.EINTR);
        return Check.ok(n, () -> "read(fd=" + fd + ", count=" + count + ")");
    }

    /** Writes up to {@code count} bytes of {@code buffer}; returns how many were written. */
    public static long write(int fd, MemorySegment buffer, long count) {
        checkRange(buffer, count);
        long n;
        do {
            n = LibC.write(fd, buffer, count);
        } while (n == -Errnos.EINTR);
        return Check.ok(n, () -> "write(fd=" + fd + ", count=" + count + ")");
    }

    /** The open file's status flags (fcntl F_GETFL): the access mode and e.g. {@link #O_NONBLOCK}, {@link #O_APPEND}. */
    public static int statusFlags(int fd) {
        return Check.ok(LibC.fcntl(fd, F_GETFL), () -> "fcntl(fd=" + fd + ", F_GETFL)");
    }

    /** Sets the open file's status flags (fcntl F_SETFL; Linux changes only O_APPEND, O_NONBLOCK and a few others). */
    public static void setStatusFlags(int fd, int flags) {
        Check.ok(LibC.fcntl(fd, F_SETFL, flags), () -> "fcntl(fd=" + fd + ", F_SETFL, 0x" + Integer.toHexString(flags) + ")");
    }

    /** Whether the descriptor is closed on exec (FD_CLOEXEC). */
    public static boolean isCloseOnExec(int fd) {
        return (Check.ok(LibC.fcntl(fd, F_GETFD), () -> "fcntl(fd=" + fd + ", F_GETFD)") & FD_CLOEXEC) != 0;
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
        return list(PROC_SELF_FD).length - 1; // the listing has one of its own open
    }

    /** How many descriptors process {@code pid} (of the same user) has open, for leak checks. */
    public static int countOpen(long pid) {
        return pid == ProcessHandle.current().pid() ? countOpen() : list(Path.of("/proc", Long.toString(pid), "fd")).length;
    }

    /** The highest descriptor number this process has open (or the listing's own, if that is higher). */
    public static int highestOpen() {
        int highest = -1;
        for (String name : list(PROC_SELF_FD)) {
            highest = Math.max(highest, Integer.parseInt(name));
        }
        return highest;
    }

    /** The names in a /proc fd directory; java.io.File lists with one descriptor, NIO's stream with two. */
    private static String[] list(Path directory) {
        String[] names = directory.toFile().list();
        if (names == null) {
            throw new UncheckedIOException(new IOException("cannot list " + directory));
        }
        return names;
    }

    private static void checkRange(MemorySegment buffer, long count) {
        if (!buffer.isNative() || count < 0 || count > buffer.byteSize()) {
            throw new IllegalArgumentException("count " + count + " does not fit a native buffer of "
                    + buffer.byteSize() + " bytes");
        }
    }
}
