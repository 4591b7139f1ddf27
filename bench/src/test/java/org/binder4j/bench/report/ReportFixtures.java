package org.binder4j.bench.report;

import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.LoadMode;
import org.binder4j.bench.LoadSpec;
import org.binder4j.bench.RunSpec;
import org.binder4j.bench.SystemId;
import org.binder4j.bench.SystemUnderTest;
import org.binder4j.bench.harness.Latencies;
import org.binder4j.bench.harness.RunOutcome;

/** Results with known numbers, as a run would have produced them. */
final class ReportFixtures {
    private ReportFixtures() {}

    /**
     * A closed-loop result of {@code calls} calls in 1 s, every call taking {@code micros} µs, the server
     * using {@code serverCpuMs} and the client 100 ms of CPU.
     */
    static RunResult result(SystemId id, String variant, BenchCase benchCase, int threads, long micros, long calls,
                            long serverCpuMs) {
        Histogram histogram = Latencies.newHistogram();
        histogram.recordValueWithCount(micros * 1000, calls);
        histogram.setStartTimeStamp(1_700_000_000_000L);
        histogram.setEndTimeStamp(1_700_000_001_000L);
        RunSpec spec = new RunSpec(new SystemUnderTest(id, variant),
                new LoadSpec(benchCase, threads, LoadMode.CLOSED_LOOP, 0, 1000, 1000));
        return RunResult.of(spec, List.of(new RunOutcome(calls, 1_000_000_000L, 100_000_000L, histogram)),
                Map.of("server", serverCpuMs * 1_000_000));
    }

    /** An idle result: no calls, {@code cpuMs} of server CPU over 10 s. */
    static RunResult idle(SystemId id, long clientCpuMs, long serverCpuMs) {
        RunSpec spec = new RunSpec(new SystemUnderTest(id, ""),
                new LoadSpec(BenchCase.IDLE, 1, LoadMode.CLOSED_LOOP, 0, 0, 10_000));
        return RunResult.of(spec, List.of(new RunOutcome(0, 10_000_000_000L, clientCpuMs * 1_000_000,
                Latencies.newHistogram())), Map.of("server", serverCpuMs * 1_000_000));
    }
}
