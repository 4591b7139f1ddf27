package org.binder4j.bench.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.binder4j.bench.RunSpec;
import org.binder4j.bench.harness.Latencies;
import org.binder4j.bench.harness.RunOutcome;

/**
 * One row of the report: what a run measured across all its client processes.
 *
 * @param calls calls measured, all clients together
 * @param opsPerSecond the sum of each client's calls per second
 * @param durationSeconds the longest client's measured interval
 * @param cpuMsByProcess CPU milliseconds of each role ("client" sums all client processes)
 * @param histogram every call's latency in nanoseconds, all clients merged
 */
public record RunResult(RunSpec spec, long calls, double opsPerSecond, double durationSeconds,
                        Map<String, Double> cpuMsByProcess, Histogram histogram) {

    /** Merges what the clients reported with the CPU nanoseconds each server-side role used meanwhile. */
    public static RunResult of(RunSpec spec, List<RunOutcome> outcomes, Map<String, Long> serverCpuNanos) {
        Histogram merged = Latencies.newHistogram();
        long calls = 0;
        double opsPerSecond = 0;
        long longestNanos = 0;
        long clientCpuNanos = 0;
        for (RunOutcome outcome : outcomes) {
            merged.add(outcome.histogram());
            calls += outcome.calls();
            opsPerSecond += outcome.elapsedNanos() == 0 ? 0 : outcome.calls() * 1e9 / outcome.elapsedNanos();
            longestNanos = Math.max(longestNanos, outcome.elapsedNanos());
            clientCpuNanos += outcome.cpuNanos();
        }
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put("client", clientCpuNanos / 1e6);
        serverCpuNanos.forEach((role, nanos) -> cpu.put(role, nanos / 1e6));
        return new RunResult(spec, calls, opsPerSecond, longestNanos / 1e9, Collections.unmodifiableMap(cpu), merged);
    }

    /** Whether the run measured calls (the idle case does not). */
    public boolean hasLatency() {
        return calls > 0;
    }

    /** The latency at {@code percentile} (0..100) in microseconds. */
    public double percentileMicros(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    public double p50Micros() {
        return percentileMicros(50);
    }

    public double p90Micros() {
        return percentileMicros(90);
    }

    public double p99Micros() {
        return percentileMicros(99);
    }

    public double p999Micros() {
        return percentileMicros(99.9);
    }

    public double maxMicros() {
        return histogram.getMaxValue() / 1000.0;
    }

    public double meanMicros() {
        return histogram.getMean() / 1000.0;
    }

    /** CPU milliseconds of all processes of the system during the measurement. */
    public double cpuMs() {
        return cpuMsByProcess.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** {@code client 12 ms, daemon 3 ms, server 5 ms}. */
    public String cpuBreakdown() {
        StringBuilder text = new StringBuilder();
        cpuMsByProcess.forEach((role, ms) -> text.append(text.isEmpty() ? "" : ", ").append(role).append(' ')
                .append(Math.round(ms)).append(" ms"));
        return text.toString();
    }

    /** CPU used as a share of one core over the measured interval (1.0 = one core busy throughout). */
    public double cpuCores() {
        return durationSeconds == 0 ? 0 : cpuMs() / (durationSeconds * 1000);
    }
}
