package org.binder4j.bench.peer.futex;

import java.io.IOException;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.harness.BenchConnection;
import org.binder4j.bench.harness.Caller;
import org.binder4j.bench.harness.Payloads;

/** A client of the futex floors: slot 0 of the region at the endpoint (the server's, or the relay middle's). */
public final class FutexConnection implements BenchConnection {
    private final SharedRegion region;
    private final FutexChannel channel;
    private final CallerSlot slot = new CallerSlot("futex");

    public FutexConnection(String regionPath, long spinNanos) throws IOException {
        region = SharedRegion.attach(regionPath);
        channel = new FutexChannel(region.segment(), 0, spinNanos);
    }

    @Override
    public Caller caller(BenchCase operation) {
        if (operation != BenchCase.SMALL) {
            throw new IllegalArgumentException("futex floor has no operation " + operation.id());
        }
        slot.take();
        return new Caller() {
            private int value;

            @Override
            public void call() {
                int result = channel.call(value);
                Payloads.checkIncremented(value, result);
                value = result;
            }

            @Override
            public void close() {
                slot.release();
            }
        };
    }

    @Override
    public void close() {
        region.close();
    }
}
