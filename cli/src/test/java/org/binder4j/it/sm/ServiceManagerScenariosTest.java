package org.binder4j.it.sm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.binder4j.Binder;
import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.IClientCallback;
import org.binder4j.IServiceCallback;
import org.binder4j.IServiceManager;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.ServiceDebugInfo;
import org.binder4j.ServiceManager;
import org.binder4j.internal.daemon.DaemonDriverSession;
import org.binder4j.it.Await;
import org.binder4j.it.DaemonWorld;
import org.binder4j.protocol.Errno;
import org.binder4j.protocol.NodeInfoForRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Scenarios 1-12 of the behavioural reference (section 11.A): a daemon JVM with the service manager and
 * the built-in policy, peer JVMs that register, hold and drop services ({@link SmPeerMain}), and this JVM
 * as a client. The service manager checks lazy services' clients every {@value #CLIENT_CHECK_MS} ms.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(300)
class ServiceManagerScenariosTest {
    static final String DIRECTORY = "test.peers";
    private static final long CLIENT_CHECK_MS = 300;

    private DaemonWorld world;
    private IServiceManager manager;
    private final PeerDirectory directory = new PeerDirectory();
    private Peer server;
    private int serverPid;

    @BeforeAll
    void startWorld() throws Exception {
        world = DaemonWorld.withDaemonOptions("--client-check-ms", String.valueOf(CLIENT_CHECK_MS));
        manager = ServiceManager.of(world.client());
        manager.addService(DIRECTORY, directory, false, IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT);
        serverPid = world.startPeer(SmPeerMain.class, DIRECTORY, "server");
        server = directory.awaitPeer("server");
    }

    @AfterAll
    void stopWorld() throws Exception {
        if (world != null) {
            world.close();
        }
    }

    /** A new peer JVM labelled {@code label}; its pid goes to {@code pidOut[0]} if given. */
    private Peer startPeer(String label, int... pidOut) throws Exception {
        int pid = world.startPeer(SmPeerMain.class, DIRECTORY, label);
        if (pidOut.length > 0) {
            pidOut[0] = pid;
        }
        return directory.awaitPeer(label);
    }

    private List<String> list(int dumpPriority) throws RemoteException {
        return List.of(manager.listServices(dumpPriority));
    }

    @Test
    void scenario01_aRegisteredServiceIsFoundPingedAndListed() throws Exception {
        String descriptor = server.add("test.foo", IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT, false);

        IBinder foo = manager.checkService("test.foo");
        assertNotNull(foo);
        assertTrue(foo.pingBinder());
        assertEquals(descriptor, foo.getInterfaceDescriptor());
        assertTrue(list(IServiceManager.DUMP_FLAG_PRIORITY_ALL).contains("test.foo"));
    }

    @Test
    void scenario02_namesFollowAndroidsRule() throws Exception {
        Binder object = new Binder("org.binder4j.it.sm.Names");
        String longest = "Az09_./-".repeat(16).substring(0, 127);
        List<String> invalid = List.of("", "a".repeat(128), "a$b");
        List<String> messages = new ArrayList<>();
        for (String name : invalid) {
            messages.add(assertThrows(IllegalArgumentException.class,
                    () -> manager.addService(name, object, false, IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT),
                    "'" + name + "'").getMessage());
        }
        assertEquals(List.of("Invalid service name: empty",
                "Invalid service name: 128 characters, at most 127",
                "Invalid service name 'a$b': character '$' at 1 is not one of [A-Za-z0-9_./-]"), messages);

        manager.addService(longest, object, false, IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT);
        assertSame(object, manager.checkService(longest), "the 127-character name, found from this very process");
        IllegalArgumentException nullBinder = assertThrows(IllegalArgumentException.class,
                () -> manager.addService("test.null", null, false, IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT));
        assertEquals("Null binder.", nullBinder.getMessage());
    }

    @Test
    void scenario03_checkServiceDoesNotWaitAndGetServiceGivesUpAfterFiveSeconds() throws Exception {
        assertNull(manager.checkService("test.missing"));
        BinderRuntime.setDefault(world.client());
        try {
            assertNull(ServiceManager.getService("test.missing"));
        } finally {
            BinderRuntime.setDefault(null);
        }
    }

    @Test
    void scenario04_waitForServiceReturnsTheServiceOnceItIsRegistered() throws Exception {
        CompletableFuture<IBinder> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return ServiceManager.waitForService(manager, "test.late", -1);
            } catch (RemoteException e) {
                throw new IllegalStateException(e);
            }
        });
        assertFalse(waiting.isDone(), "nothing is registered under test.late yet");

        String descriptor = server.add("test.late", IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT, false);

        IBinder late = waiting.get(PeerDirectory.WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(descriptor, late.getInterfaceDescriptor(), "usable");
        assertSame(manager.checkService("test.late"), late);
    }

    @Test
    void scenario05_aRegistrationCallbackIsCalledOnRegistrationAndAtOnceForARegisteredName() throws Exception {
        Peer watcher = startPeer("watcher");
        watcher.watch("test.bar");
        assertEquals(0, directory.pendingEvents("watcher"), "test.bar is not registered yet");

        String descriptor = server.add("test.bar", IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT, false);
        assertEquals("onRegistration test.bar " + descriptor, directory.nextEvent("watcher"));

        watcher.watch("test.bar");
        assertEquals("onRegistration test.bar " + descriptor, directory.nextEvent("watcher"), "already registered");
    }

    @Test
    void scenario06_unregisteringACallbackThatIsNotRegisteredIsAnIllegalState() throws Exception {
        IServiceCallback callback = new IServiceCallback.Stub() {
            @Override
            public void onRegistration(String name, IBinder binder) {}
        };
        IllegalStateException never = assertThrows(IllegalStateException.class,
                () -> manager.unregisterForNotifications("test.six", callback));
        assertEquals("Nothing to unregister.", never.getMessage());

        manager.registerForNotifications("test.six", callback);
        manager.unregisterForNotifications("test.six", callback);
        assertThrows(IllegalStateException.class, () -> manager.unregisterForNotifications("test.six", callback),
                "once only");
    }

    @Test
    void scenario07_registeringANameAgainReplacesTheObject() throws Exception {
        String first = server.add("test.twice", IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT, false);
        String second = server.add("test.twice", IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT, false);

        assertNotEquals(first, second);
        assertEquals(second, manager.checkService("test.twice").getInterfaceDescriptor());
    }

    @Test
    void scenario08_listServicesFiltersByDumpPriorityAndSorts() throws Exception {
        server.add("test.crit", IServiceManager.DUMP_FLAG_PRIORITY_CRITICAL, false);
        server.add("test.def", IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT, false);

        List<String> critical = list(IServiceManager.DUMP_FLAG_PRIORITY_CRITICAL);
        assertTrue(critical.contains("test.crit"), critical.toString());
        assertFalse(critical.contains("test.def"), critical.toString());
        List<String> byDefault = list(IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT);
        assertTrue(byDefault.contains("test.def") && byDefault.contains("manager"), byDefault.toString());
        assertFalse(byDefault.contains("test.crit"), byDefault.toString());
        List<String> all = list(IServiceManager.DUMP_FLAG_PRIORITY_ALL);
        assertTrue(all.containsAll(List.of("test.crit", "test.def", "manager")), all.toString());
        assertEquals(all.stream().sorted().toList(), all, "sorted");
    }

    @Test
    void scenario09_managerIsTheServiceManagerItself() throws Exception {
        IBinder self = manager.checkService("manager");

        assertSame(world.client().getContextObject(), self);
        assertEquals("android.os.IServiceManager", self.getInterfaceDescriptor());
    }

    @Test
    void scenario10_aDeadRegistrantsNamesDisappear() throws Exception {
        int[] pid = new int[1];
        Peer doomed = startPeer("doomed", pid);
        doomed.add("test.doomed", IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT, false);
        doomed.add("test.doomed.too", IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT, false);
        assertNotNull(manager.checkService("test.doomed"));

        world.kill(pid[0]);

        Await.until("the dead peer's names are gone", () -> {
            try {
                List<String> all = list(IServiceManager.DUMP_FLAG_PRIORITY_ALL);
                return !all.contains("test.doomed") && !all.contains("test.doomed.too");
            } catch (RemoteException e) {
                throw new IllegalStateException(e);
            }
        });
        assertNull(manager.checkService("test.doomed"));
    }

    @Test
    void scenario11_aLazyServiceIsToldWhenItGainsAndLosesClients() throws Exception {
        Peer lazy = startPeer("lazy11");
        Peer client = startPeer("client11");
        lazy.add("test.lazy11", IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT, true);

        assertTrue(client.hold("test.lazy11"));
        assertEquals("onClients test.lazy11 true", directory.nextEvent("lazy11"), "as soon as a client has it");

        client.drop("test.lazy11");
        assertEquals("onClients test.lazy11 false", directory.nextEvent("lazy11"), "at a periodic check");
    }

    @Test
    void scenario12_onlyTheRegistrantMayUnregisterAndOnlyWithoutClients() throws Exception {
        Peer lazy = startPeer("lazy12");
        Peer client = startPeer("client12");
        lazy.add("test.lazy12", IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT, true);
        assertTrue(client.hold("test.lazy12"));
        assertEquals("onClients test.lazy12 true", directory.nextEvent("lazy12"));

        UnsupportedOperationException other = assertThrows(UnsupportedOperationException.class,
                () -> client.tryUnregister("test.lazy12"));
        assertTrue(other.getMessage().startsWith("only the process that registered 'test.lazy12'"), other.getMessage());
        IllegalStateException used = assertThrows(IllegalStateException.class, () -> lazy.tryUnregister("test.lazy12"));
        assertTrue(used.getMessage().startsWith("Can't unregister 'test.lazy12': "), used.getMessage());

        client.drop("test.lazy12");
        assertEquals("onClients test.lazy12 false", directory.nextEvent("lazy12"));
        lazy.tryUnregister("test.lazy12");

        assertFalse(list(IServiceManager.DUMP_FLAG_PRIORITY_ALL).contains("test.lazy12"));
        assertNull(manager.checkService("test.lazy12"));
        IllegalStateException gone = assertThrows(IllegalStateException.class, () -> lazy.tryUnregister("test.lazy12"));
        assertEquals("'test.lazy12' is not registered", gone.getMessage());
    }

    @Test
    void aClientCallbackIsOnlyForTheRegistrantAndItsOwnObject() throws Exception {
        server.add("test.callbacks", IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT, false);
        IBinder service = manager.checkService("test.callbacks");
        IClientCallback callback = new IClientCallback.Stub() {
            @Override
            public void onClients(IBinder registered, boolean hasClients) {}
        };

        assertThrows(UnsupportedOperationException.class,
                () -> manager.registerClientCallback("test.callbacks", service, callback), "not the registrant");
        assertThrows(IllegalArgumentException.class,
                () -> manager.registerClientCallback("test.unregistered", service, callback), "not registered");
        NullPointerException noCallback = assertThrows(NullPointerException.class,
                () -> manager.registerClientCallback("test.callbacks", service, null));
        assertEquals("Null client callback.", noCallback.getMessage());
    }

    @Test
    void debugInfoNamesEachRegistrantsPid() throws Exception {
        server.add("test.debug", IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT, false);

        ServiceDebugInfo[] infos = manager.getServiceDebugInfo();

        List<String> names = Arrays.stream(infos).map(info -> info.name).toList();
        assertEquals(names.stream().sorted().toList(), names, "by name");
        ServiceDebugInfo debug = Arrays.stream(infos).filter(info -> info.name.equals("test.debug")).findFirst()
                .orElseThrow(() -> new AssertionError("test.debug in " + names));
        assertEquals(serverPid, debug.debugPid);
        ServiceDebugInfo self = Arrays.stream(infos).filter(info -> info.name.equals("manager")).findFirst().orElseThrow();
        assertEquals((int) world.daemon().pid(), self.debugPid, "the service manager runs in the daemon's JVM");
    }

    @Test
    void noVintfNoApexNoRpc() throws Exception {
        assertFalse(manager.isDeclared("android.hardware.light.ILights/default"));
        assertArrayEquals(new String[0], manager.getDeclaredInstances("android.hardware.light.ILights"));
        assertNull(manager.updatableViaApex("manager"));
        assertArrayEquals(new String[0], manager.getUpdatableNames("com.android.foo"));
        assertNull(manager.getConnectionInfo("manager"));
    }

    @Test
    void transactionCodesAreAndroid14s() throws Exception {
        IBinder handle0 = world.client().getContextObject();
        // `service call manager 4 i32 15`: listServices(DUMP_FLAG_PRIORITY_ALL) on Android 14 and 15.
        Parcel reply = rawCall(handle0, 4, data -> data.writeInt(IServiceManager.DUMP_FLAG_PRIORITY_ALL));
        try {
            assertTrue(Arrays.asList(reply.createStringArray()).contains("manager"));
        } finally {
            reply.recycle();
        }
        reply = rawCall(handle0, 2, data -> data.writeString("manager"));
        try {
            assertSame(handle0, reply.readStrongBinder(), "2 is checkService");
        } finally {
            reply.recycle();
        }
    }

    /** Calls {@code code} on {@code target} with the service manager's interface token; returns the reply after its header. */
    private static Parcel rawCall(IBinder target, int code, Consumer<Parcel> arguments)
            throws RemoteException {
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        try {
            data.writeInterfaceToken(IServiceManager.DESCRIPTOR);
            arguments.accept(data);
            assertTrue(target.transact(code, data, reply, 0), "code " + code + " is known");
            reply.readException();
            return reply;
        } catch (RemoteException | RuntimeException | Error e) {
            reply.recycle();
            throw e;
        } finally {
            data.recycle();
        }
    }

    @Test
    void onlyTheContextManagerMayAskTheDriverForNodeCounts() {
        try (DaemonDriverSession session = DaemonDriverSession.connect(world.socket(), "node-info-probe")) {
            NodeInfoForRef info = new NodeInfoForRef();
            assertEquals(-Errno.EPERM, session.getNodeInfoForRef(info));
        }
    }
}
