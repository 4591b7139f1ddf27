package org.binder4j.driver;

import static org.binder4j.driver.DriverHarness.assertReturns;
import static org.binder4j.driver.DriverHarness.find;
import static org.binder4j.protocol.Returns.BR_ACQUIRE;
import static org.binder4j.protocol.Returns.BR_DECREFS;
import static org.binder4j.protocol.Returns.BR_INCREFS;
import static org.binder4j.protocol.Returns.BR_NOOP;
import static org.binder4j.protocol.Returns.BR_RELEASE;
import static org.binder4j.protocol.Returns.BR_REPLY;
import static org.binder4j.protocol.Returns.BR_TRANSACTION;
import static org.binder4j.protocol.Returns.BR_TRANSACTION_COMPLETE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.binder4j.driver.DriverHarness.FlatObject;
import org.binder4j.driver.DriverHarness.TestProc;
import org.binder4j.driver.DriverHarness.TestThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Objects crossing processes: identity, handles, and telling owners about references (23–26, 30). */
class ObjectTranslationTest {
    private static final long PTR = 0x7000_1000L;
    private static final long COOKIE = 0x7000_2000L;

    private final DriverHarness harness = new DriverHarness();
    private final TestProc managerProc = harness.proc(100, 1000);
    private final TestProc ownerProc = harness.proc(200, 2000);
    private final TestProc clientProc = harness.proc(300, 3000);
    private final TestThread manager = managerProc.looper(101);
    private final TestThread owner = ownerProc.looper(201);
    private final TestThread client = clientProc.looper(301);

    ObjectTranslationTest() {
        assertEquals(0, managerProc.becomeContextManager());
    }

    @AfterEach
    void noLeaks() {
        harness.close();
    }

    @Test
    void scenario23_localObjectSentOutAndBackArrivesAsTheOriginal() {
        client.call(0, Parcel.empty().putBinder(PTR, COOKIE)).read();
        Ret call = find(manager.read(), BR_TRANSACTION);
        FlatObject received = managerProc.object(call, 0);
        assertTrue(received.isHandle());
        assertEquals(1, received.handle());
        assertEquals(0, received.cookie());

        manager.reply(Parcel.empty().putHandle(received.handle())).freeBuffer(call).read();
        List<Ret> returns = client.read();

        assertReturns(returns, BR_NOOP, BR_INCREFS, BR_ACQUIRE, BR_TRANSACTION_COMPLETE, BR_REPLY);
        assertEquals(PTR, returns.get(1).ptr());
        assertEquals(COOKIE, returns.get(1).cookie());
        FlatObject back = clientProc.object(returns.get(4), 0);
        assertTrue(back.isBinder());
        assertEquals(PTR, back.binder());
        assertEquals(COOKIE, back.cookie());
        client.acknowledge(returns).freeBuffer(returns.get(4)).write();
    }

    @Test
    void scenario24_sameObjectTwiceGivesTheSameHandle() {
        int published = harness.publish(owner, manager, PTR, COOKIE);

        int first = harness.lookup(client, manager, published);
        int second = harness.lookup(client, manager, published);

        assertEquals(1, first);
        assertEquals(first, second);
        assertTrue(harness.driver.debugView("state").contains("ref "), "sanity");
    }

    @Test
    void scenario25_forwardedHandleReachesTheOwnerDirectlyWithTheCallersPid() {
        int published = harness.publish(owner, manager, PTR, COOKIE);
        int handle = harness.lookup(client, manager, published);

        client.call(handle, Parcel.empty().putInt(42)).read();
        List<Ret> incoming = owner.read();

        Ret call = find(incoming, BR_TRANSACTION);
        assertEquals(PTR, call.ptr());
        assertEquals(COOKIE, call.cookie());
        assertEquals(300, call.senderPid());
        assertEquals(List.of(), manager.read(), "the context manager is not involved");
        owner.freeBuffer(call).reply(Parcel.empty()).read();
        client.freeBuffer(find(client.read(), BR_REPLY)).write();
    }

    @Test
    void scenario26_handlesAreTheSmallestFreeNumberFromOne() {
        int a = harness.publish(owner, manager, PTR, COOKIE);
        int b = harness.publish(owner, manager, PTR + 8, COOKIE + 8);
        int c = harness.publish(owner, manager, PTR + 16, COOKIE + 16);
        int d = harness.publish(owner, manager, PTR + 24, COOKIE + 24);
        assertEquals(List.of(1, 2, 3, 4), List.of(a, b, c, d), "the manager's handles");

        assertEquals(1, harness.lookup(client, manager, a));
        assertEquals(2, harness.lookup(client, manager, b));
        assertEquals(3, harness.lookup(client, manager, c));
        client.release(2).write();

        assertEquals(2, harness.lookup(client, manager, d), "2 was freed and is reused");
        assertEquals(4, harness.lookup(client, manager, b));
    }

    @Test
    void scenario30_ownerHearsAcquireOnFirstSendAndReleaseAfterEveryHolderDropped() {
        owner.call(0, Parcel.empty().putBinder(PTR, COOKIE)).read();
        Ret call = find(manager.read(), BR_TRANSACTION);
        int published = managerProc.object(call, 0).handle();
        manager.acquire(published).freeBuffer(call).reply(Parcel.empty()).read();
        List<Ret> answer = owner.read();
        assertReturns(answer, BR_NOOP, BR_INCREFS, BR_ACQUIRE, BR_TRANSACTION_COMPLETE, BR_REPLY);
        owner.acknowledge(answer).freeBuffer(answer.get(4)).write();
        int handle = harness.lookup(client, manager, published);

        assertEquals(0, manager.release(published).write());
        assertEquals(List.of(), owner.read(), "the client still holds it");

        client.release(handle).write();
        List<Ret> news = owner.read();

        assertReturns(news, BR_NOOP, BR_RELEASE, BR_DECREFS);
        assertEquals(PTR, news.get(1).ptr());
        assertEquals(COOKIE, news.get(2).cookie());
        assertEquals(1, harness.driver.stats().nodes(), "only the context manager's node is left");
    }

    @Test
    void weakBinderAsksOnlyForIncrefs() {
        client.call(0, Parcel.empty().putWeakBinder(PTR, COOKIE)).read();
        Ret call = find(manager.read(), BR_TRANSACTION);
        int handle = managerProc.object(call, 0).handle();
        manager.increfs(handle).freeBuffer(call).reply(Parcel.empty()).read();

        List<Ret> returns = client.read();

        assertReturns(returns, BR_NOOP, BR_INCREFS, BR_TRANSACTION_COMPLETE, BR_REPLY);
        client.acknowledge(returns).freeBuffer(returns.get(3)).write();
        manager.decrefs(handle).write();
        assertReturns(client.read(), BR_NOOP, BR_DECREFS);
        assertEquals(1, harness.driver.stats().nodes());
    }

    @Test
    void nodeDroppedBeforeItsOwnerHeardOfItIsFreedSilently() {
        client.call(0, Parcel.empty().putBinder(PTR, COOKIE)).read();
        Ret call = find(manager.read(), BR_TRANSACTION);
        manager.freeBuffer(call).reply(Parcel.empty()).read();

        List<Ret> returns = client.read();

        assertReturns(returns, BR_NOOP, BR_TRANSACTION_COMPLETE, BR_REPLY);
        client.freeBuffer(returns.get(2)).write();
        assertEquals(1, harness.driver.stats().nodes());
    }

    @Test
    void cookieMismatchForAKnownPtrFails() {
        harness.publish(owner, manager, PTR, COOKIE);

        owner.call(0, Parcel.empty().putBinder(PTR, COOKIE + 1)).read();

        ExtendedError error = harness.driver.takeExtendedError(owner.thread);
        assertTrue(error.detail().contains("cookie mismatch"), error.detail());
    }

    @Test
    void acknowledgementsWithoutRequestAreIgnoredUserErrors() {
        harness.publish(owner, manager, PTR, COOKIE);
        long errors = harness.driver.userErrorCount();

        owner.acquireDone(PTR, COOKIE).increfsDone(PTR + 8, COOKIE).acquireDone(PTR, COOKIE + 8).write();

        assertEquals(errors + 3, harness.driver.userErrorCount());
        assertTrue(harness.driver.debugView("state").contains("hs 1 hw 1 ls 0 lw 0 is 1 iw 1"),
                harness.driver.debugView("state"));
    }

    @Test
    void weakHandleToAThirdProcessGivesItAWeakRef() {
        int published = harness.publish(owner, manager, PTR, COOKIE);
        client.call(0, Parcel.empty()).read();
        Ret call = find(manager.read(), BR_TRANSACTION);
        manager.freeBuffer(call).reply(Parcel.empty().putWeakHandle(published)).read();
        Ret reply = find(client.read(), BR_REPLY);
        FlatObject object = clientProc.object(reply, 0);

        assertEquals(org.binder4j.protocol.FlatObjectDescriptor.BINDER_TYPE_WEAK_HANDLE, object.type());
        assertTrue(harness.driver.debugView("state").contains("desc 1 node 3 s 0 w 1"),
                harness.driver.debugView("state"));
        client.freeBuffer(reply).write();
        assertEquals(1, harness.driver.stats().refs(), "the buffer's weak ref went with it");
    }
}
