package org.binder4j.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.LoadMode;
import org.binder4j.bench.LoadSpec;
import org.junit.jupiter.api.Test;

/** The load loops against callers that answer at once; no timing is asserted, only what the loops must do. */
class LoadRunnerTest {

    /** Counts calls, the threads that made them, deliveries awaited and closes. */
    private static final class CountingConnection implements BenchConnection {
        final AtomicLong calls = new AtomicLong();
        final AtomicInteger delivered = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        final List<BenchCase> opened = new ArrayList<>();
        final Set<String> callerThreadPairs = ConcurrentHashMap.newKeySet();

        @Override
        public synchronized Caller caller(BenchCase operation) {
            opened.add(operation);
            int id = opened.size();
            return new Caller() {
                @Override
                public void call() {
                    calls.incrementAndGet();
                    callerThreadPairs.add(id + "@" + Thread.currentThread().threadId());
                }

                @Override
                public void awaitDelivered(Duration timeout) {
                    delivered.incrementAndGet();
                }

                @Override
                public void close() {
                    closed.incrementAndGet();
                }
            };
        }

        @Override
        public void close() {}
    }

    @Test
    void closedLoopRecordsEveryMeasuredCallOnThreadsOfTheirOwn() throws Exception {
        CountingConnection connection = new CountingConnection();
        AtomicInteger starts = new AtomicInteger();
        LoadSpec spec = new LoadSpec(BenchCase.SMALL, 3, LoadMode.CLOSED_LOOP, 0, 50, 100);
        RunOutcome outcome = new LoadRunner(connection, spec, starts::incrementAndGet).run();
        assertEquals(1, starts.get(), "one start signal, between warm-up and measurement");
        assertTrue(outcome.calls() > 0);
        assertEquals(outcome.calls(), outcome.histogram().getTotalCount(), "one latency per measured call");
        assertTrue(connection.calls.get() > outcome.calls(), "warm-up calls are made but not recorded");
        assertEquals(3, connection.opened.size());
        assertEquals(List.of(BenchCase.SMALL, BenchCase.SMALL, BenchCase.SMALL), connection.opened);
        assertEquals(3, connection.callerThreadPairs.stream().map(p -> p.substring(0, p.indexOf('@'))).distinct().count());
        assertEquals(6, connection.callerThreadPairs.size(), "each caller used by one thread in warm-up, one in measurement");
        assertEquals(6, connection.delivered.get(), "deliveries awaited after warm-up and after measurement, per caller");
        assertEquals(3, connection.closed.get());
        assertTrue(outcome.elapsedNanos() >= 100_000_000L);
    }

    @Test
    void warmUpGoesOnPastItsTimeUntilTheJitHasHadEnoughCalls() throws Exception {
        AtomicLong calls = new AtomicLong();
        BenchConnection slowFirstCall = new BenchConnection() {
            @Override
            public Caller caller(BenchCase operation) {
                return () -> {
                    if (calls.incrementAndGet() == 1) {
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(150)); // a first call slower than the warm-up
                    }
                };
            }

            @Override
            public void close() {}
        };
        AtomicLong warmUpCalls = new AtomicLong();
        LoadSpec spec = new LoadSpec(BenchCase.SMALL, 1, LoadMode.CLOSED_LOOP, 0, 100, 10);
        new LoadRunner(slowFirstCall, spec, () -> warmUpCalls.set(calls.get())).run();
        assertEquals(LoadSpec.WARMUP_CALLS, warmUpCalls.get());
    }

    @Test
    void fixedRateNeverCallsAheadOfSchedule() throws Exception {
        CountingConnection connection = new CountingConnection();
        int rate = 200;
        LoadSpec spec = new LoadSpec(BenchCase.SMALL, 2, LoadMode.FIXED_RATE, rate, 0, 250);
        RunOutcome outcome = new LoadRunner(connection, spec, () -> {}).run();
        // Calls fall due every threads / rate seconds per thread, inside the measured window only.
        long scheduled = (long) Math.ceil(rate * 0.250) + spec.threads();
        assertTrue(outcome.calls() > 0 && outcome.calls() <= scheduled, outcome.calls() + " calls, at most " + scheduled);
        assertEquals(outcome.calls(), outcome.histogram().getTotalCount());
    }

    @Test
    void idleMakesOneCallThenNone() throws Exception {
        CountingConnection connection = new CountingConnection();
        LoadSpec spec = new LoadSpec(BenchCase.IDLE, 1, LoadMode.CLOSED_LOOP, 0, 0, 20);
        RunOutcome outcome = new LoadRunner(connection, spec, () -> {}).run();
        assertEquals(List.of(BenchCase.SMALL), connection.opened, "idle primes with the small call");
        assertEquals(1, connection.calls.get());
        assertEquals(0, outcome.calls());
        assertEquals(0, outcome.histogram().getTotalCount());
        assertTrue(outcome.elapsedNanos() >= 20_000_000L);
    }

    @Test
    void aFailingCallFailsTheRunAndClosesTheCallers() {
        AtomicInteger closed = new AtomicInteger();
        IllegalStateException wrong = new IllegalStateException("add(0) returned 5, expected 1");
        BenchConnection connection = new BenchConnection() {
            @Override
            public Caller caller(BenchCase operation) {
                return new Caller() {
                    @Override
                    public void call() {
                        throw wrong;
                    }

                    @Override
                    public void close() {
                        closed.incrementAndGet();
                    }
                };
            }

            @Override
            public void close() {}
        };
        LoadSpec spec = new LoadSpec(BenchCase.SMALL, 2, LoadMode.CLOSED_LOOP, 0, 10, 10);
        assertSame(wrong, assertThrows(IllegalStateException.class, () -> new LoadRunner(connection, spec, () -> {}).run()));
        assertEquals(2, closed.get());
    }
}
