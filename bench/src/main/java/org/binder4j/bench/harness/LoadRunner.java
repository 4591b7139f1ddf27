package org.binder4j.bench.harness;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.LoadMode;
import org.binder4j.bench.LoadSpec;

/**
 * Runs one {@link LoadSpec} in a client process: warm-up, the start signal (in a client JVM: the harness's
 * {@link ChildProtocol#GO}, so that all clients of a run and the CPU readings start together), then the
 * measurement, every call's latency recorded by the thread that made it.
 */
final class LoadRunner {
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(60);
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final BenchConnection connection;
    private final LoadSpec spec;
    private final StartSignal startSignal;

    /** What the runner waits for between warm-up (or, idle, the priming call) and measurement. */
    @FunctionalInterface
    interface StartSignal {
        void await() throws InterruptedException;
    }

    LoadRunner(BenchConnection connection, LoadSpec spec, StartSignal start) {
        this.connection = connection;
        this.spec = spec;
        this.startSignal = start;
    }

    RunOutcome run() throws Exception {
        Caller[] callers = new Caller[spec.threads()];
        try {
            for (int i = 0; i < callers.length; i++) {
                callers[i] = connection.caller(spec.benchCase().operation());
            }
            return spec.benchCase() == BenchCase.IDLE ? idle(callers[0]) : load(callers);
        } finally {
            for (Caller caller : callers) {
                if (caller != null) {
                    caller.close();
                }
            }
        }
    }

    private RunOutcome load(Caller[] callers) throws Exception {
        drive(callers, spec.warmupMs(), (caller, histogram, index, from, until) -> warmUp(caller, histogram, from, until));
        awaitDelivered(callers);
        startSignal.await();
        long cpuStart = OS.getProcessCpuTime();
        long startNanos = System.nanoTime();
        Measured measured = drive(callers, spec.measureMs(), spec.mode() == LoadMode.FIXED_RATE
                ? this::fixedRate : (caller, histogram, index, from, until) -> closedLoop(caller, histogram, until));
        awaitDelivered(callers);
        long elapsed = System.nanoTime() - startNanos;
        return new RunOutcome(measured.calls, elapsed, OS.getProcessCpuTime() - cpuStart, measured.histogram);
    }

    /** One call to connect and prime every layer, then nothing at all while the CPU clocks run. */
    private RunOutcome idle(Caller caller) throws Exception {
        caller.call();
        startSignal.await();
        long cpuStart = OS.getProcessCpuTime();
        long startNanos = System.nanoTime();
        Thread.sleep(spec.measureMs()); // the idle interval itself is what is measured
        long elapsed = System.nanoTime() - startNanos;
        return new RunOutcome(0, elapsed, OS.getProcessCpuTime() - cpuStart, Latencies.newHistogram());
    }

    private static void awaitDelivered(Caller[] callers) throws Exception {
        for (Caller caller : callers) {
            caller.awaitDelivered(DELIVERY_TIMEOUT);
        }
    }

    private record Measured(long calls, Histogram histogram) {}

    /** One thread's calls in a window; returns how many it made. */
    @FunctionalInterface
    private interface Loop {
        long run(Caller caller, Histogram histogram, int index, long startNanos, long deadline) throws Exception;
    }

    /** Runs every caller on a thread of its own for {@code durationMs}; the first failure is rethrown. */
    private Measured drive(Caller[] callers, long durationMs, Loop loop) throws Exception {
        int threads = callers.length;
        Histogram[] histograms = new Histogram[threads];
        long[] calls = new long[threads];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2]; // start, deadline: written before go opens, read after
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            int index = i;
            histograms[i] = Latencies.newHistogram();
            workers[i] = Thread.ofPlatform().name("bench-caller-" + i).start(() -> {
                try {
                    go.await();
                    calls[index] = loop.run(callers[index], histograms[index], index, window[0], window[1]);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            });
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + TimeUnit.MILLISECONDS.toNanos(durationMs);
        go.countDown();
        Histogram total = Latencies.newHistogram();
        long totalCalls = 0;
        for (int i = 0; i < threads; i++) {
            workers[i].join();
            total.add(histograms[i]);
            totalCalls += calls[i];
        }
        Throwable t = failure.get();
        if (t instanceof Exception e) {
            throw e;
        } else if (t != null) {
            throw new IllegalStateException("a calling thread failed: " + t, t);
        }
        return new Measured(totalCalls, total);
    }

    /**
     * Closed loop for the warm-up time, and on until {@link LoadSpec#WARMUP_CALLS} calls were made (at most
     * {@link LoadSpec#WARMUP_CAP_FACTOR} times the warm-up time): as many calls as possible, for the JIT.
     */
    private static long warmUp(Caller caller, Histogram histogram, long startNanos, long deadline) throws Exception {
        long calls = closedLoop(caller, histogram, deadline);
        long cap = startNanos + (deadline - startNanos) * LoadSpec.WARMUP_CAP_FACTOR;
        while (calls < LoadSpec.WARMUP_CALLS && System.nanoTime() < cap) {
            caller.call();
            calls++;
        }
        return calls;
    }

    private static long closedLoop(Caller caller, Histogram histogram, long deadline) throws Exception {
        long calls = 0;
        long start = System.nanoTime();
        while (start < deadline) {
            caller.call();
            long end = System.nanoTime();
            Latencies.record(histogram, end - start);
            calls++;
            start = end;
        }
        return calls;
    }

    /**
     * Calls fall due every {@code threads / rate} seconds, staggered across threads. A call made late
     * because the previous one overran is timed from when it was due; a call on time is timed from its
     * actual start, so this thread's own wake-up lag is not charged to the system.
     */
    private long fixedRate(Caller caller, Histogram histogram, int index, long startNanos, long deadline)
            throws Exception {
        long interval = TimeUnit.SECONDS.toNanos(spec.threads()) / spec.rateOpsPerSecond();
        long due = startNanos + index * interval / spec.threads();
        long calls = 0;
        while (due < deadline) {
            long start = System.nanoTime();
            if (start < due) {
                do {
                    LockSupport.parkNanos(due - start);
                    start = System.nanoTime();
                } while (start < due);
            } else {
                start = due;
            }
            caller.call();
            Latencies.record(histogram, System.nanoTime() - start);
            calls++;
            due += interval;
        }
        return calls;
    }
}
