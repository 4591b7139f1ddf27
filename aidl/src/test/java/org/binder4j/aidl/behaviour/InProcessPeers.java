package org.binder4j.aidl.behaviour;

import java.util.concurrent.atomic.AtomicInteger;
import org.binder4j.Binder;
import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.IServiceManager;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.binder4j.driver.inprocess.InProcessDriver;
import org.binder4j.protocol.DriverSession;
import org.binder4j.servicemanager.ServiceManagerHost;

/**
 * Two binder processes in this JVM over the in-process driver, with a service manager: a server that publishes
 * services and a client that calls them. Both run thread pools, so either can receive calls (callbacks included).
 */
public final class InProcessPeers implements AutoCloseable {
    private static final int UID = 1000;

    private final AtomicInteger nextPid = new AtomicInteger(7000);
    private final InProcessDriver driver = new InProcessDriver();
    private final ServiceManagerHost serviceManager;
    private final BinderRuntime server;
    private final BinderRuntime client;

    public InProcessPeers() {
        serviceManager = ServiceManagerHost.start(open("servicemanager"));
        server = BinderRuntime.create(open("server"));
        client = BinderRuntime.create(open("client"));
        server.startThreadPool();
        client.startThreadPool();
    }

    private DriverSession open(String name) {
        int pid = nextPid.getAndIncrement();
        return driver.open(pid, UID, UID, name);
    }

    /** Registers {@code service} under {@code name} in the server process; returns the client's proxy to it. */
    public IBinder publish(String name, Binder service) throws RemoteException {
        ServiceManager.of(server).addService(name, service, false, IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT);
        return ServiceManager.of(client).getService(name);
    }

    public BinderRuntime client() {
        return client;
    }

    public BinderRuntime server() {
        return server;
    }

    @Override
    public void close() {
        client.close();
        server.close();
        serviceManager.close();
    }
}
