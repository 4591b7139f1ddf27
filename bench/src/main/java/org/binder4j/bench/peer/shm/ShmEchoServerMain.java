package org.binder4j.bench.peer.shm;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.binder4j.bench.harness.ChildArgs;
import org.binder4j.bench.harness.ChildProtocol;
import org.binder4j.bench.harness.ParentLink;
import org.binder4j.bench.peer.futex.FutexChannel;
import org.binder4j.bench.peer.futex.SharedRegion;

/**
 * The one-copy echo server JVM: makes the {@link ShmLayout} region, prints its path, and answers each
 * request by copying the request area into the reply area: the reply direction's one copy.
 * {@code --spin-us N}: how long to poll before sleeping.
 */
public final class ShmEchoServerMain {
    private ShmEchoServerMain() {}

    public static void main(String[] args) throws Exception {
        ParentLink.start();
        long spinNanos = TimeUnit.MICROSECONDS.toNanos(ChildArgs.parse(args).getLong("spin-us"));
        try (SharedRegion region = SharedRegion.create("binder4j-bench-shm", ShmLayout.SIZE_BYTES)) {
            ChildProtocol.say(ChildProtocol.READY + " " + region.path());
            serve(region.segment(), spinNanos);
        }
    }

    /** Answers echo requests in {@code memory} (a {@link ShmLayout} region) until the channel is closed. */
    static void serve(MemorySegment memory, long spinNanos) {
        new FutexChannel(memory, 0, spinNanos).serve(length -> {
            MemorySegment.copy(memory, ShmLayout.REQUEST_OFFSET, memory, ShmLayout.REPLY_OFFSET, length);
            return length;
        });
    }
}
