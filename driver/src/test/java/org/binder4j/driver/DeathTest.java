package org.binder4j.driver;

import static org.binder4j.driver.DriverHarness.assertReturns;
import static org.binder4j.driver.DriverHarness.find;
import static org.binder4j.protocol.Returns.BR_CLEAR_DEATH_NOTIFICATION_DONE;
import static org.binder4j.protocol.Returns.BR_DEAD_BINDER;
import static org.binder4j.protocol.Returns.BR_DEAD_REPLY;
import static org.binder4j.protocol.Returns.BR_NOOP;
import static org.binder4j.protocol.Returns.BR_REPLY;
import static org.binder4j.protocol.Returns.BR_TRANSACTION;
import static org.binder4j.protocol.Returns.BR_TRANSACTION_COMPLETE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.binder4j.driver.DriverHarness.TestProc;
import org.binder4j.driver.DriverHarness.TestThread;
import org.binder4j.protocol.Errno;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Death notifications and what happens to transactions when a process or thread dies (51–58, 60). */
class DeathTest {
    private static final long PTR = 0xa000;
    private static final long COOKIE = 0xb000;
    private static final long DEATH_COOKIE = 0xdead;

    private final DriverHarness harness = new DriverHarness();
    private final TestProc managerProc = harness.proc(100, 1000);
    private final TestProc serverProc = harness.proc(200, 2000);
    private final TestProc clientProc = harness.proc(300, 3000);
    private final TestThread manager = managerProc.looper(101);
    private final TestThread server = serverProc.looper(201);
    private final TestThread client = clientProc.looper(301);

    DeathTest() {
        assertEquals(0, managerProc.becomeContextManager());
    }

    @AfterEach
    void noLeaks() {
        harness.close();
    }

    @Test
    void scenario51_deathReachesAPoolThreadWhileTheRegisteringThreadIsBlocked() {
        int handle = clientHandleToServerObject();
        TestThread pool = clientProc.looper(302);
        assertEquals(List.of(), pool.readBlocking());
        client.requestDeath(handle, DEATH_COOKIE).call(0, Parcel.empty()).readBlocking();
        Ret blockingCall = find(manager.read(), BR_TRANSACTION);
        harness.takeWoken();

        serverProc.release();

        assertEquals(List.of(pool.thread), harness.takeWoken());
        List<Ret> returns = pool.read();
        assertReturns(returns, BR_NOOP, BR_DEAD_BINDER);
        assertEquals(DEATH_COOKIE, returns.get(1).cookie());
        assertEquals(List.of(), client.read(), "the blocked thread hears nothing");
        pool.deadBinderDone(DEATH_COOKIE).write();
        manager.freeBuffer(blockingCall).reply(Parcel.empty()).read();
        client.freeBuffer(find(client.read(), BR_REPLY)).write();
    }

    @Test
    void scenario52_deathIsDeliveredExactlyOnceAndLaterCallsGetDeadReply() {
        int published = harness.publish(server, manager, PTR, COOKIE);
        int handle = harness.lookup(client, manager, published);
        client.requestDeath(handle, DEATH_COOKIE).write();

        serverProc.release();

        List<Ret> returns = client.read();
        assertReturns(returns, BR_NOOP, BR_DEAD_BINDER);
        assertEquals(DEATH_COOKIE, returns.get(1).cookie());
        assertEquals(List.of(), client.read());
        assertTrue(harness.driver.debugView("state").contains("has delivered dead binder"));
        client.deadBinderDone(DEATH_COOKIE).write();
        assertEquals(List.of(), client.read());
        assertFalse(harness.driver.debugView("state").contains("has delivered dead binder"));
        assertReturns(client.call(handle, Parcel.empty()).read(), BR_NOOP, BR_DEAD_REPLY);
        assertTrue(harness.driver.debugView("state").contains("dead nodes:"));

        assertReturns(client.clearDeath(handle, DEATH_COOKIE).release(handle).read(), BR_NOOP,
                BR_CLEAR_DEATH_NOTIFICATION_DONE);
        assertTrue(harness.driver.debugView("state").contains("dead nodes:"), "the manager still holds it");
        manager.release(published).write();
        assertFalse(harness.driver.debugView("state").contains("dead nodes:"), "freed with the last ref");
    }

    @Test
    void scenario53_requestAfterDeathAndRefReceivedAfterDeathReportAtOnce() {
        int published = harness.publish(server, manager, PTR, COOKIE);
        serverProc.release();

        int handle = harness.lookup(client, manager, published);
        List<Ret> returns = client.requestDeath(handle, DEATH_COOKIE).read();

        assertReturns(returns, BR_NOOP, BR_DEAD_BINDER);
        assertTrue(harness.driver.debugView("state").contains("desc 1 dead node"));
        client.deadBinderDone(DEATH_COOKIE).write();
        assertReturns(client.call(handle, Parcel.empty()).read(), BR_NOOP, BR_DEAD_REPLY);
    }

    @Test
    void scenario54_everyClientThatAskedHearsOfDeathPassiveHoldersDoNot() {
        int published = harness.publish(server, manager, PTR, COOKIE);
        int handle = harness.lookup(client, manager, published);
        TestThread other = harness.proc(400, 4000).looper(401);
        int otherHandle = harness.lookup(other, manager, published);
        client.requestDeath(handle, 1).write();
        other.requestDeath(otherHandle, 2).write();

        serverProc.release();

        assertEquals(1, find(client.read(), BR_DEAD_BINDER).cookie());
        assertEquals(2, find(other.read(), BR_DEAD_BINDER).cookie());
        assertEquals(List.of(), manager.read(), "the manager holds a ref but did not ask");
        client.deadBinderDone(1).write();
        other.deadBinderDone(2).write();
    }

    @Test
    void scenario55_clearedNotificationNeverFires() {
        int handle = clientHandleToServerObject();
        client.requestDeath(handle, DEATH_COOKIE).write();
        assertReturns(client.clearDeath(handle, DEATH_COOKIE).read(), BR_NOOP, BR_CLEAR_DEATH_NOTIFICATION_DONE);

        serverProc.release();

        assertEquals(List.of(), client.read());
        assertEquals(0, harness.driver.stats().deaths());
    }

    @Test
    void clearWhileDeathIsDeliveredAnswersAfterDeadBinderDone() {
        int handle = clientHandleToServerObject();
        client.requestDeath(handle, DEATH_COOKIE).write();
        serverProc.release();
        assertReturns(client.read(), BR_NOOP, BR_DEAD_BINDER);

        assertEquals(List.of(), client.clearDeath(handle, DEATH_COOKIE).read());
        List<Ret> returns = client.deadBinderDone(DEATH_COOKIE).read();

        assertReturns(returns, BR_NOOP, BR_CLEAR_DEATH_NOTIFICATION_DONE);
        assertEquals(DEATH_COOKIE, returns.get(1).cookie());
        assertEquals(0, harness.driver.stats().deaths());
    }

    @Test
    void deathNotificationMisuseIsIgnored() {
        int handle = clientHandleToServerObject();
        long errors = harness.driver.userErrorCount();
        client.requestDeath(handle, 1).requestDeath(handle, 2).clearDeath(handle, 3).clearDeath(99, 1)
                .requestDeath(99, 1).deadBinderDone(1).write();
        assertEquals(errors + 5, harness.driver.userErrorCount());
        assertEquals(1, harness.driver.stats().deaths());
    }

    @Test
    void scenario56_callInFlightToADyingProcessGetsDeadReply() {
        int published = harness.publish(server, manager, PTR, COOKIE);
        int handle = harness.lookup(client, manager, published);
        assertEquals(List.of(), client.call(handle, Parcel.empty()).readBlocking());
        find(server.read(), BR_TRANSACTION);

        serverProc.release();

        assertEquals(List.of(client.thread), harness.takeWoken());
        assertReturns(client.read(), BR_NOOP, BR_TRANSACTION_COMPLETE, BR_DEAD_REPLY);
        assertEquals(-Errno.ESRCH, harness.driver.takeExtendedError(client.thread).errno());
    }

    @Test
    void scenario57_callerDeathDuringHandlingLeavesTheReplierWithJustACompletion() {
        client.call(0, Parcel.empty()).read();
        Ret call = find(manager.read(), BR_TRANSACTION);

        clientProc.release();
        List<Ret> returns = manager.freeBuffer(call).reply(Parcel.empty().putInt(1)).read();

        assertReturns(returns, BR_NOOP, BR_TRANSACTION_COMPLETE);
        assertEquals(0, harness.driver.stats().buffers(), "the reply was never allocated");
        TestThread other = harness.proc(400, 4000).looper(401);
        other.call(0, Parcel.empty()).read();
        Ret next = find(manager.read(), BR_TRANSACTION);
        manager.freeBuffer(next).reply(Parcel.empty()).read();
        other.freeBuffer(find(other.read(), BR_REPLY)).write();
    }

    @Test
    void scenario58_queuedCallsToADyingProcessFailAndQueuedOnewaysAreDropped() {
        int published = harness.publish(server, manager, PTR, COOKIE);
        int handle = harness.lookup(client, manager, published);
        TestThread secondCaller = clientProc.looper(302);
        client.call(handle, Parcel.empty()).write();
        secondCaller.call(handle, Parcel.empty()).write();
        TestThread onewaySender = clientProc.looper(303);
        assertReturns(onewaySender.oneway(handle, Parcel.empty()).oneway(handle, Parcel.empty()).read(), BR_NOOP,
                BR_TRANSACTION_COMPLETE, BR_TRANSACTION_COMPLETE);

        serverProc.release();

        assertReturns(client.read(), BR_NOOP, BR_TRANSACTION_COMPLETE, BR_DEAD_REPLY);
        assertReturns(secondCaller.read(), BR_NOOP, BR_TRANSACTION_COMPLETE, BR_DEAD_REPLY);
        assertEquals(List.of(), onewaySender.read());
        assertEquals(0, harness.driver.stats().transactions());
    }

    @Test
    void scenario60_afterTheContextManagerDiesHandleZeroIsDeadUntilANewOneRegisters() {
        managerProc.release();

        assertReturns(client.call(0, Parcel.empty()).read(), BR_NOOP, BR_DEAD_REPLY);
        assertEquals(-Errno.EPERM, serverProc.becomeContextManager(), "another uid");
        TestProc successor = harness.proc(500, 1000);
        assertEquals(0, successor.becomeContextManager());
        TestThread successorThread = successor.looper(501);

        client.call(0, Parcel.empty()).read();
        Ret call = find(successorThread.read(), BR_TRANSACTION);
        successorThread.freeBuffer(call).reply(Parcel.empty()).read();
        client.freeBuffer(find(client.read(), BR_REPLY)).write();
    }

    @Test
    void handlerThreadExitGivesTheCallerDeadReply() {
        TestThread handler = managerProc.looper(102);
        client.call(0, Parcel.empty()).read();
        Ret call = find(handler.read(), BR_TRANSACTION);

        harness.driver.releaseThread(handler.thread);

        assertReturns(client.read(), BR_NOOP, BR_TRANSACTION_COMPLETE, BR_DEAD_REPLY);
        assertEquals(1, harness.driver.stats().buffers(), "the delivered buffer stays with its process");
        manager.freeBuffer(call).write();
        assertEquals(0, harness.driver.stats().buffers());
    }

    @Test
    void callerThreadExitDropsTheReply() {
        client.call(0, Parcel.empty()).read();
        Ret call = find(manager.read(), BR_TRANSACTION);

        harness.driver.releaseThread(client.thread);

        assertReturns(manager.freeBuffer(call).reply(Parcel.empty()).read(), BR_NOOP, BR_TRANSACTION_COMPLETE);
        assertEquals(0, harness.driver.stats().transactions());
    }

    @Test
    void threadExitWithAQueuedOnewayLetsTheNextOneThrough() {
        TestThread idle = managerProc.looper(102);
        assertEquals(List.of(), idle.readBlocking());
        client.oneway(0, Parcel.empty().putInt(1)).oneway(0, Parcel.empty().putInt(2)).write();

        harness.driver.releaseThread(idle.thread);

        Ret next = find(manager.read(), BR_TRANSACTION);
        assertEquals(2, managerProc.data(next)[0], "the first was dropped with the thread it was queued to");
        manager.freeBuffer(next).write();
        assertEquals(0, harness.driver.stats().buffers());
    }

    @Test
    void callerWhoseHandlerCalledOutAndDiedHearsWhenTheChainUnwinds() {
        int published = harness.publish(server, manager, PTR, COOKIE);
        int handle = harness.lookup(client, manager, published);
        client.call(handle, Parcel.empty()).write();
        find(server.read(), BR_TRANSACTION);
        server.call(0, Parcel.empty()).write();
        Ret nested = find(manager.read(), BR_TRANSACTION);

        serverProc.release();
        assertEquals(List.of(), client.read(), "nothing yet: the server's outgoing call is still being handled");

        assertReturns(manager.freeBuffer(nested).reply(Parcel.empty()).read(), BR_NOOP, BR_TRANSACTION_COMPLETE);
        assertReturns(client.read(), BR_NOOP, BR_TRANSACTION_COMPLETE, BR_DEAD_REPLY);
        assertEquals(0, harness.driver.stats().transactions());
    }

    /** The server's object reaches the client through the context manager. */
    private int clientHandleToServerObject() {
        int published = harness.publish(server, manager, PTR, COOKIE);
        return harness.lookup(client, manager, published);
    }
}
