package org.binder4j.bench.run;

import java.io.PrintStream;
import java.util.Locale;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.LoadMode;
import org.binder4j.bench.RunPlan;
import org.binder4j.bench.RunSpec;
import org.binder4j.bench.SystemUnderTest;
import org.binder4j.bench.report.Failure;
import org.binder4j.bench.report.RunResult;

/** Progress lines: which system and case runs, the share of the plan done, and each run's headline numbers. */
final class Progress {
    private final PrintStream out;
    private final long totalMs;
    private long doneMs;

    Progress(PrintStream out, RunPlan plan) {
        this.out = out;
        this.totalMs = Math.max(1, plan.estimatedMs());
    }

    void systemStarting(SystemUnderTest system) {
        out.printf("%s %s: starting its processes%n", percent(), system.label());
        out.flush();
    }

    void systemStarted() {
        doneMs += RunPlan.systemStartMs();
    }

    void runStarting(RunSpec run) {
        String clients = run.clients() > 1 ? run.clients() + " client processes" : "1 client process";
        if (run.benchCase() == BenchCase.IDLE) {
            out.printf(Locale.ROOT, "%s %s: %s, settling, then idle for %.1f s%n", percent(), run.title(), clients,
                    run.load().measureMs() / 1000.0);
        } else {
            out.printf(Locale.ROOT, "%s %s: %s%s, warm-up %.1f s, measuring %.1f s%n", percent(), run.title(), clients,
                    run.load().mode() == LoadMode.FIXED_RATE ? " at " + run.load().rateOpsPerSecond() + " calls/s" : "",
                    run.load().warmupMs() / 1000.0, run.load().measureMs() / 1000.0);
        }
        out.flush();
    }

    void note(String text) {
        out.println("        " + text);
        out.flush();
    }

    void runDone(RunSpec run, RunResult result) {
        doneMs += RunPlan.estimatedMs(run);
        if (result.hasLatency()) {
            out.printf(Locale.ROOT, "        p50 %.1f µs, p99 %.1f µs, p99.9 %.1f µs, %.0f ops/s, CPU %.0f ms%n",
                    result.p50Micros(), result.p99Micros(), result.p999Micros(), result.opsPerSecond(), result.cpuMs());
        } else {
            out.printf(Locale.ROOT, "        CPU %.0f ms over %.1f s (%.2f%% of one core)%n", result.cpuMs(),
                    result.durationSeconds(), 100 * result.cpuCores());
        }
        out.flush();
    }

    void skipped(long estimatedMs) {
        doneMs += estimatedMs;
    }

    void failed(Failure failure) {
        out.println("        FAILED " + failure.what() + ": " + failure.reason().replace("\n", "\n        "));
        out.flush();
    }

    private String percent() {
        return String.format(Locale.ROOT, "[%3d%%]", Math.min(99, doneMs * 100 / totalMs));
    }
}
