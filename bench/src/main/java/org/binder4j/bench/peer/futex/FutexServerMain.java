package org.binder4j.bench.peer.futex;

import java.util.concurrent.TimeUnit;
import org.binder4j.bench.harness.ChildArgs;
import org.binder4j.bench.harness.ChildProtocol;
import org.binder4j.bench.harness.ParentLink;

/**
 * The futex floors' server JVM: answers {@code argument + 1} on a {@link FutexChannel}. With
 * {@code --region PATH --slot N} it serves a slot of a region another process made (the relay's far end);
 * without, it makes a one-slot region and prints its path as its endpoint (the direct ping-pong).
 * {@code --spin-us N}: how long to poll before sleeping, 0 to sleep at once.
 */
public final class FutexServerMain {
    private FutexServerMain() {}

    public static void main(String[] args) throws Exception {
        ParentLink.start();
        ChildArgs options = ChildArgs.parse(args);
        long spinNanos = TimeUnit.MICROSECONDS.toNanos(options.getLong("spin-us"));
        boolean own = !options.has("region");
        try (SharedRegion region = own ? SharedRegion.create("binder4j-bench-futex", FutexChannel.SIZE_BYTES)
                : SharedRegion.attach(options.get("region"))) {
            FutexChannel channel = new FutexChannel(region.segment(), own ? 0 : (int) options.getLong("slot"), spinNanos);
            ChildProtocol.say(ChildProtocol.READY + (own ? " " + region.path() : ""));
            channel.serve(argument -> argument + 1);
        }
    }
}
