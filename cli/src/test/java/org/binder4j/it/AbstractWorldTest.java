package org.binder4j.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A behavioural suite over one {@link BinderWorld} for the whole class: the subclass says which. The
 * world starts with a main peer publishing a {@link TestService}; tests that kill or reconfigure a
 * peer start their own. Scenario numbers refer to section 11 of the behavioural reference.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractWorldTest {
    static final long WAIT_SECONDS = Await.SECONDS;

    private final AtomicInteger peerSeq = new AtomicInteger();
    BinderWorld world;
    /** The main peer's {@link TestService}. */
    IBinder service;
    int servicePid;

    abstract BinderWorld createWorld() throws Exception;

    @BeforeAll
    void startWorld() throws Exception {
        world = createWorld();
        servicePid = world.startPeer("test.main");
        service = lookup("test.main");
    }

    @AfterAll
    void stopWorld() throws Exception {
        if (world != null) {
            world.close();
        }
    }

    BinderWorld world() {
        return world;
    }

    BinderRuntime client() {
        return world.client();
    }

    IBinder lookup(String name) throws RemoteException {
        IBinder binder = ServiceManager.of(world.client()).checkService(name);
        assertNotNull(binder, "service " + name + " is registered");
        return binder;
    }

    /** A fresh peer, for tests that kill theirs. */
    IBinder startPeer(int[] pidOut) throws Exception {
        String name = "test.peer" + peerSeq.incrementAndGet();
        pidOut[0] = world.startPeer(name);
        return lookup(name);
    }

    /** A fresh peer whose pool is one looper plus at most {@code maxThreads} spawned threads. */
    IBinder startPeer(int[] pidOut, int maxThreads) throws Exception {
        String name = "test.peer" + peerSeq.incrementAndGet();
        pidOut[0] = world.startPeer(name, maxThreads);
        return lookup(name);
    }

    static Parcel request() {
        Parcel data = Parcel.obtain();
        data.writeInterfaceToken(TestService.DESCRIPTOR);
        return data;
    }

    /** A request carrying one int argument. */
    static Parcel request(int argument) {
        Parcel data = request();
        data.writeInt(argument);
        return data;
    }

    /** Calls {@code code}, checks that it was handled, and returns the reply (to be recycled). */
    static Parcel call(IBinder target, int code, Parcel data) throws RemoteException {
        return call(target, code, data, 0);
    }

    /** Calls {@code code} with {@code flags}, checks that it was handled, and returns the reply (to be recycled). */
    static Parcel call(IBinder target, int code, Parcel data, int flags) throws RemoteException {
        Parcel reply = Parcel.obtain();
        try {
            assertTrue(target.transact(code, data, reply, flags), "code " + code + " is known");
        } finally {
            data.recycle();
        }
        return reply;
    }

    /** Calls {@code code} and returns the int it replies. */
    static int callForInt(IBinder target, int code, Parcel data) throws RemoteException {
        Parcel reply = call(target, code, data);
        try {
            return reply.readInt();
        } finally {
            reply.recycle();
        }
    }

    /** Sends a oneway call. */
    static void oneway(IBinder target, int code, Parcel data) throws RemoteException {
        try {
            assertTrue(target.transact(code, data, null, IBinder.FLAG_ONEWAY), "oneway " + code + " accepted");
        } finally {
            data.recycle();
        }
    }

    static void awaitBlocked(IBinder target, int expected) {
        Await.value(expected + " blocked handlers", () -> {
            try {
                return callForInt(target, TestService.BLOCKED, request());
            } catch (RemoteException e) {
                throw new IllegalStateException(e);
            }
        }, blocked -> blocked == expected);
    }

    /** The driver's "stats" of one process. */
    String stats(int pid) {
        return DriverViews.proc(world.debugView("stats"), pid);
    }
}
