package org.binder4j.it.cli;

import static org.binder4j.it.cli.CliServerMain.ECHO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.binder4j.IBinder;
import org.binder4j.ServiceManager;
import org.binder4j.it.Await;
import org.binder4j.it.DaemonWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code binder4j top} against a real daemon: frames, rates, the oldest transaction, JSON snapshots. */
@Timeout(300)
class TopCommandTest {
    private static DaemonWorld world;
    private static int server;
    private static IBinder echo;

    @BeforeAll
    static void startWorld() throws Exception {
        world = new DaemonWorld();
        server = world.startPeer(CliServerMain.class);
        echo = ServiceManager.of(world.client()).checkService(ECHO);
    }

    @AfterAll
    static void stopWorld() throws Exception {
        echo = null;
        if (world != null) {
            world.close();
        }
    }

    @Test
    void framesShowEachProcessWithTheCallsItReceivesAndSends() throws Exception {
        AtomicBoolean calling = new AtomicBoolean(true);
        CompletableFuture<Void> calls = CompletableFuture.runAsync(() -> {
            while (calling.get()) {
                CliServerMain.call(echo, CliServerMain.ARGUMENTS);
            }
        });
        Cli.Result top;
        try {
            top = Cli.run(world.socket(), "top", "-d", "0.5", "-n", "2");
        } finally {
            calling.set(false);
            calls.get();
        }

        assertEquals(0, top.exit(), top::toString);
        assertFalse(top.out().contains("\033["), "no terminal, no escape codes");
        assertFalse(top.out().contains("binder4j-top"), "top leaves itself out");
        List<String> frames = List.of(top.out().split("\n\n(?=binder4j top )"));
        assertEquals(2, frames.size(), top::toString);
        for (String frame : frames) {
            assertTrue(frame.matches("(?s)binder4j top  \\d{2}:\\d{2}:\\d{2}  every 0\\.\\d s  " + Pattern.quote(world.socket().toString())
                    + "\n\\d+ process(es)?, \\d+ threads? \\(\\d+ busy\\), [0-9.]+ transactions/s, .* copied, \\d+ in flight.*\n\n"
                    + "    PID NAME +UID THREADS BUSY +IN/s +OUT/s +OLDEST  BUFFER\n.*"), frame);
            assertTrue(rate(frame, server, 1) > 0, () -> "calls reach the server:\n" + frame);
            assertTrue(rate(frame, world.client().pid(), 2) > 0, () -> "the client sends calls:\n" + frame);
        }
    }

    @Test
    void jsonSnapshotsShowTheOldestTransactionAndTheBusyThread() throws Exception {
        CompletableFuture<Void> blocked = CompletableFuture.runAsync(() -> CliServerMain.call(echo, CliServerMain.BLOCK));
        Cli.Result top;
        try {
            Await.until("the call is being handled", () -> world.debugView("transactions").contains("incoming transaction"));
            top = Cli.run(world.socket(), "top", "-d", "0.2", "-n", "2", "--json");
        } finally {
            CliServerMain.call(echo, CliServerMain.RELEASE);
            blocked.get();
        }

        assertEquals(0, top.exit(), top::toString);
        List<String> snapshots = top.out().lines().toList();
        assertEquals(2, snapshots.size(), top::toString);
        for (String snapshot : snapshots) {
            assertTrue(snapshot.matches("\\{\"time\":\"[0-9:]{8}\",\"intervalSeconds\":[0-9.E-]+,\"totals\":\\{\"processes\":\\d+,"
                    + ".*\"oldestTransactionMs\":\\d+\\},\"processes\":\\[.*\\]\\}"), snapshot);
            assertTrue(snapshot.matches(".*\\{\"pid\":" + server + ",\"name\":\"java\",\"uid\":0,\"threads\":\\d+,"
                    + "\"busyThreads\":[1-9]\\d*,\"callsInPerSecond\":[0-9.E-]+,\"callsOutPerSecond\":[0-9.E-]+,"
                    + "\"oldestTransactionMs\":\\d+,\"bufferBytesInUse\":[1-9]\\d*,\"bufferBytes\":1040384\\}.*"), snapshot);
        }
    }

    @Test
    void badOptionsExitWithTwo() throws Exception {
        Cli.Result frames = Cli.run(world.socket(), "top", "-n", "0").assertCleanFailure();
        Cli.Result interval = Cli.run(world.socket(), "top", "-d", "-1").assertCleanFailure();

        assertEquals(2, frames.exit(), frames::toString);
        assertTrue(frames.err().startsWith("binder4j top: option -n needs a whole number of at least 1, not '0'\n"));
        assertEquals(2, interval.exit(), interval::toString);
        assertTrue(interval.err().startsWith("binder4j top: option -d needs a number greater than 0, not '-1'\n"));
    }

    /** Column {@code column} (1: IN/s, 2: OUT/s) of the row of {@code pid} in a text frame. */
    private static double rate(String frame, int pid, int column) {
        Matcher row = Pattern.compile("(?m)^ +" + pid + " \\S+ +\\d+ +\\d+ +\\d+ +([0-9.]+) +([0-9.]+) .*$").matcher(frame);
        assertTrue(row.find(), () -> "no row for pid " + pid + " in\n" + frame);
        return Double.parseDouble(row.group(column));
    }
}
