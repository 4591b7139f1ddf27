package org.binder4j.bench.binder;

import org.binder4j.IBinder;

/** The server's implementation of {@link IBench}: what the benchmark servers (and the in-process JMH benchmark) serve. */
public final class BenchService extends IBench.Stub {
    private long pings;

    @Override
    public int add(int value) {
        return value + 1;
    }

    @Override
    public synchronized void ping(int sequence) {
        pings++;
        notifyAll();
    }

    @Override
    public synchronized long awaitPings(long count, long timeoutMs) {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        long left;
        while (pings < count && (left = deadline - System.nanoTime()) > 0) {
            try {
                wait(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return pings;
    }

    @Override
    public byte[] echo(byte[] payload) {
        return payload;
    }

    @Override
    public IBinder repeat(IBinder object) {
        return object;
    }
}
