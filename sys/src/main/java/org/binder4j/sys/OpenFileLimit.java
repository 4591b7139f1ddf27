package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * This process's RLIMIT_NOFILE: a new descriptor must be numbered below the soft limit, else the call
 * that would create it fails with EMFILE (and descriptors sent with SCM_RIGHTS are dropped).
 */
public final class OpenFileLimit {
    private static final int RLIMIT_NOFILE = 7;

    private OpenFileLimit() {}

    /** The soft limit. */
    public static long soft() {
        return get()[0];
    }

    /** The hard limit, the highest the soft limit may be raised to without privileges. */
    public static long hard() {
        return get()[1];
    }

    /** Sets the soft limit, keeping the hard one. */
    public static void setSoft(long soft) {
        long hard = hard();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment limit = arena.allocate(JAVA_LONG, 2);
            limit.setAtIndex(JAVA_LONG, 0, soft);
            limit.setAtIndex(JAVA_LONG, 1, hard);
            Check.ok(LibC.setrlimit(RLIMIT_NOFILE, limit),
                    () -> "setrlimit(RLIMIT_NOFILE, soft=" + soft + ", hard=" + hard + ")");
        }
    }

    private static long[] get() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment limit = arena.allocate(JAVA_LONG, 2);
            Check.ok(LibC.getrlimit(RLIMIT_NOFILE, limit), () -> "getrlimit(RLIMIT_NOFILE)");
            return new long[] {limit.getAtIndex(JAVA_LONG, 0), limit.getAtIndex(JAVA_LONG, 1)};
        }
    }
}
