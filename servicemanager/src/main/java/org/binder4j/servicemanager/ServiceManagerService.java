package org.binder4j.servicemanager;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.binder4j.Binder;
import org.binder4j.IBinder;
import org.binder4j.IServiceManager;
import org.binder4j.RemoteException;

/**
 * The context manager: names to binder objects. Registrations of a process that dies disappear with
 * it. Runs on one thread and never makes a synchronous outgoing call, so no client can block it.
 */
public final class ServiceManagerService extends IServiceManager.Stub {
    /** The name the service manager registers itself under. */
    public static final String SELF_NAME = "manager";

    private record Entry(IBinder binder, boolean allowIsolated, int dumpPriority, int uid, int pid) {}

    private final Map<String, Entry> services = new TreeMap<>();

    @Override
    public synchronized IBinder getService(String name) {
        return checkService(name);
    }

    @Override
    public synchronized IBinder checkService(String name) {
        Entry entry = services.get(name);
        return entry == null ? null : entry.binder();
    }

    @Override
    public synchronized void addService(String name, IBinder service, boolean allowIsolated, int dumpPriority)
            throws RemoteException {
        String problem = ServiceNames.problem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (service == null) {
            throw new IllegalArgumentException("Null binder.");
        }
        if (!(service instanceof Binder)) {
            try {
                service.linkToDeath(new Obituary(service), 0);
            } catch (RemoteException e) {
                throw new IllegalStateException("service '" + name + "' died while being registered");
            }
        }
        services.put(name, new Entry(service, allowIsolated, dumpPriority, Binder.getCallingUid(), Binder.getCallingPid()));
    }

    @Override
    public synchronized String[] listServices(int dumpPriority) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Entry> entry : services.entrySet()) {
            if ((entry.getValue().dumpPriority() & dumpPriority) != 0) {
                names.add(entry.getKey());
            }
        }
        return names.toArray(new String[0]);
    }

    @Override
    public void registerForNotifications(String name, org.binder4j.IServiceCallback callback) {
        throw new UnsupportedOperationException("registerForNotifications: not yet");
    }

    @Override
    public void unregisterForNotifications(String name, org.binder4j.IServiceCallback callback) {
        throw new IllegalStateException("Nothing to unregister.");
    }

    @Override
    public boolean isDeclared(String name) {
        return false;
    }

    @Override
    public String[] getDeclaredInstances(String iface) {
        return new String[0];
    }

    @Override
    public String updatableViaApex(String name) {
        return null;
    }

    @Override
    public String[] getUpdatableNames(String apexName) {
        return new String[0];
    }

    @Override
    public org.binder4j.ConnectionInfo getConnectionInfo(String name) {
        return null;
    }

    @Override
    public void registerClientCallback(String name, IBinder service, org.binder4j.IClientCallback callback) {
        throw new UnsupportedOperationException("registerClientCallback: not yet");
    }

    @Override
    public void tryUnregisterService(String name, IBinder service) {
        throw new UnsupportedOperationException("tryUnregisterService: not yet");
    }

    @Override
    public synchronized org.binder4j.ServiceDebugInfo[] getServiceDebugInfo() {
        return services.entrySet().stream()
                .map(e -> new org.binder4j.ServiceDebugInfo(e.getKey(), e.getValue().pid()))
                .toArray(org.binder4j.ServiceDebugInfo[]::new);
    }

    private synchronized void remove(IBinder dead) {
        services.values().removeIf(entry -> entry.binder() == dead);
    }

    /** Removes every name of a registered object whose process died. */
    private final class Obituary implements IBinder.DeathRecipient {
        private final IBinder service;

        Obituary(IBinder service) {
            this.service = service;
        }

        @Override
        public void binderDied() {
            remove(service);
        }
    }
}
