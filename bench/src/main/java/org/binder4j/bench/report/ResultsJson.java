package org.binder4j.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.binder4j.bench.BenchOptions;
import org.binder4j.bench.LoadMode;

/**
 * results.json: the run's facts, then one row per run. Every row has {@code system}, {@code case},
 * {@code threads}, {@code payload_bytes}, {@code p50_us}, {@code p90_us}, {@code p99_us}, {@code p999_us},
 * {@code ops_per_s} and {@code cpu_ms}; latencies and ops/s are null for the idle case. Extra fields say
 * the variant, mode, clients, calls and where the histogram is.
 */
final class ResultsJson {
    private ResultsJson() {}

    static String render(Report report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("command", report.commandLine());
        root.put("started", report.started().toString());
        root.put("elapsed_s", report.elapsed().toMillis() / 1000.0);
        root.put("settings", settings(report.options()));
        root.put("machine", machine(report.machine()));
        root.put("units", ordered(
                "latency", "microseconds; the round trip of one call (oneway: sending one call); fixed-rate runs count from when a late call was due",
                "ops_per_s", "calls completed per second, all client processes together (oneway: calls delivered to the server)",
                "cpu_ms", "CPU milliseconds of all processes of the system (clients, server, daemon or middle) during the measurement"));
        List<Object> rows = new ArrayList<>();
        for (RunResult result : report.results()) {
            rows.add(row(result));
        }
        root.put("rows", rows);
        List<Object> comparisons = new ArrayList<>();
        for (Comparison c : Comparison.of(report.results())) {
            comparisons.add(comparison(c));
        }
        root.put("comparisons", comparisons);
        List<Object> targets = new ArrayList<>();
        for (TargetCheck check : TargetCheck.evaluate(report.results())) {
            targets.add(ordered("target", check.target(), "measured", check.measured(), "status", check.status().text()));
        }
        root.put("targets", targets);
        List<Object> failures = new ArrayList<>();
        for (Failure failure : report.failures()) {
            failures.add(ordered("what", failure.what(), "reason", failure.reason()));
        }
        root.put("failures", failures);
        return Json.write(root);
    }

    static Map<String, Object> row(RunResult r) {
        boolean latency = r.hasLatency();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("system", r.spec().system().id().id());
        row.put("variant", r.spec().system().variant());
        row.put("case", r.spec().benchCase().id());
        row.put("threads", r.spec().load().threads());
        row.put("clients", r.spec().clients());
        row.put("mode", r.spec().modeLabel());
        row.put("rate_ops_per_s", r.spec().load().mode() == LoadMode.FIXED_RATE ? r.spec().load().rateOpsPerSecond() : null);
        row.put("payload_bytes", r.spec().benchCase().payloadBytes());
        row.put("calls", r.calls());
        row.put("duration_s", r.durationSeconds());
        row.put("p50_us", latency ? r.p50Micros() : null);
        row.put("p90_us", latency ? r.p90Micros() : null);
        row.put("p99_us", latency ? r.p99Micros() : null);
        row.put("p999_us", latency ? r.p999Micros() : null);
        row.put("max_us", latency ? r.maxMicros() : null);
        row.put("mean_us", latency ? r.meanMicros() : null);
        row.put("ops_per_s", latency ? r.opsPerSecond() : null);
        row.put("cpu_ms", r.cpuMs());
        row.put("cpu_cores", r.cpuCores());
        row.put("cpu_ms_by_process", r.cpuMsByProcess());
        row.put("hdr_file", latency ? Report.hdrFile(r) : null);
        return row;
    }

    private static Map<String, Object> comparison(Comparison c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("case", c.binder().spec().benchCase().id());
        row.put("threads", c.binder().spec().load().threads());
        row.put("mode", c.binder().spec().modeLabel());
        row.put("peer", c.peer().spec().system().label());
        row.put("p50_speedup", c.p50Speedup());
        row.put("p99_speedup", c.p99Speedup());
        row.put("throughput_ratio", c.throughputRatio());
        row.put("direction", "above 1 means binder4j is faster (peer latency / binder4j latency; binder4j ops/s / peer ops/s)");
        return row;
    }

    /** A map of the key-value pairs, in order. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> settings(BenchOptions options) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("quick", options.quick());
        settings.put("warmup_ms", options.durations().warmupMs());
        settings.put("measure_ms", options.durations().measureMs());
        settings.put("idle_ms", options.durations().idleMs());
        settings.put("fixed_rate_ops_per_s", options.rateOpsPerSecond());
        settings.put("spin_us", options.spinMicros());
        return settings;
    }

    private static Map<String, Object> machine(MachineFacts m) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", m.cores());
        machine.put("cpu", m.cpuModel());
        machine.put("memory", m.memory());
        machine.put("kernel", m.kernel());
        machine.put("jdk", m.jdk());
        machine.put("java_home", m.javaHome());
        machine.put("load_average_at_start", m.loadAverage());
        return machine;
    }
}
