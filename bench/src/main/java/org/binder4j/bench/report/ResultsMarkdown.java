package org.binder4j.bench.report;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.BenchOptions;
import org.binder4j.bench.LoadSpec;
import org.binder4j.bench.SystemId;

/** results.md: how the run was made and on what, the table of every run, the ratios, and the targets. */
final class ResultsMarkdown {
    private ResultsMarkdown() {}

    static String render(Report report, List<String> charts) {
        StringBuilder md = new StringBuilder();
        BenchOptions options = report.options();
        BenchOptions.Durations d = options.durations();
        md.append("# binder4j benchmark, ").append(report.started().truncatedTo(ChronoUnit.SECONDS)).append("\n\n");
        md.append("Command: `").append(report.commandLine()).append("`  \n");
        md.append(format("Took %s. %s: warm-up %.1f s (and on until %d calls per thread, at most %dx as long) and"
                        + " measurement %.1f s per run, idle %.1f s; fixed-rate runs at %d calls/s per client process;"
                        + " spin-then-block floors poll %d µs before sleeping.%n%n",
                minutes(report.elapsed()), options.quick() ? "Quick mode" : "Full mode", d.warmupMs() / 1000.0,
                LoadSpec.WARMUP_CALLS, LoadSpec.WARMUP_CAP_FACTOR, d.measureMs() / 1000.0, d.idleMs() / 1000.0,
                options.rateOpsPerSecond(), options.spinMicros()));
        machine(md, report.machine());
        table(md, report.results());
        comparisons(md, Comparison.of(report.results()));
        targets(md, TargetCheck.evaluate(report.results()));
        systems(md);
        files(md, charts);
        failures(md, report.failures());
        return md.toString();
    }

    private static void machine(StringBuilder md, MachineFacts m) {
        md.append("## Machine\n\n");
        md.append("| cores | CPU | memory | kernel | JDK | load average at start |\n|---|---|---|---|---|---|\n");
        md.append(format("| %d | %s | %s | %s | %s (%s) | %s |%n%n", m.cores(), m.cpuModel(), m.memory(), m.kernel(),
                m.jdk(), m.javaHome(), m.loadAverage()));
        md.append("Numbers compare only within one run on one machine: read the ratios, not the absolute values "
                + "from another machine. A machine busy with other work makes every number meaningless.\n\n");
    }

    private static void table(StringBuilder md, List<RunResult> results) {
        md.append("## Results\n\n");
        md.append("Latency: the round trip of one call in µs (oneway: the time to send one call); a fixed-rate run"
                + " times a late call from when it was due (no coordinated omission). ops/s: calls per second, all"
                + " client processes together (oneway: calls delivered to the server). CPU: all processes of the"
                + " system (clients, server, daemon or middle) during the measurement; cores = CPU time / wall time."
                + " Idle is measured once the processes have settled (no CPU used for 0.5 s, or after 15 s).\n\n");
        md.append("| system | case | threads | clients | mode | payload B | p50 µs | p90 µs | p99 µs | p99.9 µs | max µs "
                + "| ops/s | CPU ms | CPU cores |\n");
        md.append("|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RunResult r : results) {
            boolean latency = r.hasLatency();
            md.append(format("| %s | %s | %d | %d | %s | %d | %s | %s | %s | %s | %s | %s | %.0f | %.3f |%n",
                    r.spec().system().label(), r.spec().benchCase().id(), r.spec().load().threads(), r.spec().clients(),
                    r.spec().modeLabel(), r.spec().benchCase().payloadBytes(),
                    latency ? micros(r.p50Micros()) : "-", latency ? micros(r.p90Micros()) : "-",
                    latency ? micros(r.p99Micros()) : "-", latency ? micros(r.p999Micros()) : "-",
                    latency ? micros(r.maxMicros()) : "-", latency ? format("%.0f", r.opsPerSecond()) : "-",
                    r.cpuMs(), r.cpuCores()));
        }
        md.append('\n');
    }

    private static void comparisons(StringBuilder md, List<Comparison> comparisons) {
        md.append("## binder4j against each peer\n\n");
        md.append("**Every ratio reads the same way: above 1 means binder4j is faster, below 1 slower.** "
                + "Latency speed-up = peer latency ÷ binder4j latency; throughput ratio = binder4j ops/s ÷ peer ops/s.\n\n");
        if (comparisons.isEmpty()) {
            md.append("No comparison: this run has no binder4j result next to a peer's under the same load.\n\n");
            return;
        }
        md.append("| case | threads | mode | peer | p50 speed-up | p99 speed-up | throughput ratio |\n");
        md.append("|---|---:|---|---|---:|---:|---:|\n");
        for (Comparison c : comparisons) {
            md.append(format("| %s | %d | %s | %s | %.2fx | %.2fx | %.2fx |%n", c.binder().spec().benchCase().id(),
                    c.binder().spec().load().threads(), c.binder().spec().modeLabel(), c.peer().spec().system().label(),
                    c.p50Speedup(), c.p99Speedup(), c.throughputRatio()));
        }
        md.append('\n');
    }

    private static void targets(StringBuilder md, List<TargetCheck> checks) {
        md.append("## Targets (issue 4)\n\n");
        md.append("Judged on p50 of one client thread in closed loop, except where stated.\n\n");
        md.append("| target | measured | status |\n|---|---|---|\n");
        for (TargetCheck check : checks) {
            md.append("| ").append(check.target()).append(" | ").append(check.measured()).append(" | ")
                    .append(check.status() == TargetCheck.Status.MET ? check.status().text() : "**" + check.status().text() + "**")
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void systems(StringBuilder md) {
        md.append("## Systems and cases\n\n");
        for (SystemId id : SystemId.values()) {
            md.append("- **").append(id.id()).append("**: ").append(id.description()).append('\n');
        }
        md.append('\n');
        for (BenchCase c : BenchCase.values()) {
            md.append("- **").append(c.id()).append("**: ").append(c.description()).append('\n');
        }
        md.append('\n');
    }

    private static void files(StringBuilder md, List<String> charts) {
        md.append("## Files\n\n");
        md.append("- `results.json`: the same rows (`system`, `case`, `threads`, `payload_bytes`, `p50_us`, `p90_us`, "
                + "`p99_us`, `p999_us`, `ops_per_s`, `cpu_ms`, and more), the comparisons and the targets.\n");
        md.append("- `hdr/*.hdr`: each run's histogram as an HdrHistogram log (HistogramLogWriter format, one interval, "
                + "values in nanoseconds); read it with `HistogramLogReader` or HdrHistogram's log tools.\n");
        for (String chart : charts) {
            md.append("- `").append(chart).append("`: percentile distribution, one line per system, log scales\n");
        }
        md.append('\n');
    }

    private static void failures(StringBuilder md, List<Failure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        md.append("## Failures\n\n");
        for (Failure failure : failures) {
            md.append("### ").append(failure.what()).append("\n\n```\n").append(failure.reason()).append("\n```\n\n");
        }
    }

    private static String micros(double value) {
        return format(value < 10 ? "%.2f" : value < 1000 ? "%.1f" : "%.0f", value);
    }

    private static String minutes(Duration elapsed) {
        return format("%d min %02d s", elapsed.toMinutes(), elapsed.toSecondsPart());
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
