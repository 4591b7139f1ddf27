package org.binder4j.cli.top;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.binder4j.cli.debug.StateView;
import org.binder4j.cli.debug.StatsView;

/**
 * One frame of {@code top}: the driver's processes with their rates over the interval since the previous
 * sample, busiest first. Rates come from the stats counters' deltas; a process that appeared during the
 * interval counts from zero.
 */
record TopSnapshot(String time, double intervalSeconds, Totals totals, List<Process> processes) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * @param transactionsPerSecond sync and oneway calls sent (BC_TRANSACTION), all processes
     * @param transactionsInFlight transactions the driver holds (calls and replies not yet done)
     * @param oldestTransactionMs the age of the oldest of them, null when there is none
     */
    record Totals(int processes, int threads, int busyThreads, double transactionsPerSecond,
            double bytesCopiedPerSecond, long transactionsInFlight, Long oldestTransactionMs) {}

    /**
     * @param busyThreads threads not idle in the pool: handling or making a call, or not pool threads
     * @param callsInPerSecond transactions delivered to it (BR_TRANSACTION)
     * @param callsOutPerSecond transactions it sent (BC_TRANSACTION)
     * @param oldestTransactionMs the age of the oldest transaction it is making, handling or has queued;
     *     null when there is none
     * @param bufferBytesInUse bytes of its receive area held by buffers not yet freed
     */
    record Process(int pid, String name, long uid, int threads, int busyThreads, double callsInPerSecond,
            double callsOutPerSecond, Long oldestTransactionMs, long bufferBytesInUse, long bufferBytes) {}

    /** A sample of the driver's views at a time ({@link System#nanoTime()}). */
    record Sample(long nanos, StatsView stats, StateView transactions) {}

    /**
     * The frame for {@code now}, with rates since {@code before}; {@code hidden} is the process that
     * samples (top itself), left out.
     */
    static TopSnapshot between(Sample before, Sample now, int hiddenPid, String hiddenName) {
        double seconds = Math.max(1e-9, (now.nanos() - before.nanos()) / 1e9);
        Map<String, StatsView.Proc> previous = new HashMap<>();
        for (StatsView.Proc proc : before.stats().procs()) {
            previous.put(key(proc), proc);
        }
        List<Process> processes = new ArrayList<>();
        int threads = 0;
        int busy = 0;
        long oldest = -1;
        for (StatsView.Proc proc : now.stats().procs()) {
            if (proc.pid() == hiddenPid && proc.name().equals(hiddenName)) {
                continue;
            }
            StatsView.Proc was = previous.get(key(proc));
            long in = proc.counter("BR_TRANSACTION") - (was == null ? 0 : was.counter("BR_TRANSACTION"));
            long out = sent(proc) - (was == null ? 0 : sent(was));
            long procOldest = now.transactions().oldestTransactionMs(proc.pid());
            int procBusy = Math.max(0, proc.threads() - proc.readyThreads());
            processes.add(new Process(proc.pid(), proc.name(), proc.uid(), proc.threads(), procBusy, in / seconds,
                    out / seconds, procOldest < 0 ? null : procOldest, proc.bufferBytesInUse(), proc.bufferBytes()));
            threads += proc.threads();
            busy += procBusy;
            oldest = Math.max(oldest, procOldest);
        }
        processes.sort(Comparator.comparingDouble((Process p) -> -(p.callsInPerSecond() + p.callsOutPerSecond()))
                .thenComparingInt(Process::pid));
        StatsView.Objects inFlight = now.stats().objects().get("transaction");
        Totals totals = new Totals(processes.size(), threads, busy,
                (sent(now.stats()) - sent(before.stats())) / seconds,
                (now.stats().bytesCopied() - before.stats().bytesCopied()) / seconds,
                inFlight == null ? 0 : inFlight.active(), oldest < 0 ? null : oldest);
        return new TopSnapshot(LocalTime.now().format(TIME), seconds, totals, processes);
    }

    private static String key(StatsView.Proc proc) {
        return proc.pid() + "/" + proc.name();
    }

    private static long sent(StatsView.Proc proc) {
        return proc.counter("BC_TRANSACTION") + proc.counter("BC_TRANSACTION_SG");
    }

    private static long sent(StatsView stats) {
        return stats.counter("BC_TRANSACTION") + stats.counter("BC_TRANSACTION_SG");
    }
}
