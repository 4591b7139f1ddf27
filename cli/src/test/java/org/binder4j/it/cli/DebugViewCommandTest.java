package org.binder4j.it.cli;

import static org.binder4j.it.cli.CliServerMain.ECHO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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

/**
 * {@code binder4j state|stats|transactions|transaction-log|failed-transaction-log} against a real daemon
 * (scenarios 77–79), as text and as JSON.
 */
@Timeout(300)
class DebugViewCommandTest {
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
    void scenario77_stateShowsEachProcessWithThreadsTransactionsNodesRefsAndBuffers() throws Exception {
        CompletableFuture<Void> blocked = CompletableFuture.runAsync(() -> CliServerMain.call(echo, CliServerMain.BLOCK));
        try {
            Await.until("the call is being handled", () -> world.debugView("transactions").contains("incoming transaction"));

            Cli.Result state = Cli.run(world.socket(), "state");
            Cli.Result transactions = Cli.run(world.socket(), "transactions");
            Cli.Result json = Cli.run(world.socket(), "state", "--json");

            assertEquals(0, state.exit(), state::toString);
            String serverSection = section(state.out(), server);
            String clientSection = section(state.out(), world.client().pid());
            assertMatches(serverSection, "  thread \\d+: l [0-9a-f]{2} need_return 0 tr 0");
            assertMatches(serverSection, "    incoming transaction \\d+: from " + world.client().pid() + ":\\d+ to " + server
                    + ":\\d+ code 4 flags [0-9a-f]+ r1 elapsed \\d+ms node \\d+ size \\d+:0 offset [0-9a-f]+");
            assertMatches(serverSection, "  node \\d+: u[0-9a-f]{16} c[0-9a-f]{16} hs 1 hw 1 ls \\d+ lw \\d+ is \\d+ iw \\d+"
                    + " tr 0 proc( \\d+)+");
            assertMatches(serverSection, "  buffer \\d+: [0-9a-f]+ size \\d+:0:0 active");
            assertMatches(clientSection, "    outgoing transaction \\d+: from " + world.client().pid() + ":\\d+ to " + server
                    + ":\\d+ code 4 flags [0-9a-f]+ r1 elapsed \\d+ms");
            assertMatches(clientSection, "  ref \\d+: desc \\d+ node \\d+ s 1 w \\d+ d [0-9a-f]{16}");

            assertEquals(0, transactions.exit(), transactions::toString);
            assertTrue(transactions.out().startsWith("binder transactions:\n"), transactions::toString);
            assertMatches(section(transactions.out(), server), "    incoming transaction \\d+: .* code 4 .*");
            assertFalse(transactions.out().contains("  ref "), transactions::toString);

            assertEquals(0, json.exit(), json::toString);
            assertMatches(json.out(), "\\{\\n  \"view\": \"state\",\\n  \"deadNodes\": \\[.*\\],\\n  \"procs\": \\[.*");
            assertTrue(json.out().contains("\"role\": \"incoming\"") && json.out().contains("\"state\": \"active\""),
                    json::toString);
        } finally {
            CliServerMain.call(echo, CliServerMain.RELEASE);
            blocked.get();
        }
    }

    @Test
    void scenario77_aNodeWhoseProcessDiedIsListedUnderDeadNodes() throws Exception {
        int doomed = world.startPeer(CliServerMain.class, "doomed.");
        IBinder held = ServiceManager.of(world.client()).checkService("doomed.echo");
        world.kill(doomed);
        Await.until("the node is dead", () -> world.debugView("state").contains("dead nodes:"));

        Cli.Result state = Cli.run(world.socket(), "state");
        Cli.Result json = Cli.run(world.socket(), "state", "--json");

        assertEquals(0, state.exit(), state::toString);
        assertTrue(state.out().startsWith("binder state:\ndead nodes:\n  node "), state::toString);
        assertMatches(section(state.out(), world.client().pid()), "  ref \\d+: desc \\d+ dead node \\d+ s 1 w \\d+ d [0-9a-f]{16}");
        assertMatches(json.out(), ".*\"deadNodes\": \\[\\n    \\{\\n      \"id\": \\d+,.*");
        assertTrue(json.out().contains("\"dead\": true"), json::toString);
        Reference.reachabilityFence(held);
    }

    @Test
    void scenario78_eachSyncCallCountsOneTransactionAndOneReply() throws Exception {
        Cli.Result before = Cli.run(world.socket(), "stats");
        CliServerMain.call(echo, CliServerMain.ARGUMENTS);
        Cli.Result after = Cli.run(world.socket(), "stats");
        Cli.Result json = Cli.run(world.socket(), "stats", "--json");

        assertEquals(0, after.exit(), after::toString);
        assertEquals(counter(before.out(), "BC_TRANSACTION") + 1, counter(after.out(), "BC_TRANSACTION"), after::toString);
        assertEquals(counter(before.out(), "BR_REPLY") + 1, counter(after.out(), "BR_REPLY"), after::toString);
        String serverSection = section(after.out(), server);
        assertMatches(serverSection, "  name: java");
        assertMatches(serverSection, "  requested threads: \\d+\\+\\d+/15");
        assertMatches(serverSection, "  buffer space: \\d+/1040384");
        assertEquals(0, json.exit(), json::toString);
        assertMatches(json.out(), "\\{\\n  \"counters\": \\{\\n    \"BC_TRANSACTION\": \\d+,.*");
        assertTrue(json.out().contains("\"bufferBytes\": 1040384") && json.out().contains("\"maxThreads\": 15"),
                json::toString);
    }

    @Test
    void scenario79_theLogsHoldTypedTransactionsAndTheFailedOnesWithTheirError() throws Exception {
        CliServerMain.call(echo, CliServerMain.ARGUMENTS);
        Path file = Files.writeString(world.directory().resolve("for-the-manager.txt"), "x");
        Cli.Result refused;
        try {
            // The service manager's object takes no descriptors: the driver refuses the call.
            refused = Cli.run(world.socket(), "service", "call", "manager", "1", "fd", file.toString());
        } finally {
            Files.deleteIfExists(file);
        }
        Cli.Result log = Cli.run(world.socket(), "transaction-log");
        Cli.Result failed = Cli.run(world.socket(), "failed-transaction-log");
        Cli.Result failedJson = Cli.run(world.socket(), "failed-transaction-log", "--json");

        assertEquals("Result: Parcel(Error: 0xffffffff80000002 \"FAILED_TRANSACTION\")\n", refused.out(), refused::toString);
        List<String> entries = log.out().lines().toList();
        assertTrue(entries.size() >= 3 && entries.size() <= 32, log::toString);
        Pattern entry = Pattern.compile("\\d+: (call |async|reply) from \\d+:\\d+ to \\d+:\\d+ context binder node \\d+"
                + " handle \\d+ size \\d+:\\d+ ret \\d+/-?\\d+ l=\\d+");
        entries.forEach(line -> assertMatches(line, entry.pattern()));
        assertTrue(entries.stream().anyMatch(line -> line.contains(": reply from " + server + ":")), log::toString);
        String last = failed.out().lines().reduce((a, b) -> b).orElse("");
        assertMatches(last, "\\d+: call  from \\d+:\\d+ to \\d+:0 context binder node 1 handle 0 size \\d+:8 ret 29201/-\\d+"
                + " l=[1-9]\\d*");
        assertEquals(0, failedJson.exit(), failedJson::toString);
        assertTrue(failedJson.out().startsWith("[\n  {\n    \"debugId\": "), failedJson::toString);
        assertTrue(failedJson.out().contains("\"returnError\": 29201"), failedJson::toString);
    }

    @Test
    void unknownOptionsAndArgumentsExitWithTwo() throws Exception {
        Cli.Result option = Cli.run(world.socket(), "state", "--bogus").assertCleanFailure();
        Cli.Result argument = Cli.run(world.socket(), "stats", "extra").assertCleanFailure();

        assertEquals(2, option.exit(), option::toString);
        assertTrue(option.err().startsWith("binder4j state: unknown option '--bogus'\n"), option::toString);
        assertEquals(2, argument.exit(), argument::toString);
        assertTrue(argument.err().startsWith("binder4j stats: unexpected argument 'extra'\n"), argument::toString);
    }

    /** The lines under "proc {@code pid}" up to the next process (the last such section). */
    private static String section(String view, int pid) {
        int start = view.lastIndexOf("\nproc " + pid + "\n");
        assertTrue(start >= 0, () -> "no proc " + pid + " in\n" + view);
        int end = view.indexOf("\nproc ", start + 1);
        return view.substring(start + 1, end < 0 ? view.length() : end + 1);
    }

    private static long counter(String stats, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ": (\\d+)$").matcher(stats);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** {@code text} matches {@code regex} whole ('.' matching newlines too), or has a line that does. */
    private static void assertMatches(String text, String regex) {
        Pattern pattern = Pattern.compile(regex, Pattern.DOTALL);
        boolean found = pattern.matcher(text).matches() || text.lines().anyMatch(line -> pattern.matcher(line).matches());
        assertTrue(found, () -> "no line matches " + regex + " in\n" + text);
    }
}
