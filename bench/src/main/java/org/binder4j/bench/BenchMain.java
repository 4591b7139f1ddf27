package org.binder4j.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.binder4j.bench.jmh.JmhMain;
import org.binder4j.bench.report.MachineFacts;
import org.binder4j.bench.report.Report;
import org.binder4j.bench.report.ReportWriter;
import org.binder4j.bench.report.TargetCheck;
import org.binder4j.bench.run.BenchRunner;
import org.binder4j.bench.run.ChildLauncher;
import org.binder4j.bench.run.WorkDir;

/** {@code binder4j bench}: see {@link BenchOptions#usage()}. */
public final class BenchMain {
    static final int EXIT_FAILURES = 1;
    static final int EXIT_USAGE = 2;
    private static final DateTimeFormatter DIRECTORY_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length > 0 && args[0].equals("jmh")) {
            JmhMain.run(Arrays.copyOfRange(args, 1, args.length));
            return 0;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("binder4j bench: " + e.getMessage());
            err.println("binder4j bench --help lists the options");
            return EXIT_USAGE;
        }
        if (options.help()) {
            out.print(BenchOptions.usage());
            return 0;
        }
        RunPlan plan = RunPlan.of(options);
        if (plan.runCount() == 0) {
            err.println("binder4j bench: nothing to run: none of " + options.systems().stream().map(SystemId::id).toList()
                    + " runs any of " + options.effectiveCases().stream().map(BenchCase::id).toList());
            return EXIT_USAGE;
        }
        Path dir = resultDirectory(options.outDir()); // created when there are results to put in it
        out.printf(Locale.ROOT, "binder4j bench: %d runs on %d systems, about %d min; results in %s%n", plan.runCount(),
                plan.groups().size(), Math.max(1, Math.round(plan.estimatedMs() / 60_000.0)), dir);
        MachineFacts machine = MachineFacts.read();
        Instant started = Instant.now();
        BenchRunner.Outcome outcome;
        Path jfrDir = options.jfr() ? Files.createDirectories(dir.resolve("jfr")) : null;
        try (ChildLauncher launcher = new ChildLauncher(WorkDir.create(), jfrDir)) {
            outcome = new BenchRunner(launcher, options, plan, out).run();
        }
        Report report = new Report(commandLine(args), started, Duration.between(started, Instant.now()), machine, options,
                outcome.results(), outcome.failures());
        ReportWriter.write(report, Files.createDirectories(dir));
        summarize(out, report, dir);
        return outcome.failures().isEmpty() ? 0 : EXIT_FAILURES;
    }

    private static void summarize(PrintStream out, Report report, Path dir) {
        out.println("[100%] done: " + report.results().size() + " runs measured"
                + (report.failures().isEmpty() ? "" : ", " + report.failures().size() + " failed (see results.md)"));
        for (TargetCheck check : TargetCheck.evaluate(report.results())) {
            out.println("  " + check.status().text() + ": " + check.target() + " (" + check.measured() + ")");
        }
        out.println("report: " + dir.resolve("results.md"));
    }

    /** {@code DIR/<timestamp>}, with a suffix if that exists already. */
    private static Path resultDirectory(Path outDir) {
        String name = LocalDateTime.now().format(DIRECTORY_NAME);
        Path dir = outDir.resolve(name);
        for (int i = 2; Files.exists(dir); i++) {
            dir = outDir.resolve(name + "-" + i);
        }
        return dir;
    }

    /** The command as typed, quoting arguments that need it. */
    static String commandLine(String[] args) {
        List<String> words = Arrays.stream(args)
                .map(arg -> arg.isEmpty() || arg.matches(".*[^A-Za-z0-9_./,=:@%+-].*") ? "'" + arg.replace("'", "'\\''") + "'" : arg)
                .toList();
        return ("binder4j bench " + words.stream().collect(Collectors.joining(" "))).trim();
    }
}
