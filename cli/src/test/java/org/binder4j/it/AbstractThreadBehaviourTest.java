package org.binder4j.it;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.binder4j.Binder;
import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.junit.jupiter.api.Test;

/**
 * Which thread runs what, over every transport: the pool's size limits, threads waiting for replies,
 * concurrency and ordering of oneways, and where death notifications run. Scenario numbers refer to
 * section 11 of the behavioural reference.
 */
abstract class AbstractThreadBehaviourTest extends AbstractWorldTest {

    @Test
    void scenario44_thePoolGrowsToMaxThreadsPlusOneAndNoFurther() throws Exception {
        int maxThreads = 4;
        int[] pid = new int[1];
        IBinder peer = startPeer(pid, maxThreads);
        CallbackGate gate = new CallbackGate();
        ExecutorService callers = Executors.newFixedThreadPool(maxThreads + 2);
        try {
            List<Future<Void>> calls = new ArrayList<>();
            for (int i = 0; i < maxThreads + 1; i++) {
                calls.add(callers.submit(() -> gate.callThrough(peer)));
            }
            gate.awaitArrivals(maxThreads + 1);
            calls.add(callers.submit(() -> gate.callThrough(peer)));
            String stats = Await.value("the sixth call waits in the driver", () -> stats(pid[0]),
                    text -> DriverViews.number(text, "pending transactions") == 1);
            assertEquals("0+" + maxThreads + "/" + maxThreads, DriverViews.requestedThreads(stats), stats);
            assertEquals(maxThreads + 1, gate.arrivals(), "no further thread took the sixth call");

            gate.letOneThrough();
            gate.awaitArrivals(maxThreads + 2);
            gate.openForGood();
            for (Future<Void> call : calls) {
                call.get(WAIT_SECONDS, TimeUnit.SECONDS);
            }
            assertEquals(maxThreads + 1, callForInt(peer, TestService.POOL_THREADS, request(pid[0])), "pool threads");
        } finally {
            gate.openForGood();
            callers.shutdownNow();
        }
    }

    @Test
    void scenario45_withoutSpawnedThreadsCallsAreServedOneAtATime() throws Exception {
        int[] pid = new int[1];
        IBinder peer = startPeer(pid, 0);
        CallbackGate gate = new CallbackGate();
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<Void> first = callers.submit(() -> gate.callThrough(peer));
            gate.awaitArrivals(1);
            Future<Void> second = callers.submit(() -> gate.callThrough(peer));
            Await.value("the second call waits in the driver", () -> stats(pid[0]),
                    text -> DriverViews.number(text, "pending transactions") == 1);
            assertEquals(1, gate.arrivals());

            gate.letOneThrough();
            first.get(WAIT_SECONDS, TimeUnit.SECONDS);
            gate.awaitArrivals(2);
            gate.letOneThrough();
            second.get(WAIT_SECONDS, TimeUnit.SECONDS);
            String stats = stats(pid[0]);
            assertEquals("0+0/0", DriverViews.requestedThreads(stats), stats);
            assertEquals(0, DriverViews.number(stats, "BR_SPAWN_LOOPER"), "no thread was ever requested: " + stats);
            assertEquals(1, callForInt(peer, TestService.POOL_THREADS, request(pid[0])), "pool threads");
        } finally {
            gate.openForGood();
            callers.shutdownNow();
        }
    }

    @Test
    void scenario47_aThreadWaitingForItsReplyGetsNoUnrelatedCall() throws Exception {
        // One pool thread and one thread that joins the pool itself: two loopers. One of them takes a call
        // and, handling it, makes a call of its own that blocks; an unrelated call must go to the other.
        BinderRuntime process = world.openProcess("scenario47");
        process.setMaxThreads(0);
        IBinder main = ServiceManager.of(process).checkService("test.main");
        Binder namer = new Binder("org.binder4j.it.ThreadNamer") {
            @Override
            protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
                if (code == TestService.BLOCK) {
                    call(main, TestService.BLOCK, request()).recycle();
                }
                reply.writeString(Thread.currentThread().getName());
                return true;
            }
        };
        ServiceManager.of(process).addService("test.scenario47", namer, false, 8);
        Thread looper = Thread.ofPlatform().name("looper-47").start(process::joinThreadPool);
        IBinder remote = lookup("test.scenario47");
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<String> waiting = caller.submit(() -> nameOfHandler(remote, TestService.BLOCK));
            awaitBlocked(service, 1);
            String other = nameOfHandler(remote, TestService.NOP);
            call(service, TestService.RELEASE, request()).recycle();
            String blocked = waiting.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotEquals(blocked, other, "the unrelated call went to the thread that waited for its reply");
            assertEquals(List.of("binder:" + process.pid() + "_1", "looper-47"),
                    Stream.of(blocked, other).sorted().toList());
        } finally {
            caller.shutdownNow();
            process.close();
            looper.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
    }

    private static String nameOfHandler(IBinder target, int code) throws RemoteException {
        Parcel reply = call(target, code, Parcel.obtain());
        try {
            return reply.readString();
        } finally {
            reply.recycle();
        }
    }

    @Test
    void scenario49_onewaysToTwoObjectsOfOneProcessRunConcurrently() throws Exception {
        IBinder first = newService();
        IBinder second = newService();
        oneway(first, TestService.BLOCK, request());
        oneway(second, TestService.BLOCK, request());
        // Each blocks until released: both blocked at once means they ran concurrently.
        awaitBlocked(first, 1);
        awaitBlocked(second, 1);
        assertEquals(1, callForInt(first, TestService.BLOCKED, request()));
        call(first, TestService.RELEASE, request()).recycle();
        call(second, TestService.RELEASE, request()).recycle();
        awaitBlocked(first, 0);
        awaitBlocked(second, 0);
    }

    @Test
    void scenario50_syncAndOnewayCallsToOneObjectAllComplete() throws Exception {
        // IBinder documents that oneway and synchronous calls to one object are not ordered with each
        // other, so only their completion is asserted (and the order among the oneways, which is promised).
        IBinder target = newService();
        for (int i = 0; i < 50; i++) {
            oneway(target, TestService.RECORD, request(i));
            call(target, TestService.NOP, request()).recycle();
        }
        int recorded = Await.value("50 oneways handled", () -> recorded(target), n -> n < 0 || n == 50);
        assertEquals(50, recorded, "-1 means the oneways ran out of order");
    }

    private static int recorded(IBinder target) {
        try {
            return callForInt(target, TestService.RECORDED, request());
        } catch (RemoteException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void scenario51_deathIsDeliveredOnAPoolThreadWhileTheRegisteringThreadIsBlocked() throws Exception {
        int[] pid = new int[1];
        IBinder victim = startPeer(pid);
        IBinder blocker = newService();
        AtomicReference<String> deliveredOn = new AtomicReference<>();
        CountDownLatch died = new CountDownLatch(1);
        ExecutorService registering = Executors.newSingleThreadExecutor(r -> new Thread(r, "registering-51"));
        try {
            Future<Void> blocked = registering.submit(() -> {
                victim.linkToDeath(() -> {
                    deliveredOn.set(Thread.currentThread().getName());
                    died.countDown();
                }, 0);
                call(blocker, TestService.BLOCK, request()).recycle();
                return null;
            });
            awaitBlocked(blocker, 1);
            world.kill(pid[0]);
            assertTrue(died.await(WAIT_SECONDS, TimeUnit.SECONDS), "recipient called");
            assertFalse(blocked.isDone(), "the registering thread is still blocked");
            assertTrue(deliveredOn.get().startsWith("binder:" + client().pid() + "_"), "delivered on " + deliveredOn.get());
            call(blocker, TestService.RELEASE, request()).recycle();
            blocked.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            registering.shutdownNow();
        }
    }

    /** A new TestService object in the main peer: its own BLOCK gate and RECORD sequence. */
    private IBinder newService() throws RemoteException {
        Parcel reply = call(service, TestService.NEW_SERVICE, request());
        try {
            return reply.readStrongBinder();
        } finally {
            reply.recycle();
        }
    }
}
