package org.binder4j.bench.peer.futex;

import java.lang.foreign.MemorySegment;
import java.util.function.IntUnaryOperator;

/**
 * A synchronous call channel between two processes (or threads): a request doorbell and a reply doorbell,
 * one int each way. One caller and one responder. {@link #SIZE_BYTES} of a shared region, at a slot index.
 */
public final class FutexChannel {
    public static final long SIZE_BYTES = 2 * Doorbell.SIZE_BYTES;

    private final Doorbell request;
    private final Doorbell reply;

    public FutexChannel(MemorySegment region, int slot, long spinNanos) {
        MemorySegment slice = region.asSlice(slot * SIZE_BYTES, SIZE_BYTES);
        this.request = new Doorbell(slice.asSlice(0, Doorbell.SIZE_BYTES), spinNanos);
        this.reply = new Doorbell(slice.asSlice(Doorbell.SIZE_BYTES, Doorbell.SIZE_BYTES), spinNanos);
    }

    /** Caller side: sends {@code argument}, waits for the responder's answer and returns it. */
    public int call(int argument) {
        int answered = reply.sequence();
        request.ring(request.sequence() + 1, argument);
        reply.awaitNot(answered);
        return reply.message();
    }

    /** Responder side: answers every request with {@code handler}'s result until {@link #close()}. */
    public void serve(IntUnaryOperator handler) {
        int last = reply.sequence(); // the last request answered: one sent before serving began is pending
        while (true) {
            last = request.awaitNot(last);
            if (request.isClosed()) {
                return;
            }
            reply.ring(last, handler.applyAsInt(request.message()));
        }
    }

    /** Caller side: makes the responder's {@link #serve} return. Servers need not: their JVM ends. */
    public void close() {
        request.ringClosed();
    }
}
