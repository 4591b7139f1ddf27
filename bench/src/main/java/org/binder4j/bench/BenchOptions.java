package org.binder4j.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The options of {@code binder4j bench}.
 *
 * @param systems the systems to run, in the order given by {@link SystemId}
 * @param cases the cases to run; empty means the default set of the mode
 * @param rateOpsPerSecond the rate of the fixed-rate runs, per client process
 * @param spinMicros how long the spin-then-block floors poll before they sleep
 * @param jfr whether every child JVM records a JFR profile into the result directory
 */
public record BenchOptions(boolean quick, Path outDir, List<SystemId> systems, List<BenchCase> cases,
                           int rateOpsPerSecond, long spinMicros, boolean jfr, boolean help) {
    public static final Path DEFAULT_OUT_DIR = Path.of("bench-results");
    public static final int DEFAULT_RATE_OPS_PER_SECOND = 2000;
    public static final long DEFAULT_SPIN_MICROS = 50;

    /** Measurement settings of a mode. */
    public record Durations(long warmupMs, long measureMs, long idleMs) {}

    private static final Durations QUICK = new Durations(1_000, 2_000, 3_000);
    private static final Durations FULL = new Durations(3_000, 10_000, 10_000);

    public Durations durations() {
        return quick ? QUICK : FULL;
    }

    /** The cases to run: those asked for, else every case ({@code --quick}: all but {@code clients20}). */
    public List<BenchCase> effectiveCases() {
        if (!cases.isEmpty()) {
            return cases;
        }
        return Arrays.stream(BenchCase.values()).filter(c -> !quick || c != BenchCase.CLIENTS_20).toList();
    }

    /**
     * Parses the arguments after {@code bench}.
     *
     * @throws IllegalArgumentException naming the bad argument
     */
    public static BenchOptions parse(String... args) {
        boolean quick = false;
        boolean help = false;
        boolean jfr = false;
        Path outDir = DEFAULT_OUT_DIR;
        List<SystemId> systems = List.of(SystemId.values());
        List<BenchCase> cases = List.of();
        int rate = DEFAULT_RATE_OPS_PER_SECOND;
        long spin = DEFAULT_SPIN_MICROS;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> quick = true;
                case "--jfr" -> jfr = true;
                case "--help", "-h" -> help = true;
                case "--out" -> outDir = Path.of(value(args, i++));
                case "--only" -> systems = inEnumOrder(list(value(args, i++)).stream().map(SystemId::fromId).toList());
                case "--cases" -> cases = inCaseOrder(list(value(args, i++)).stream().map(BenchCase::fromId).toList());
                case "--rate" -> rate = (int) positive(arg, value(args, i++), Integer.MAX_VALUE);
                case "--spin-us" -> spin = positive(arg, value(args, i++), 1_000_000);
                default -> throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
        }
        return new BenchOptions(quick, outDir, systems, cases, rate, spin, jfr, help);
    }

    /** The help text, with an example. */
    public static String usage() {
        return """
                usage: binder4j bench [--quick] [--out DIR] [--only SYSTEM[,..]] [--cases CASE[,..]]
                                      [--rate OPS] [--spin-us N] [--jfr]
                       binder4j bench jmh [JMH options]

                Measures binder4j against its peers and the physical floors on this machine, each system in
                JVMs of its own (client, server, and daemon or middle where the design has one), and writes
                DIR/<timestamp>/results.json, results.md (table, ratios, targets), hdr/*.hdr (HdrHistogram
                logs, nanoseconds) and chart-*.png (percentile distributions, log scales).

                options:
                  --quick            short warm-up and measurement, fewer thread counts, no clients20 (under 5 min)
                  --out DIR          where the timestamped result directory goes (default bench-results)
                  --only SYSTEMS     systems to run: %s
                  --cases CASES      cases to run: %s
                  --rate OPS         calls per second per client process in the fixed-rate runs (default %d)
                  --spin-us N        how long the spin-then-block floors poll before sleeping (default %d)
                  --jfr              profile every JVM of the run with Java Flight Recorder (settings=profile):
                                     DIR/<timestamp>/jfr/<main class>-<pid>.jfr; read one with
                                     jfr view hot-methods FILE (this perturbs the numbers a little)
                  --help             this text

                jmh: runs the JMH microbenchmarks (Parcel, the driver's transaction step, the receive-area
                allocator, an in-process transact, payload copies) with the GC profiler; JMH options pass
                through, e.g.
                  binder4j bench jmh -f 1 -wi 2 -i 3 Parcel

                examples:
                  binder4j bench --quick
                  binder4j bench --only binder4j,rmi,futex-relay --cases small,echo-512k
                """.formatted(SystemId.ids(), BenchCase.ids(), DEFAULT_RATE_OPS_PER_SECOND, DEFAULT_SPIN_MICROS);
    }

    private static String value(String[] args, int i) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("empty list '" + value + "'");
        }
        return items;
    }

    private static long positive(String option, String value, long max) {
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " " + value + " is not a number");
        }
        if (number < 1 || number > max) {
            throw new IllegalArgumentException(option + " " + value + " is not within 1.." + max);
        }
        return number;
    }

    private static List<SystemId> inEnumOrder(List<SystemId> chosen) {
        return Arrays.stream(SystemId.values()).filter(chosen::contains).toList();
    }

    private static List<BenchCase> inCaseOrder(List<BenchCase> chosen) {
        return Arrays.stream(BenchCase.values()).filter(chosen::contains).toList();
    }
}
