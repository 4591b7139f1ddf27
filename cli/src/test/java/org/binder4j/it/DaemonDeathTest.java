package org.binder4j.it;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.binder4j.DeadObjectException;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.ServiceManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Processes killed with SIGKILL: callers, linked clients, holders and servers as separate JVMs. Scenario
 * numbers refer to section 11 of the behavioural reference.
 */
@Timeout(180)
class DaemonDeathTest extends AbstractWorldTest {
    private static final Pattern NODE = Pattern.compile("(?m)^  node (\\d+):");

    private DaemonWorld daemonWorld;

    @Override
    BinderWorld createWorld() throws Exception {
        daemonWorld = new DaemonWorld();
        return daemonWorld;
    }

    @Test
    void scenario54_everyLinkedClientHearsOfTheDeathAndAMereHolderHearsNothing() throws Exception {
        String name = "test.scenario54";
        int victimPid = world.startPeer(name);
        IBinder victim = lookup(name);
        CountDownLatch died = new CountDownLatch(1);
        victim.linkToDeath(died::countDown, 0);
        int linked = daemonWorld.startChild(TestClientMain.class, TestClientMain.READY, "link", name);
        int holder = daemonWorld.startChild(TestClientMain.class, TestClientMain.READY, "hold", name);

        world.kill(victimPid);
        assertTrue(died.await(WAIT_SECONDS, TimeUnit.SECONDS), "this client's recipient was called");
        daemonWorld.child(linked).awaitLine(TestClientMain.DIED, DaemonWorld.START_TIMEOUT);
        assertEquals(1, DriverViews.number(stats(linked), "BR_DEAD_BINDER"), stats(linked));

        // The holder's reference now names a dead node, and nothing was queued for it: it never asked.
        String holderState = DriverViews.proc(world.debugView("state"), holder);
        assertTrue(Pattern.compile("ref \\d+: desc \\d+ dead node").matcher(holderState).find(), holderState);
        assertFalse(holderState.contains("dead binder"), holderState);
        assertEquals(0, DriverViews.number(stats(holder), "BR_DEAD_BINDER"), stats(holder));
    }

    @Test
    void scenario57_aCallerKilledMidCallLeavesTheServerServing() throws Exception {
        int caller = daemonWorld.startChild(TestClientMain.class, TestClientMain.READY, "block", "test.main");
        awaitBlocked(service, 1);
        String before = stats(servicePid);
        long repliesToTheDead = repliesFrom(servicePid);

        world.kill(caller);
        Await.until("the caller is gone from the driver", () -> DriverViews.proc(world.debugView("state"), caller).isEmpty());
        call(service, TestService.RELEASE, request()).recycle();
        Await.until("the server replied to its dead caller", () -> repliesFrom(servicePid) > repliesToTheDead);

        // The replying thread read a plain BR_TRANSACTION_COMPLETE: no failure reached the server.
        String after = stats(servicePid);
        assertEquals(DriverViews.number(before, "BR_DEAD_REPLY"), DriverViews.number(after, "BR_DEAD_REPLY"), after);
        assertEquals(DriverViews.number(before, "BR_FAILED_REPLY"), DriverViews.number(after, "BR_FAILED_REPLY"), after);
        awaitBlocked(service, 0);
        call(service, TestService.NOP, request()).recycle();
    }

    /** Replies from {@code pid} in the failed transaction log (a reply to a dead caller is logged there). */
    private long repliesFrom(int pid) {
        return world.debugView("failed_transaction_log").lines().filter(line -> line.contains(": reply from " + pid + ":")).count();
    }

    @Test
    void sigkillMidCallFailsTheCallerNotifiesEachRecipientOnceAndLeavesNothing() throws Exception {
        // The victim's objects reach this test through a registry of its own, not the service manager,
        // so that once this test lets go nothing anywhere refers to them.
        TestService registry = new TestService();
        ServiceManager.of(client()).addService("test.registry", registry, false, 8);
        int victimPid = daemonWorld.startChild(UnlistedServerMain.class, UnlistedServerMain.READY, "test.registry");
        IBinder victim = registry.takeHeld().getFirst();
        Parcel selfReply = call(victim, TestService.GET_SELF_OBJECT, request());
        IBinder other = selfReply.readStrongBinder();
        selfReply.recycle();

        AtomicInteger[] calls = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
        CountDownLatch allCalled = new CountDownLatch(calls.length);
        for (int i = 0; i < calls.length; i++) {
            AtomicInteger count = calls[i];
            (i < 2 ? victim : other).linkToDeath(() -> {
                count.incrementAndGet();
                allCalled.countDown();
            }, 0);
        }
        Set<String> victimNodes = nodesOf(victimPid);
        assertTrue(victimNodes.size() >= 2, "the victim's nodes: " + victimNodes);

        killMidCall(victim, victimPid);
        assertTrue(allCalled.await(WAIT_SECONDS, TimeUnit.SECONDS), "every recipient was called");
        // Once the driver holds no death news for us, pending or unacknowledged, no duplicate can come.
        Await.until("every death notification is acknowledged", () -> {
            String mine = DriverViews.proc(world.debugView("state"), client().pid());
            return !mine.contains("dead binder") && !mine.contains("death notification");
        });
        for (AtomicInteger count : calls) {
            assertEquals(1, count.get(), "calls of each recipient");
        }

        victim = null;
        other = null;
        String state = Await.value("nothing of pid " + victimPid + " is left once its proxies are collected", () -> {
            System.gc();
            return world.debugView("state");
        }, text -> leftovers(text, victimPid, victimNodes).isEmpty());
        assertEquals(List.of(), leftovers(state, victimPid, victimNodes), state);
    }

    /**
     * Kills {@code pid} with SIGKILL while a call to {@code victim} is blocked in it; the call must fail
     * with DeadObjectException. The time that took is printed, not asserted.
     */
    private void killMidCall(IBinder victim, int pid) throws Exception {
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<Long> failedAt = caller.submit(() -> {
                assertThrows(DeadObjectException.class, () -> call(victim, TestService.BLOCK, request()).recycle());
                return System.nanoTime();
            });
            awaitBlocked(victim, 1);
            long killedAt = System.nanoTime();
            world.kill(pid);
            long failedAfterNanos = failedAt.get(WAIT_SECONDS, TimeUnit.SECONDS) - killedAt;
            System.out.printf("kill -9 of pid %d mid-call: the caller got DeadObjectException %.1f ms after SIGKILL%n",
                    pid, failedAfterNanos / 1e6);
        } finally {
            caller.shutdownNow();
        }
    }

    /** The debug ids of the nodes {@code pid} owns now. */
    private Set<String> nodesOf(int pid) {
        Matcher m = NODE.matcher(DriverViews.proc(world.debugView("state"), pid));
        return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
    }

    /** What {@code state} still shows of process {@code pid}: its section, its nodes (dead or not), transactions. */
    private static List<String> leftovers(String state, int pid, Set<String> nodes) {
        return state.lines().filter(line -> line.equals("proc " + pid)
                || line.contains("from " + pid + ":") || line.contains(" to " + pid + ":")
                || nodes.stream().anyMatch(id -> line.matches(".*\\bnode " + id + "\\b.*"))).toList();
    }
}
