package org.binder4j.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of one {@code binder4j bench}, grouped by system under test (each group shares the system's
 * server processes). Small calls run closed loop with 1, 2 and 4 client threads and at a fixed rate with
 * the same thread counts ({@code --quick}: 1 and 2 closed loop, 1 at a fixed rate); the other cases run one
 * thread, closed loop. A system runs the cases it {@link SystemId#supports supports}.
 */
public record RunPlan(Map<SystemUnderTest, List<RunSpec>> groups) {
    /** What starting a system and finishing a run cost on top of the timed phases, for progress estimates. */
    private static final long SYSTEM_START_MS = 3_000;
    private static final long RUN_OVERHEAD_MS = 1_000;

    public static RunPlan of(BenchOptions options) {
        BenchOptions.Durations durations = options.durations();
        Map<SystemUnderTest, List<RunSpec>> groups = new LinkedHashMap<>();
        for (SystemId id : options.systems()) {
            for (String variant : id.variants()) {
                SystemUnderTest system = new SystemUnderTest(id, variant);
                List<RunSpec> runs = new ArrayList<>();
                for (BenchCase benchCase : options.effectiveCases()) {
                    for (LoadSpec load : loads(benchCase, options, durations)) {
                        if (id.supports(benchCase, load.threads())) {
                            runs.add(new RunSpec(system, load));
                        }
                    }
                }
                if (!runs.isEmpty()) {
                    groups.put(system, List.copyOf(runs));
                }
            }
        }
        return new RunPlan(groups);
    }

    private static List<LoadSpec> loads(BenchCase benchCase, BenchOptions options, BenchOptions.Durations d) {
        List<LoadSpec> loads = new ArrayList<>();
        switch (benchCase) {
            case SMALL -> {
                for (int threads : options.quick() ? new int[] {1, 2} : new int[] {1, 2, 4}) {
                    loads.add(new LoadSpec(benchCase, threads, LoadMode.CLOSED_LOOP, 0, d.warmupMs(), d.measureMs()));
                }
                for (int threads : options.quick() ? new int[] {1} : new int[] {1, 2, 4}) {
                    loads.add(new LoadSpec(benchCase, threads, LoadMode.FIXED_RATE, options.rateOpsPerSecond(),
                            d.warmupMs(), d.measureMs()));
                }
            }
            case IDLE -> loads.add(new LoadSpec(benchCase, 1, LoadMode.CLOSED_LOOP, 0, 0, d.idleMs()));
            default -> loads.add(new LoadSpec(benchCase, 1, LoadMode.CLOSED_LOOP, 0, d.warmupMs(), d.measureMs()));
        }
        return loads;
    }

    public int runCount() {
        return groups.values().stream().mapToInt(List::size).sum();
    }

    /** A rough duration of the whole plan, for progress percentages. */
    public long estimatedMs() {
        long total = 0;
        for (List<RunSpec> runs : groups.values()) {
            total += SYSTEM_START_MS;
            for (RunSpec run : runs) {
                total += estimatedMs(run);
            }
        }
        return total;
    }

    /** A rough duration of one run. */
    public static long estimatedMs(RunSpec run) {
        return run.load().warmupMs() + run.load().measureMs() + RUN_OVERHEAD_MS * run.clients();
    }

    public static long systemStartMs() {
        return SYSTEM_START_MS;
    }
}
