package org.binder4j.cli.top;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.binder4j.cli.debug.DriverViewReader;
import org.binder4j.cli.support.Command;
import org.binder4j.cli.support.CommandLine;
import org.binder4j.cli.support.DaemonAccess;
import org.binder4j.cli.support.Json;
import org.binder4j.protocol.DriverSession;

/**
 * {@code binder4j top}: the driver's processes, refreshed every interval. On a terminal each frame
 * replaces the previous one (ANSI clear and home); otherwise frames follow each other, separated by a
 * blank line; {@code --json} prints one JSON object per frame and line.
 */
public final class TopCommand implements Command {
    private static final String CLEAR_AND_HOME = "\033[H\033[2J";
    private static final String PROCESS_NAME = "binder4j-top";

    @Override
    public String name() {
        return "top";
    }

    @Override
    public String summary() {
        return """
                top [-d SECONDS] [-n FRAMES]
                live view: processes, busy threads, transactions/s, oldest transaction, buffers""";
    }

    @Override
    public String help() {
        return """
                usage: binder4j top [-d SECONDS] [-n FRAMES] [--json] [--socket PATH]

                Samples the driver's stats and transactions views every interval and shows, after a
                summary line, one row per process, busiest first:
                  PID NAME UID     the process as the driver knows it (name from its connection)
                  THREADS BUSY     its binder threads, and those not idle in its pool
                  IN/s OUT/s       transactions delivered to it, and sent by it, per second
                  OLDEST           the age of the oldest transaction it is making, handling or has queued
                  BUFFER           how much of its receive area unfreed buffers hold
                The first frame comes after one interval: every rate covers the interval before it.

                options:
                  -d SECONDS  interval between frames (default 2; fractions allowed)
                  -n FRAMES   stop after this many frames (default: until interrupted)
                  --json      one JSON object per frame and line, with the same numbers
                """ + DaemonAccess.SOCKET_HELP + """

                examples:
                  binder4j top
                  binder4j top -d 0.5 -n 1
                  binder4j top -n 10 --json | jq '.totals.transactionsPerSecond'
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        CommandLine line = CommandLine.parse(args, CommandLine.spec().flag("--json").option("-d", "-n", DaemonAccess.SOCKET));
        line.operands(0, 0, "");
        long intervalNanos = Math.round(line.positiveValue("-d", 2) * 1e9);
        int frames = line.intValue("-n", Integer.MAX_VALUE, 1);
        boolean json = line.flag("--json");
        Console console = System.console();
        boolean redraw = !json && out == System.out && console != null && console.isTerminal();
        Path socket = DaemonAccess.socket(line);
        try (DriverSession session = DaemonAccess.viewSession(socket, PROCESS_NAME)) {
            DriverViewReader views = new DriverViewReader(session, socket);
            TopSnapshot.Sample previous = sample(views);
            long next = previous.nanos();
            for (int frame = 0; frame < frames; frame++) {
                next += intervalNanos;
                TimeUnit.NANOSECONDS.sleep(next - System.nanoTime());
                TopSnapshot.Sample now = sample(views);
                TopSnapshot snapshot = TopSnapshot.between(previous, now, session.pid(), PROCESS_NAME);
                if (json) {
                    out.println(Json.compact(snapshot));
                } else {
                    out.print((redraw ? CLEAR_AND_HOME : frame > 0 ? "\n" : "") + render(snapshot, socket));
                }
                out.flush();
                previous = now;
            }
        }
        return 0;
    }

    private static TopSnapshot.Sample sample(DriverViewReader views) {
        return new TopSnapshot.Sample(System.nanoTime(), views.stats(), views.state("transactions"));
    }

    static String render(TopSnapshot snapshot, Path socket) {
        TopSnapshot.Totals totals = snapshot.totals();
        StringBuilder out = new StringBuilder(1024);
        out.append(String.format(Locale.ROOT, "binder4j top  %s  every %.1f s  %s%n", snapshot.time(),
                snapshot.intervalSeconds(), socket));
        out.append(String.format(Locale.ROOT, "%s, %s (%d busy), %.1f transactions/s, %s/s copied, %d in flight%s%n%n",
                count(totals.processes(), "process", "processes"), count(totals.threads(), "thread", "threads"),
                totals.busyThreads(),
                totals.transactionsPerSecond(), bytes(Math.round(totals.bytesCopiedPerSecond())),
                totals.transactionsInFlight(),
                totals.oldestTransactionMs() == null ? "" : " (oldest " + totals.oldestTransactionMs() + " ms)"));
        out.append(String.format(Locale.ROOT, "%7s %-20s %6s %7s %4s %8s %8s %8s  %s%n", "PID", "NAME", "UID", "THREADS",
                "BUSY", "IN/s", "OUT/s", "OLDEST", "BUFFER"));
        for (TopSnapshot.Process p : snapshot.processes()) {
            String name = p.name().length() > 20 ? p.name().substring(0, 19) + "~" : p.name();
            String oldest = p.oldestTransactionMs() == null ? "-" : p.oldestTransactionMs() + "ms";
            String buffer = p.bufferBytes() == 0 ? "none"
                    : String.format(Locale.ROOT, "%.0f%% of %s", 100.0 * p.bufferBytesInUse() / p.bufferBytes(),
                            bytes(p.bufferBytes()));
            out.append(String.format(Locale.ROOT, "%7d %-20s %6d %7d %4d %8.1f %8.1f %8s  %s%n", p.pid(), name, p.uid(),
                    p.threads(), p.busyThreads(), p.callsInPerSecond(), p.callsOutPerSecond(), oldest, buffer));
        }
        return out.toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Bytes for a person: B, KiB or MiB with one decimal. */
    private static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        return n < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KiB", n / 1024.0)
                : String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
    }
}
