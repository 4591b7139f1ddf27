package org.binder4j.sys;

import java.lang.foreign.Arena;

/**
 * Anonymous shared memory files (memfd_create) of a fixed size: sealed so that no holder of the descriptor
 * can shrink it under another process's mapping, which would turn that process's reads into SIGBUS.
 */
public final class Memfd {
    public static final int SEAL_SEAL = 0x1;
    public static final int SEAL_SHRINK = 0x2;
    public static final int SEAL_GROW = 0x4;
    public static final int SEAL_WRITE = 0x8;

    private static final int MFD_CLOEXEC = 0x1;
    private static final int MFD_ALLOW_SEALING = 0x2;
    private static final int F_ADD_SEALS = 1033;
    private static final int F_GET_SEALS = 1034;

    private Memfd() {}

    /**
     * A new close-on-exec memfd of {@code sizeBytes} zero bytes, sealed with SHRINK, GROW and SEAL.
     * {@code name} only shows up in /proc/PID/maps and /proc/PID/fd, as {@code memfd:NAME}.
     */
    public static int create(String name, long sizeBytes) {
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("memfd size must be positive, not " + sizeBytes);
        }
        int fd;
        try (Arena arena = Arena.ofConfined()) {
            fd = Check.ok(LibC.memfdCreate(arena.allocateFrom(name), MFD_CLOEXEC | MFD_ALLOW_SEALING),
                    () -> "memfd_create(" + name + ")");
        }
        try {
            Check.ok(LibC.ftruncate(fd, sizeBytes), () -> "ftruncate(fd=" + fd + ", size=" + sizeBytes + ")");
            Check.ok(LibC.fcntl(fd, F_ADD_SEALS, SEAL_SHRINK | SEAL_GROW | SEAL_SEAL),
                    () -> "fcntl(fd=" + fd + ", F_ADD_SEALS)");
        } catch (RuntimeException e) {
            Fds.closeQuietly(fd);
            throw e;
        }
        return fd;
    }

    /** The seals on {@code fd}, a combination of the {@code SEAL_} constants. */
    public static int seals(int fd) {
        return Check.ok(LibC.fcntl(fd, F_GET_SEALS), () -> "fcntl(fd=" + fd + ", F_GET_SEALS)");
    }
}
