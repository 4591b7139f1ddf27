package org.binder4j.bench.peer.futex;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import org.binder4j.sys.Futex;

/**
 * One direction of a hand-off between two processes over shared memory: a sequence number the sender
 * bumps and the receiver waits on, a flag the receiver raises while it sleeps (so the sender makes the
 * FUTEX_WAKE system call only when someone sleeps), one int of message, and a flag that closes it. Occupies
 * {@link #SIZE_BYTES} (a cache line). One sender and one receiver; allocates nothing.
 *
 * <p>Why no wake-up is lost: the receiver raises the flag, then re-reads the sequence; the sender writes
 * the sequence, then reads the flag. Both accesses are volatile, so at least one of them sees the
 * other's write, and FUTEX_WAIT itself re-checks the sequence in the kernel.
 */
final class Doorbell {
    static final long SIZE_BYTES = 64;

    private static final VarHandle INT = JAVA_INT.varHandle();
    private static final long SEQUENCE = 0;
    private static final long SLEEPING = 4;
    private static final long MESSAGE = 8;
    private static final long CLOSED = 12;

    private final MemorySegment line;
    private final MemorySegment sequenceWord;
    private final long spinNanos;

    /** @param spinNanos how long a receiver polls before it sleeps; 0 sleeps at once */
    Doorbell(MemorySegment line, long spinNanos) {
        if (line.byteSize() < SIZE_BYTES || line.address() % SIZE_BYTES != 0) {
            throw new IllegalArgumentException("a doorbell needs " + SIZE_BYTES + " aligned bytes, not " + line);
        }
        this.line = line;
        this.sequenceWord = line.asSlice(SEQUENCE, Integer.BYTES);
        this.spinNanos = spinNanos;
    }

    int sequence() {
        return (int) INT.getVolatile(line, SEQUENCE);
    }

    int message() {
        return (int) INT.get(line, MESSAGE);
    }

    /** Publishes {@code message} with sequence {@code sequence}, waking the receiver if it sleeps. */
    void ring(int sequence, int message) {
        INT.set(line, MESSAGE, message);
        INT.setVolatile(line, SEQUENCE, sequence);
        if ((int) INT.getVolatile(line, SLEEPING) != 0) {
            Futex.wake(sequenceWord, 1);
        }
    }

    /** Rings once more with the closed flag raised: the receiver stops after this wake-up. */
    void ringClosed() {
        INT.setVolatile(line, CLOSED, 1);
        ring(sequence() + 1, 0);
    }

    boolean isClosed() {
        return (int) INT.getVolatile(line, CLOSED) != 0;
    }

    /** Waits until the sequence is no longer {@code last}; returns the new one. */
    int awaitNot(int last) {
        int current;
        if (spinNanos > 0) {
            long deadline = System.nanoTime() + spinNanos;
            do {
                if ((current = sequence()) != last) {
                    return current;
                }
                Thread.onSpinWait();
            } while (System.nanoTime() < deadline);
        }
        INT.setVolatile(line, SLEEPING, 1);
        while ((current = sequence()) == last) {
            Futex.wait(sequenceWord, last, -1);
        }
        INT.setVolatile(line, SLEEPING, 0);
        return current;
    }
}
