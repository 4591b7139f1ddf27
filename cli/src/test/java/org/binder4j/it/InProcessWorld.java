package org.binder4j.it;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.binder4j.Binder;
import org.binder4j.BinderRuntime;
import org.binder4j.ServiceManager;
import org.binder4j.driver.inprocess.InProcessDriver;
import org.binder4j.servicemanager.ServiceManagerHost;

/** Every process in this JVM over the in-process transport; a process's death is its session closing. */
public final class InProcessWorld implements BinderWorld {
    private static final int UID = 1000;

    private final InProcessDriver driver = new InProcessDriver();
    private final AtomicInteger nextPid = new AtomicInteger(4000);
    private final ServiceManagerHost serviceManager;
    private final BinderRuntime client;
    private final Map<Integer, BinderRuntime> peers = new HashMap<>();
    private final List<BinderRuntime> processes = new ArrayList<>();

    public InProcessWorld() {
        serviceManager = ServiceManagerHost.start(driver.open(nextPid.getAndIncrement(), UID, UID, "servicemanager"));
        client = BinderRuntime.create(driver.open(nextPid.getAndIncrement(), UID, UID, "test-client"));
    }

    @Override
    public BinderRuntime client() {
        return client;
    }

    @Override
    public int startPeer(String name) throws Exception {
        return startPeer(name, BinderRuntime.DEFAULT_MAX_THREADS);
    }

    @Override
    public int startPeer(String name, int maxThreads) throws Exception {
        return startPeer(name, new TestService(), maxThreads);
    }

    /**
     * Starts a peer process that publishes {@code service} under {@code name}, with a pool of one thread
     * plus at most {@code maxThreads} the driver asks for; returns its pid.
     */
    public int startPeer(String name, Binder service, int maxThreads) throws Exception {
        int pid = nextPid.getAndIncrement();
        BinderRuntime peer = BinderRuntime.create(driver.open(pid, UID, UID, "peer-" + name));
        peer.setMaxThreads(maxThreads);
        peer.startThreadPool();
        ServiceManager.of(peer).addService(name, service, false, 8);
        peers.put(pid, peer);
        return pid;
    }

    @Override
    public BinderRuntime openProcess(String name) {
        BinderRuntime process = BinderRuntime.create(driver.open(nextPid.getAndIncrement(), UID, UID, name));
        processes.add(process);
        return process;
    }

    @Override
    public void kill(int pid) {
        BinderRuntime peer = peers.remove(pid);
        if (peer != null) {
            peer.close();
        }
    }

    @Override
    public String debugView(String name) {
        return client.debugView(name);
    }

    @Override
    public void close() {
        client.close();
        processes.forEach(BinderRuntime::close);
        processes.clear();
        peers.values().forEach(BinderRuntime::close);
        peers.clear();
        serviceManager.close();
    }
}
