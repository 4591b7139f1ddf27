package org.binder4j.bench.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.binder4j.bench.BenchOptions;

/** Everything one {@code binder4j bench} produced, for the report writers. */
public record Report(String commandLine, Instant started, Duration elapsed, MachineFacts machine, BenchOptions options,
                     List<RunResult> results, List<Failure> failures) {

    /** This report with one more failure. */
    public Report withFailure(Failure failure) {
        List<Failure> all = new ArrayList<>(failures);
        all.add(failure);
        return new Report(commandLine, started, elapsed, machine, options, results, List.copyOf(all));
    }

    /** The file of a run's histogram, relative to the result directory. */
    public static String hdrFile(RunResult result) {
        return "hdr/" + stem(result) + ".hdr";
    }

    /** {@code label_case_tN_mode}, with the variant's slash made a dash, e.g. {@code futex-relay-spin_small_t1_closed-loop}. */
    static String stem(RunResult result) {
        return result.spec().system().label().replace('/', '-') + "_" + result.spec().benchCase().id() + "_t"
                + result.spec().load().threads() + "_" + result.spec().modeLabel();
    }
}
