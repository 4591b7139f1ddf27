package org.binder4j.it;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.binder4j.Binder;
import org.binder4j.BinderRuntime;
import org.binder4j.BinderProxy;
import org.binder4j.DeadObjectException;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.binder4j.ServiceSpecificException;
import org.binder4j.TransactionTooLargeException;
import org.junit.jupiter.api.Test;

/**
 * Binder's promises, as seen by a client calling peers through the service manager. The same tests run
 * over every transport: the subclass says which {@link BinderWorld}. Scenario numbers refer to section
 * 11 of the behavioural reference.
 */
abstract class AbstractBinderBehaviourTest extends AbstractWorldTest {

    @Test
    void scenario14_syncCallWithEmptyReply() throws Exception {
        Parcel reply = call(service, TestService.NOP, request());
        assertEquals(0, reply.dataSize());
        reply.recycle();
    }

    @Test
    void scenario15_unknownCodeReturnsFalse() throws Exception {
        Parcel data = request();
        Parcel reply = Parcel.obtain();
        assertFalse(service.transact(IBinder.LAST_CALL_TRANSACTION, data, reply, 0));
        data.recycle();
        reply.recycle();
    }

    @Test
    void scenario17_onewayReturnsBeforeTheHandlerFinishes() throws Exception {
        Parcel data = request();
        service.transact(TestService.BLOCK, data, null, IBinder.FLAG_ONEWAY);
        data.recycle();
        // The handler is still blocked (it waits for RELEASE), yet the oneway call has returned.
        awaitBlocked(service, 1);
        call(service, TestService.RELEASE, request()).recycle();
        awaitBlocked(service, 0);
    }

    @Test
    void scenario18_predefinedTransactions() throws Exception {
        assertEquals(TestService.DESCRIPTOR, service.getInterfaceDescriptor());
        assertTrue(service.pingBinder());
        assertEquals(servicePid, ((BinderProxy) service).getDebugPid());
        IBinder extension = ((BinderProxy) service).getExtension();
        assertNotNull(extension);
        assertTrue(extension.pingBinder());
        assertEquals("org.binder4j.it.Extension", extension.getInterfaceDescriptor());
    }

    @Test
    void scenario19_interfaceTokenMismatchIsASecurityException() throws Exception {
        Parcel data = Parcel.obtain();
        data.writeInterfaceToken("some.other.Interface");
        Parcel reply = call(service, TestService.NOP, data);
        SecurityException e = assertThrows(SecurityException.class, reply::readException);
        assertEquals("Binder invocation to an incorrect interface", e.getMessage());
        reply.recycle();
    }

    @Test
    void scenario20_callerIdentityOfSyncCalls() throws Exception {
        Parcel reply = call(service, TestService.CALLER, request());
        assertEquals(world.client().pid(), reply.readInt());
        assertEquals(expectedUid(), reply.readInt());
        reply.recycle();
    }

    int expectedUid() {
        return org.binder4j.sys.Os.geteuid();
    }

    @Test
    void scenario21_nestedIdentity() throws Exception {
        int[] pid = new int[1];
        IBinder other = startPeer(pid);
        Parcel data = request();
        data.writeStrongBinder(other);
        Parcel reply = call(service, TestService.CALL_CALLER_OF, data);
        assertEquals(servicePid, reply.readInt(), "the second callee sees the first callee as its caller");
        reply.readInt();
        assertEquals(world.client().pid(), reply.readInt(), "after its own call, the first callee sees us again");
        reply.recycle();
    }

    @Test
    void scenario23_localObjectComesBackIdentical() throws Exception {
        Binder local = new Binder("org.binder4j.it.Local");
        Parcel data = request();
        data.writeStrongBinder(local);
        Parcel reply = call(service, TestService.ECHO_BINDER, data);
        assertSame(local, reply.readStrongBinder());
        reply.recycle();
    }

    @Test
    void scenario24_sameRemoteObjectSameProxy() throws Exception {
        Parcel first = call(service, TestService.GET_SELF_OBJECT, request());
        IBinder a = first.readStrongBinder();
        first.recycle();
        Parcel second = call(service, TestService.GET_SELF_OBJECT, request());
        IBinder b = second.readStrongBinder();
        second.recycle();
        assertSame(a, b);
        assertEquals(((BinderProxy) a).handle(), ((BinderProxy) b).handle());
        assertNotEquals(0, ((BinderProxy) a).handle());
    }

    @Test
    void scenario25_forwardedProxyReachesTheOwnerDirectly() throws Exception {
        int[] pid = new int[1];
        IBinder other = startPeer(pid);
        // Ask the main peer to call CALLER on `other`: `other` must see the main peer, not us.
        Parcel data = request();
        data.writeStrongBinder(other);
        Parcel reply = call(service, TestService.CALL_CALLER_OF, data);
        assertEquals(servicePid, reply.readInt());
        reply.recycle();
    }

    @Test
    void scenario26_handleZeroIsTheServiceManager() throws Exception {
        IBinder manager = world.client().getContextObject();
        assertEquals(0, ((BinderProxy) manager).handle());
        assertEquals("android.os.IServiceManager", manager.getInterfaceDescriptor());
        assertSame(manager, ServiceManager.of(world.client()).checkService("manager"));
    }

    @Test
    void scenario27_nullBinderRoundTrip() throws Exception {
        Parcel data = request();
        data.writeStrongBinder(null);
        Parcel reply = call(service, TestService.ECHO_BINDER, data);
        assertNull(reply.readStrongBinder());
        reply.recycle();
    }

    @Test
    void scenario36_nearlyFullAreaCallAndReplySucceedRepeatedly() throws Exception {
        byte[] payload = new byte[950_000];
        payload[0] = 1;
        payload[payload.length - 1] = 2;
        for (int i = 0; i < 10; i++) {
            Parcel data = request();
            data.writeByteArray(payload);
            Parcel reply = call(service, TestService.ECHO_BYTES, data);
            byte[] echoed = reply.createByteArray();
            reply.recycle();
            assertEquals(payload.length, echoed.length);
            assertEquals(2, echoed[echoed.length - 1]);
        }
    }

    @Test
    void scenario37_tooLargeCallThrowsTransactionTooLarge() throws Exception {
        Parcel data = request();
        data.writeByteArray(new byte[1_050_000]);
        Parcel reply = Parcel.obtain();
        TransactionTooLargeException e = assertThrows(TransactionTooLargeException.class,
                () -> service.transact(TestService.ECHO_BYTES, data, reply, 0));
        assertTrue(e.getMessage().contains("1050"), e.getMessage());
        data.recycle();
        reply.recycle();
        assertTrue(service.pingBinder(), "the peer still answers");
    }

    @Test
    void scenario38_smallCallFailingForSpaceSaysSo() throws Exception {
        int[] pid = new int[1];
        IBinder peer = startPeer(pid);
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            // Three calls hold 300 KB each of the peer's 1 MiB area while their handlers block.
            java.util.List<Future<?>> held = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                held.add(callers.submit(() -> {
                    Parcel data = request();
                    data.writeByteArray(new byte[300_000]);
                    call(peer, TestService.BLOCK, data).recycle();
                    return null;
                }));
            }
            awaitBlocked(peer, 3);
            Parcel data = request();
            data.writeByteArray(new byte[150_000]);
            Parcel reply = Parcel.obtain();
            DeadObjectException e = assertThrows(DeadObjectException.class,
                    () -> peer.transact(TestService.ECHO_BYTES, data, reply, 0));
            assertTrue(e.getMessage().startsWith("Transaction failed on small parcel"), e.getMessage());
            assertTrue(e.getMessage().contains("150"), "names the size: " + e.getMessage());
            data.recycle();
            reply.recycle();
            call(peer, TestService.RELEASE, request()).recycle();
            for (Future<?> call : held) {
                call.get(WAIT_SECONDS, TimeUnit.SECONDS);
            }
            assertTrue(peer.isBinderAlive(), "a full area is not a death");
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void scenario39_onewayFloodStopsAtHalfTheAreaWhileSyncCallsWork() throws Exception {
        int[] pid = new int[1];
        IBinder peer = startPeer(pid);
        Parcel block = request();
        peer.transact(TestService.BLOCK, block, null, IBinder.FLAG_ONEWAY);
        block.recycle();
        awaitBlocked(peer, 1);
        int accepted = 0;
        RemoteException refused = null;
        while (refused == null && accepted < 200) {
            Parcel data = request();
            data.writeInt(accepted);
            data.writeByteArray(new byte[10 * 1024]);
            try {
                peer.transact(TestService.RECORD, data, null, IBinder.FLAG_ONEWAY);
                accepted++;
            } catch (RemoteException e) {
                refused = e;
            } finally {
                data.recycle();
            }
        }
        assertNotNull(refused, "the flood was stopped");
        // Half of 1 MiB - 2 pages in buffers of about 10 KiB, the blocked oneway's buffer included.
        assertTrue(accepted >= 45 && accepted <= 51, "accepted " + accepted + " oneways of 10 KiB");
        call(peer, TestService.NOP, request()).recycle();
        call(peer, TestService.RELEASE, request()).recycle();
    }

    @Test
    void scenario40_buffersAreReused() throws Exception {
        byte[] payload = new byte[600 * 1024];
        for (int i = 0; i < 100; i++) {
            Parcel data = request();
            data.writeByteArray(payload);
            Parcel reply = call(service, TestService.ECHO_BYTES, data);
            assertEquals(payload.length, reply.createByteArray().length);
            reply.recycle();
        }
    }

    @Test
    void scenario46_recursionRunsOnTheWaitingThread() throws Exception {
        Binder local = new Binder(TestService.DESCRIPTOR) {
            @Override
            protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
                if (code != TestService.RECURSE) {
                    return super.onTransact(code, data, reply, flags);
                }
                data.enforceInterface(TestService.DESCRIPTOR);
                TestService.recurse(this, data.readStrongBinder(), data.readInt(), reply);
                return true;
            }
        };
        Parcel data = request();
        data.writeStrongBinder(local);
        data.writeInt(4);
        String me = Thread.currentThread().getName();
        Parcel reply = call(service, TestService.RECURSE, data);
        String[] inner = reply.createStringArray();
        reply.recycle();
        // service(4) -> local(3) -> service(2) -> local(1) -> service(0); innermost first.
        assertEquals(5, inner.length, String.join(",", inner));
        assertEquals(me, inner[1], "the callback at depth 1 ran on the calling thread");
        assertEquals(me, inner[3], "the callback at depth 3 ran on the calling thread");
        assertEquals(inner[0], inner[4], "the peer's nested calls ran on its first handler thread too");
    }

    @Test
    void scenario48_onewayCallsToOneObjectArriveInOrder() throws Exception {
        int[] pid = new int[1];
        IBinder peer = startPeer(pid);
        for (int i = 0; i < 100; i++) {
            Parcel data = request();
            data.writeInt(i);
            peer.transact(TestService.RECORD, data, null, IBinder.FLAG_ONEWAY);
            data.recycle();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        int recorded;
        do {
            Parcel reply = call(peer, TestService.RECORDED, request());
            recorded = reply.readInt();
            reply.recycle();
        } while (recorded >= 0 && recorded < 100 && System.nanoTime() < deadline);
        assertEquals(100, recorded, "-1 means out of order");
    }

    @Test
    void scenario52_deathRecipientCalledOnceThenCallsFailFast() throws Exception {
        int[] pid = new int[1];
        IBinder peer = startPeer(pid);
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch died = new CountDownLatch(1);
        peer.linkToDeath(() -> {
            calls.incrementAndGet();
            died.countDown();
        }, 0);
        world.kill(pid[0]);
        assertTrue(died.await(WAIT_SECONDS, TimeUnit.SECONDS), "death recipient called");
        assertThrows(DeadObjectException.class, () -> call(peer, TestService.NOP, request()));
        assertFalse(peer.unlinkToDeath(() -> {}, 0));
        assertFalse(peer.isBinderAlive());
        assertEquals(1, calls.get());
    }

    @Test
    void scenario53_linkToDeadObjectThrows() throws Exception {
        int[] pid = new int[1];
        IBinder peer = startPeer(pid);
        CountDownLatch died = new CountDownLatch(1);
        peer.linkToDeath(died::countDown, 0);
        world.kill(pid[0]);
        assertTrue(died.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertThrows(DeadObjectException.class, () -> peer.linkToDeath(() -> {}, 0));
    }

    @Test
    void scenario55_unlinkBeforeDeathAndUnknownRecipient() throws Exception {
        IBinder.DeathRecipient recipient = () -> fail("unlinked recipient called");
        service.linkToDeath(recipient, 0);
        assertTrue(service.unlinkToDeath(recipient, 0));
        assertThrows(java.util.NoSuchElementException.class, () -> service.unlinkToDeath(() -> {}, 0));
    }

    @Test
    void scenario56_peerDiesDuringACall() throws Exception {
        int[] pid = new int[1];
        IBinder peer = startPeer(pid);
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<?> blocked = caller.submit(() -> {
                call(peer, TestService.BLOCK, request()).recycle();
                return null;
            });
            awaitBlocked(peer, 1);
            world.kill(pid[0]);
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> blocked.get(WAIT_SECONDS, TimeUnit.SECONDS));
            assertInstanceOf(DeadObjectException.class, e.getCause());
        } finally {
            caller.shutdownNow();
        }
    }

    @Test
    void scenario61_handlerExceptionsArriveTyped() throws Exception {
        assertThrown(TestService.KIND_ILLEGAL_ARGUMENT, IllegalArgumentException.class);
        assertThrown(TestService.KIND_SECURITY, SecurityException.class);
        assertThrown(TestService.KIND_NULL_POINTER, NullPointerException.class);
        assertThrown(TestService.KIND_ILLEGAL_STATE, IllegalStateException.class);
        assertThrown(TestService.KIND_UNSUPPORTED, UnsupportedOperationException.class);
        ServiceSpecificException e = (ServiceSpecificException) assertThrown(TestService.KIND_SERVICE_SPECIFIC,
                ServiceSpecificException.class);
        assertEquals(42, e.errorCode);
    }

    private RuntimeException assertThrown(int kind, Class<? extends RuntimeException> type) throws Exception {
        Parcel data = request();
        data.writeInt(kind);
        data.writeString("m" + kind);
        Parcel reply = call(service, TestService.THROW, data);
        RuntimeException e = assertThrows(type, reply::readException);
        assertEquals("m" + kind, e.getMessage());
        reply.recycle();
        return e;
    }

    @Test
    void scenario30_theOwnerIsToldOfTheFirstStrongReferenceAndOfTheLastRelease() throws Exception {
        // A fresh process, so that its exported objects and the driver's counts for it are only this test's.
        BinderRuntime owner = world.openProcess("scenario30");
        try {
            IBinder holder = ServiceManager.of(owner).checkService("test.main");
            Binder local = new Binder("org.binder4j.it.Held");
            assertEquals(0, owner.exportedObjectCount());
            Parcel data = request();
            data.writeStrongBinder(local);
            call(holder, TestService.HOLD, data).recycle();
            assertEquals(1, owner.exportedObjectCount(), "held for the peer that keeps a reference");
            String held = stats(owner.pid());
            assertEquals(1, DriverViews.number(held, "BR_ACQUIRE"), held);
            assertEquals(0, DriverViews.number(held, "BR_RELEASE"), held);

            // The peer drops its proxy (and collects it); the driver then releases the object to its owner.
            Await.until("the owner hears that the last remote reference is gone", () -> {
                dropHeld(holder);
                return owner.exportedObjectCount() == 0;
            });
            String released = stats(owner.pid());
            assertEquals(1, DriverViews.number(released, "BR_ACQUIRE"), released);
            assertEquals(1, DriverViews.number(released, "BR_RELEASE"), released);
            Reference.reachabilityFence(local);
        } finally {
            owner.close();
        }
    }

    private static void dropHeld(IBinder holder) {
        try {
            call(holder, TestService.DROP_HELD, request()).recycle();
        } catch (RemoteException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void scenario58_queuedCallsToADyingProcessFailAndQueuedOnewaysAreDropped() throws Exception {
        int[] pid = new int[1];
        // One looper only: while it is held, further calls wait in the driver.
        IBinder victim = startPeer(pid, 0);
        CallbackGate gate = new CallbackGate();
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            Future<Void> held = callers.submit(() -> gate.callThrough(victim));
            gate.awaitArrivals(1);
            List<Future<Void>> queued = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                queued.add(callers.submit(() -> {
                    call(victim, TestService.NOP, request()).recycle();
                    return null;
                }));
            }
            for (int i = 0; i < 3; i++) {
                oneway(victim, TestService.RECORD, request(i));
            }
            // Two sync calls and the first oneway wait for a thread; the other oneways wait behind that one.
            Await.value("two calls and a oneway queued", () -> stats(pid[0]),
                    text -> DriverViews.number(text, "pending transactions") == 3);

            world.kill(pid[0]);
            for (Future<Void> call : queued) {
                ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(WAIT_SECONDS, TimeUnit.SECONDS));
                assertInstanceOf(DeadObjectException.class, e.getCause());
            }
            gate.openForGood();
            ExecutionException e = assertThrows(ExecutionException.class, () -> held.get(WAIT_SECONDS, TimeUnit.SECONDS));
            assertInstanceOf(DeadObjectException.class, e.getCause(), "the call it was handling fails too");
            Await.until("nothing of the victim left", () -> DriverViews.proc(world.debugView("state"), pid[0]).isEmpty());
        } finally {
            gate.openForGood();
            callers.shutdownNow();
        }
    }

    @Test
    void scenario59_proxyCountFollowsDistinctRemoteObjects() throws Exception {
        // A fresh process, so that no proxy of another test is collected meanwhile.
        BinderRuntime process = world.openProcess("scenario59");
        try {
            IBinder manager = process.getContextObject();
            IBinder peer = ServiceManager.of(process).checkService("test.main");
            int before = process.proxyCount();
            Parcel reply = call(peer, TestService.CREATE_BINDERS, request(100));
            List<IBinder> proxies = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                proxies.add(reply.readStrongBinder());
            }
            reply.recycle();
            assertEquals(100, proxies.stream().distinct().count(), "distinct objects, distinct proxies");
            assertEquals(before + 100, process.proxyCount());

            proxies.subList(0, 50).clear();
            Await.value("50 dropped proxies collected", () -> {
                System.gc();
                return process.proxyCount();
            }, count -> count <= before + 50);
            assertEquals(before + 50, process.proxyCount());
            Reference.reachabilityFence(manager);
            Reference.reachabilityFence(peer);
            Reference.reachabilityFence(proxies);
        } finally {
            process.close();
        }
    }
}
