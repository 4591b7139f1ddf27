package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;

/**
 * Futex wait and wake on a 32-bit word in shared memory. The operations are not FUTEX_PRIVATE, so waiters
 * and wakers may be in different processes that map the same memfd. Allocates nothing.
 */
public final class Futex {
    private static final int FUTEX_WAIT = 0;
    private static final int FUTEX_WAKE = 1;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Futex() {}

    /**
     * Sleeps while the int at offset 0 of {@code word} equals {@code expected}. Returns 0 when woken (or
     * spuriously), {@code -EAGAIN} if the value differed, {@code -ETIMEDOUT} after {@code timeoutNanos}
     * (negative: no timeout), {@code -EINTR} on a signal; callers re-check the word in a loop.
     */
    public static int wait(MemorySegment word, int expected, long timeoutNanos) {
        checkWord(word);
        MemorySegment timeout = MemorySegment.NULL;
        if (timeoutNanos >= 0) {
            timeout = Scratch.get().small; // struct timespec, relative for FUTEX_WAIT
            timeout.set(JAVA_LONG, 0, timeoutNanos / NANOS_PER_SECOND);
            timeout.set(JAVA_LONG, 8, timeoutNanos % NANOS_PER_SECOND);
        }
        long r = LibC.futex(word, FUTEX_WAIT, expected, timeout);
        if (r == 0 || r == -Errnos.EAGAIN || r == -Errnos.ETIMEDOUT || r == -Errnos.EINTR) {
            return (int) r;
        }
        throw new SysException("futex(0x" + Long.toHexString(word.address()) + ", FUTEX_WAIT, " + expected + ")",
                (int) -r);
    }

    /** Wakes up to {@code count} waiters on the int at offset 0 of {@code word}; returns how many woke. */
    public static int wake(MemorySegment word, int count) {
        checkWord(word);
        long r = LibC.futex(word, FUTEX_WAKE, count, MemorySegment.NULL);
        if (r < 0) {
            throw new SysException("futex(0x" + Long.toHexString(word.address()) + ", FUTEX_WAKE, " + count + ")",
                    (int) -r);
        }
        return (int) r;
    }

    private static void checkWord(MemorySegment word) {
        if (!word.isNative() || word.byteSize() < Integer.BYTES || word.address() % Integer.BYTES != 0) {
            throw new IllegalArgumentException("a futex word is 4 aligned bytes of native memory, not " + word);
        }
    }
}
