package org.binder4j.driver;

import static org.binder4j.driver.DriverHarness.find;
import static org.binder4j.protocol.Returns.BR_REPLY;
import static org.binder4j.protocol.Returns.BR_TRANSACTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.binder4j.driver.DriverHarness.TestProc;
import org.binder4j.driver.DriverHarness.TestThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The debug views' content and formats (scenarios 77–79). */
class DebugViewsTest {
    private static final long MS = 1_000_000;

    /** The driver's clock, moved by hand. */
    private long nowNanos = 5_000 * MS;
    private final DriverHarness harness = new DriverHarness(new DriverConfig(
            DriverConfig.DEFAULT_RECEIVE_AREA_SIZE_BYTES, DriverConfig.MAX_RECEIVE_AREA_SIZE_BYTES, 32),
            () -> nowNanos);
    private final TestProc managerProc = harness.proc(100, 1000);
    private final TestProc serverProc = harness.proc(200, 2000);
    private final TestProc clientProc = harness.proc(300, 3000);
    private final TestThread manager = managerProc.looper(101);
    private final TestThread server = serverProc.looper(201);
    private final TestThread client = clientProc.looper(301);

    DebugViewsTest() {
        assertEquals(0, managerProc.becomeContextManager());
    }

    @AfterEach
    void noLeaks() {
        harness.close();
    }

    @Test
    void scenario77_stateShowsThreadsNodesRefsBuffersAndDeadNodes() {
        int published = harness.publish(server, manager, 0x1000, 0x2000);
        int handle = harness.lookup(client, manager, published);
        client.requestDeath(handle, 0x99).call(handle, Parcel.ofSize(16)).write();
        Ret call = find(server.read(), BR_TRANSACTION);

        String state = harness.driver.debugView("state");

        assertTrue(state.startsWith("binder state:\nproc 100\ncontext binder\n  thread 101: l 02 need_return 0 tr 0\n"),
                state);
        assertContains(state, "  node 1: u0000000000000000 c0000000000000000 hs 1 hw 1 ls 1 lw 1 is 0 iw 0 tr 0\n");
        assertContains(state, "  node 3: u0000000000001000 c0000000000002000 hs 1 hw 1 ls 1 lw 0 is 2 iw 2 tr 0 proc 100 300\n");
        assertContains(state, "  ref 4: desc 1 node 3 s 1 w 0 d 0000000000000000\n");
        assertContains(state, "  ref 8: desc 1 node 3 s 1 w 0 d 0000000000000099\n");
        assertContains(state, "    incoming transaction 9: from 300:301 to 200:201 code 1 flags 0 r1 elapsed 0ms node 3 size 16:0 offset 0\n");
        assertContains(state, "    outgoing transaction 9: from 300:301 to 200:201 code 1 flags 0 r1 elapsed 0ms\n");
        assertContains(state, "    transaction complete\n");
        assertContains(state, "  buffer 9: 0 size 16:0:0 active\n");
        assertFalse(state.contains("dead nodes:"));

        server.freeBuffer(call).write();
        assertFalse(harness.driver.debugView("state").contains("buffer 9:"));
        serverProc.release();
        state = harness.driver.debugView("state");
        assertTrue(state.startsWith("binder state:\ndead nodes:\n  node 3: u0000000000001000"), state);
        assertContains(state, "  ref 8: desc 1 dead node 3 s 1 w 0 d 0000000000000099\n");
        assertContains(state, "    transaction error: 29189\n");
        assertContains(state, "  has dead binder\n");
        assertFalse(state.contains("proc 200"));
        client.read();
        client.deadBinderDone(0x99).write();
    }

    @Test
    void deliveredBuffersAndPendingWorkAreMarked() {
        client.oneway(0, Parcel.ofSize(8)).oneway(0, Parcel.ofSize(8)).write();
        String state = harness.driver.debugView("state");
        assertContains(state, "  pending transaction 2: from 300:301 to 100:0 code 1 flags 1 r0 elapsed 0ms node 1 size 8:0 offset 0\n");
        assertContains(state, "    pending async transaction 3: from 300:301 to 100:0 code 1 flags 1 r0 elapsed 0ms node 1 size 8:0 offset 8\n");

        Ret first = find(manager.read(), BR_TRANSACTION);
        assertContains(harness.driver.debugView("state"), "  buffer 2: 0 size 8:0:0 delivered\n");
        manager.freeBuffer(first).write();
        manager.freeBuffer(find(manager.read(), BR_TRANSACTION)).write();
    }

    @Test
    void transactionsShowHowLongTheyHaveBeenInFlight() {
        client.call(0, Parcel.ofSize(16)).write();
        nowNanos += 1_500 * MS;
        client.oneway(0, Parcel.ofSize(8)).write();
        nowNanos += 250 * MS + MS / 2;

        String transactions = harness.driver.debugView("transactions");

        assertContains(transactions, "    outgoing transaction 2: from 300:301 to 100:0 code 1 flags 0 r1 elapsed 1750ms\n");
        assertContains(transactions, "  pending transaction 2: from 300:301 to 100:0 code 1 flags 0 r1 elapsed 1750ms"
                + " node 1 size 16:0 offset 0\n");
        assertContains(transactions, "  pending transaction 3: from 300:301 to 100:0 code 1 flags 1 r0 elapsed 250ms"
                + " node 1 size 8:0 offset 10\n");
        Ret call = find(manager.read(), BR_TRANSACTION);
        nowNanos += 1_000 * MS;
        assertContains(harness.driver.debugView("state"), "    incoming transaction 2: from 300:301 to 100:101 code 1"
                + " flags 0 r1 elapsed 2750ms node 1 size 16:0 offset 0\n");
        manager.freeBuffer(call).reply(Parcel.empty()).read();
        client.freeBuffer(find(client.read(), BR_REPLY)).write();
        manager.freeBuffer(find(manager.read(), BR_TRANSACTION)).write();
    }

    @Test
    void statsShowEachProcessNameUidAndBufferSpace() {
        client.call(0, Parcel.ofSize(100)).write();

        String manager = procSection(harness.driver.debugView("stats"), 100);

        assertContains(manager, "  name: proc100\n  uid: 1000\n");
        assertContains(manager, "  buffers: 1\n  buffer space: 104/1040384\n");
        Ret call = find(this.manager.read(), BR_TRANSACTION);
        this.manager.freeBuffer(call).reply(Parcel.empty()).read();
        client.freeBuffer(find(client.read(), BR_REPLY)).write();
        assertContains(procSection(harness.driver.debugView("stats"), 100), "  buffers: 0\n  buffer space: 0/1040384\n");
    }

    @Test
    void controlCharactersOfAProcessNameStayOnItsLine() {
        BinderProc named = harness.driver.openProc(500, 5000, 5000, "evil\nproc 1\ttab", harness.arena.allocate(4096, 8));

        assertContains(harness.driver.debugView("stats"), "  name: evil?proc 1?tab\n");
        harness.driver.releaseProc(named);
    }

    @Test
    void transactionsViewShowsOnlyWhatIsInFlight() {
        assertEquals("binder transactions:\n", harness.driver.debugView("transactions"));

        client.call(0, Parcel.empty()).write();
        String transactions = harness.driver.debugView("transactions");

        assertTrue(transactions.contains("proc 100\n") && transactions.contains("proc 300\n"), transactions);
        assertFalse(transactions.contains("proc 200"), transactions);
        assertFalse(transactions.contains("ref "), transactions);
        Ret call = find(manager.read(), BR_TRANSACTION);
        manager.freeBuffer(call).reply(Parcel.empty()).read();
        client.freeBuffer(find(client.read(), BR_REPLY)).write();
    }

    @Test
    void scenario78_statsCountEachCompletedSyncCallOnce() {
        roundTrip();
        long transactions = count("BC_TRANSACTION");
        long replies = count("BR_REPLY");

        roundTrip();

        assertEquals(transactions + 1, count("BC_TRANSACTION"));
        assertEquals(replies + 1, count("BR_REPLY"));
        String stats = harness.driver.debugView("stats");
        assertContains(stats, "proc 300\ncontext binder\n  name: proc300\n  uid: 3000\n  threads: 1\n"
                + "  requested threads: 0+0/0\n  ready threads 0\n  free async space 520192\n  nodes: 0\n"
                + "  refs: 0 s 0 w 0\n  buffers: 0\n  buffer space: 0/1040384\n  pending transactions: 0\n");
        assertContains(stats, "transaction: active 0 total 4\n");
        assertContains(stats, "bytes copied: 0\n");
        assertFalse(stats.contains("BC_ATTEMPT_ACQUIRE"), "zero counters are left out");
    }

    @Test
    void scenario78_requestedThreadsReflectSpawns() {
        clientProc.setMaxThreads(2);
        client.oneway(0, Parcel.empty()).read();

        assertContains(harness.driver.debugView("stats"), "  requested threads: 1+0/2\n");
        clientProc.thread(302).registerLooper().write();
        assertContains(harness.driver.debugView("stats"), "  requested threads: 0+1/2\n");
        manager.freeBuffer(find(manager.read(), BR_TRANSACTION)).write();
    }

    @Test
    void scenario79_transactionLogKeepsTheLast32TypedEntries() {
        for (int i = 0; i < 20; i++) {
            roundTrip();
        }
        client.oneway(0, Parcel.ofSize(4)).write();

        List<String> lines = harness.driver.debugView("transaction_log").lines().toList();

        assertEquals(32, lines.size());
        assertTrue(lines.get(31).matches("\\d+: async from 300:301 to 100:0 context binder node 1 handle 0 size 4:0 "
                + "ret 0/0 l=0"), lines.get(31));
        assertTrue(lines.get(30).matches("\\d+: reply from 100:101 to 300:301 context binder node 0 handle 0 size 0:0 "
                + "ret 0/0 l=0"), lines.get(30));
        assertTrue(lines.get(29).matches("\\d+: call  from 300:301 to 100:0 .*"), lines.get(29));
        assertTrue(debugId(lines.get(0)) < debugId(lines.get(31)), "oldest first");
        manager.freeBuffer(find(manager.read(), BR_TRANSACTION)).write();
    }

    @Test
    void scenario79_failedTransactionsAreLoggedWithErrorAndADistinctSite() {
        client.call(7, Parcel.empty()).read();
        client.call(0, Parcel.empty().putHandle(9)).read();

        List<String> failed = harness.driver.debugView("failed_transaction_log").lines().toList();

        assertEquals(2, failed.size());
        Pattern pattern = Pattern.compile("\\d+: call  from 300:301 to (\\d+):0 context binder node \\d+ handle (\\d+) "
                + "size \\d+:\\d+ ret 29201/-22 l=(\\d+)");
        Matcher invalidHandle = pattern.matcher(failed.get(0));
        Matcher invalidObject = pattern.matcher(failed.get(1));
        assertTrue(invalidHandle.matches(), failed.get(0));
        assertTrue(invalidObject.matches(), failed.get(1));
        assertEquals("7", invalidHandle.group(2));
        assertEquals("100", invalidObject.group(1));
        assertNotEquals("0", invalidHandle.group(3));
        assertNotEquals(invalidHandle.group(3), invalidObject.group(3));
        assertEquals(2, harness.driver.debugView("transaction_log").lines().count(), "failures are in the main log too");
    }

    @Test
    void unknownViewNamesTheViews() {
        assertEquals("no debug view \"proc/300\"; the views are state, stats, transactions, transaction_log and"
                + " failed_transaction_log\n", harness.driver.debugView("proc/300"));
    }

    private void roundTrip() {
        client.call(0, Parcel.empty()).read();
        Ret call = find(manager.read(), BR_TRANSACTION);
        manager.freeBuffer(call).reply(Parcel.empty()).read();
        client.freeBuffer(find(client.read(), BR_REPLY)).write();
    }

    private long count(String counter) {
        Matcher matcher = Pattern.compile("(?m)^" + counter + ": (\\d+)$").matcher(harness.driver.debugView("stats"));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    private static String procSection(String view, int pid) {
        int start = view.indexOf("proc " + pid + "\n");
        assertTrue(start >= 0, () -> "no proc " + pid + " in\n" + view);
        int end = view.indexOf("\nproc ", start);
        return view.substring(start, end < 0 ? view.length() : end + 1);
    }

    private static int debugId(String line) {
        return Integer.parseInt(line.substring(0, line.indexOf(':')));
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), () -> "missing \"" + part + "\" in\n" + text);
    }
}
