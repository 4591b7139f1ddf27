package org.binder4j.bench.peer.futex;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.binder4j.bench.harness.ChildArgs;
import org.binder4j.bench.harness.ChildProtocol;
import org.binder4j.bench.harness.ParentLink;

/**
 * The middle JVM of the futex relay, standing where binder4j's daemon stands: makes a two-slot region
 * (slot 0: client to middle, slot 1: middle to server), prints its path, and passes every call from
 * slot 0 on to slot 1 and the answer back. {@code --spin-us N} as for {@link FutexServerMain}.
 */
public final class FutexRelayMain {
    private FutexRelayMain() {}

    public static void main(String[] args) throws Exception {
        ParentLink.start();
        long spinNanos = TimeUnit.MICROSECONDS.toNanos(ChildArgs.parse(args).getLong("spin-us"));
        try (SharedRegion region = SharedRegion.create("binder4j-bench-relay", 2 * FutexChannel.SIZE_BYTES)) {
            ChildProtocol.say(ChildProtocol.READY + " " + region.path());
            relay(region.segment(), spinNanos);
        }
    }

    /** Passes calls from slot 0 of {@code region} on to slot 1 until slot 0 is closed; then closes slot 1. */
    static void relay(MemorySegment region, long spinNanos) {
        FutexChannel fromClient = new FutexChannel(region, 0, spinNanos);
        FutexChannel toServer = new FutexChannel(region, 1, spinNanos);
        fromClient.serve(toServer::call);
        toServer.close();
    }
}
