package org.binder4j.driver;

import static org.binder4j.driver.DriverHarness.assertReturns;
import static org.binder4j.driver.DriverHarness.find;
import static org.binder4j.protocol.Returns.BR_DEAD_BINDER;
import static org.binder4j.protocol.Returns.BR_DECREFS;
import static org.binder4j.protocol.Returns.BR_NOOP;
import static org.binder4j.protocol.Returns.BR_RELEASE;
import static org.binder4j.protocol.Returns.BR_REPLY;
import static org.binder4j.protocol.Returns.BR_TRANSACTION;
import static org.binder4j.protocol.Returns.BR_TRANSACTION_COMPLETE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.binder4j.driver.DriverHarness.TestProc;
import org.binder4j.driver.DriverHarness.TestThread;
import org.binder4j.protocol.Errno;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which thread gets which work, and when the transport is told to wake one (scenarios 46, 47). */
class ThreadingTest {
    private static final long PTR = 0x5000;
    private static final long COOKIE = 0x6000;

    private final DriverHarness harness = new DriverHarness();
    private final TestProc serverProc = harness.proc(100, 1000);
    private final TestProc clientProc = harness.proc(200, 2000);
    private final TestThread s1 = serverProc.looper(101);
    private final TestThread s2 = serverProc.looper(102);
    private final TestThread c1 = clientProc.looper(201);
    private final TestThread c2 = clientProc.looper(202);

    ThreadingTest() {
        assertEquals(0, serverProc.becomeContextManager());
    }

    @AfterEach
    void noLeaks() {
        harness.close();
    }

    @Test
    void scenario46_callBacksGoToTheWaitingCallerDownToDepthFive() {
        // Idle pool threads on both sides that must not get any of the calls.
        assertEquals(List.of(), s1.readBlocking());
        assertEquals(List.of(), s2.readBlocking());
        assertEquals(List.of(), c2.readBlocking());
        Deque<Ret> incoming = new ArrayDeque<>();
        int callbackHandle = 0;
        TestThread caller = c1;
        TestThread handler = s2;
        for (int depth = 1; depth <= 5; depth++) {
            int target = caller == c1 ? 0 : callbackHandle;
            Parcel parcel = depth == 1 ? Parcel.empty().putBinder(PTR, COOKIE) : Parcel.empty().putInt(depth);
            assertEquals(List.of(), caller.call(target, parcel).readBlocking(), "the caller waits at depth " + depth);
            assertEquals(List.of(handler.thread), harness.takeWoken(), "woken at depth " + depth);
            List<Ret> returns = handler.readBlocking();
            Ret call = find(returns, BR_TRANSACTION);
            assertEquals(caller.proc.pid(), call.senderPid());
            handler.acknowledge(returns);
            if (depth == 1) {
                callbackHandle = serverProc.object(call, 0).handle();
            }
            incoming.push(call);
            TestThread next = caller;
            caller = handler;
            handler = next;
        }
        for (int depth = 5; depth >= 1; depth--) {
            handler = depth % 2 == 1 ? s2 : c1;
            caller = handler == s2 ? c1 : s2;
            assertReturns(handler.freeBuffer(incoming.pop()).reply(Parcel.empty().putInt(depth)).readBlocking(), BR_NOOP,
                    BR_TRANSACTION_COMPLETE);
            assertEquals(List.of(), handler.readBlocking());
            if (depth > 1) {
                assertEquals(List.of(caller.thread), harness.takeWoken(), "reply at depth " + depth);
            } else {
                // Freeing the first call dropped the server's only ref to the client's object.
                assertEquals(List.of(c2.thread, c1.thread), harness.takeWoken());
                assertReturns(c2.read(), BR_NOOP, BR_RELEASE, BR_DECREFS);
            }
            Ret reply = find(caller.readBlocking(), BR_REPLY);
            assertEquals(depth, caller.proc.data(reply)[0]);
            caller.freeBuffer(reply).write();
        }
        assertEquals(List.of(), c1.readBlocking());
        assertEquals(List.of(), harness.takeWoken(), "s1 was never chosen");
    }

    @Test
    void syncCallCompletionIsDeferredUntilTheReply() {
        assertEquals(List.of(), c1.call(0, Parcel.empty()).read());
        assertEquals(-Errno.EAGAIN, c1.status);

        Ret call = find(s1.read(), BR_TRANSACTION);
        s1.freeBuffer(call).reply(Parcel.empty()).read();

        List<Ret> returns = c1.read();
        assertReturns(returns, BR_NOOP, BR_TRANSACTION_COMPLETE, BR_REPLY);
        c1.freeBuffer(returns.get(2)).write();
    }

    @Test
    void scenario47_waitingCallerNeverGetsUnrelatedWork() {
        // The server gets a handle to the client's object and keeps it.
        c1.call(0, Parcel.empty().putBinder(PTR, COOKIE)).read();
        Ret first = find(s1.read(), BR_TRANSACTION);
        int handle = serverProc.object(first, 0).handle();
        s1.acquire(handle).freeBuffer(first).reply(Parcel.empty()).read();
        List<Ret> answer = c1.read();
        c1.acknowledge(answer).freeBuffer(find(answer, BR_REPLY)).write();

        // c1 calls again and waits; while handling, the server calls back from another thread.
        assertEquals(List.of(), c1.call(0, Parcel.empty()).readBlocking());
        Ret call = find(s1.read(), BR_TRANSACTION);
        harness.takeWoken();
        assertReturns(s2.oneway(handle, Parcel.empty().putInt(1)).call(handle, Parcel.empty()).readBlocking(), BR_NOOP,
                BR_TRANSACTION_COMPLETE, BR_TRANSACTION_COMPLETE);

        assertEquals(List.of(), harness.takeWoken(), "no idle client thread, and c1 is not idle");
        List<Ret> unrelated = c2.read();
        Ret oneway = find(unrelated, BR_TRANSACTION);
        assertEquals(0, oneway.senderPid());
        c2.freeBuffer(oneway).write();
        Ret syncCall = find(c2.read(), BR_TRANSACTION);
        assertEquals(100, syncCall.senderPid());
        assertEquals(List.of(), c1.read(), "the waiting caller got nothing");

        c2.freeBuffer(syncCall).reply(Parcel.empty()).read();
        s2.freeBuffer(find(s2.read(), BR_REPLY)).release(handle).write();
        s1.freeBuffer(call).reply(Parcel.empty()).read();
        c1.freeBuffer(find(c1.read(), BR_REPLY)).write();
    }

    @Test
    void waitingThreadIsWokenExactlyOnceWhenItGetsWork() {
        assertEquals(List.of(), s1.readBlocking());

        c1.oneway(0, Parcel.empty()).read();
        c2.oneway(0, Parcel.empty()).read();

        assertEquals(List.of(s1.thread), harness.takeWoken(), "once, though two items arrived");
        s1.freeBuffer(find(s1.read(), BR_TRANSACTION)).write();
        s1.freeBuffer(find(s1.read(), BR_TRANSACTION)).write();
    }

    @Test
    void mostRecentlyIdleThreadIsChosen() {
        assertEquals(List.of(), s1.readBlocking());
        assertEquals(List.of(), s2.readBlocking());
        assertTrue(harness.driver.debugView("stats").contains("ready threads 2"));

        c1.call(0, Parcel.empty()).read();

        assertEquals(List.of(s2.thread), harness.takeWoken());
        Ret call = find(s2.read(), BR_TRANSACTION);
        assertEquals(List.of(), s1.read(), "the call went to s2's own todo");
        s2.freeBuffer(call).reply(Parcel.empty()).read();
        c1.freeBuffer(find(c1.read(), BR_REPLY)).write();
    }

    @Test
    void nonBlockingReadsAndInterruptedWaitsLeaveNoWaiter() {
        assertEquals(List.of(), s1.read());
        assertEquals(List.of(), s2.readBlocking());
        harness.driver.stopWaiting(s2.thread);

        c1.oneway(0, Parcel.empty()).read();

        assertEquals(List.of(), harness.takeWoken());
        s2.freeBuffer(find(s2.read(), BR_TRANSACTION)).write();
    }

    @Test
    void wokenThreadThatFindsNothingWaitsAgain() {
        int handle = harness.publish(c1, s1, PTR, COOKIE);
        s1.requestDeath(handle, 77).write();
        assertEquals(List.of(), s1.readBlocking());
        assertEquals(List.of(), s2.readBlocking());

        clientProc.release();

        assertEquals(List.of(s2.thread), harness.takeWoken());
        assertReturns(s1.read(), BR_NOOP, BR_DEAD_BINDER);
        assertEquals(List.of(), s2.readBlocking(), "s1 took it first");
        assertTrue(harness.driver.debugView("stats").contains("ready threads 1"));
        s1.deadBinderDone(77).clearDeath(handle, 77).release(handle).write();
    }
}
