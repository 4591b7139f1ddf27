package org.binder4j.servicemanager;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.binder4j.Binder;
import org.binder4j.ConnectionInfo;
import org.binder4j.IBinder;
import org.binder4j.IClientCallback;
import org.binder4j.IServiceCallback;
import org.binder4j.IServiceManager;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.ServiceDebugInfo;
import org.binder4j.servicemanager.policy.AccessPolicy;
import org.binder4j.servicemanager.policy.Operation;
import org.binder4j.servicemanager.policy.PolicyException;

/**
 * The context manager: names to binder objects, with Android 14's behaviour (see {@link IServiceManager}
 * for each method's contract) under an {@link AccessPolicy}.
 *
 * <ul>
 * <li>Registrations of a process that dies disappear with it; so do its callbacks.
 * <li>Registering a name again replaces the registration; the client callbacks of the old one go with it.
 * <li>Names are listed sorted; a caller sees only the names the policy lets it find.
 * <li>No VINTF manifests, APEXes or RPC binder: {@code isDeclared} is false, {@code getDeclaredInstances}
 *     and {@code getUpdatableNames} are empty, {@code updatableViaApex} and {@code getConnectionInfo}
 *     are null. {@code allowIsolated} has no effect: Linux has no isolated app processes.
 * </ul>
 *
 * <p>Threads: incoming calls run on the service manager's one binder thread; the periodic client check
 * and policy reloads come from other threads and take the same lock. Nothing here ever makes a
 * synchronous outgoing call, only oneway callbacks, so no client can block the service manager.
 *
 * <p>A binder4j extension, {@link #RELOAD_POLICY_TRANSACTION}, reloads the policy file on request of root
 * or the service manager's own uid.
 */
public final class ServiceManagerService extends IServiceManager.Stub {
    /** The name the service manager registers itself under. */
    public static final String SELF_NAME = "manager";
    /**
     * binder4j's own transaction '_RLD': reload the access policy file. Data: the interface token of
     * {@link IServiceManager#DESCRIPTOR}. Reply: the exception header, then a String saying what is in force
     * now. Only root and the service manager's own uid may call it (else {@link SecurityException}); a bad
     * file leaves the old policy in force and throws {@link IllegalStateException} with the file's errors.
     */
    public static final int RELOAD_POLICY_TRANSACTION = ('_' << 24) | ('R' << 16) | ('L' << 8) | 'D';

    private final int ownUid;
    private final ServiceManagerLog log;
    private final PolicyHolder policy;
    private final TreeMap<String, ServiceRecord> services = new TreeMap<>();
    private final RegistrationCallbacks registrationCallbacks;
    private final ClientTracker clients;
    private final DeathLinks deathLinks = new DeathLinks(new IBinder.DeathRecipient() {
        @Override
        public void binderDied() {
            // Never called: a proxy always names the object that died.
        }

        @Override
        public void binderDied(IBinder who) {
            ServiceManagerService.this.binderDied(who);
        }
    });

    /**
     * @param holders how many processes hold a strong reference to a registered binder, the manager included
     */
    ServiceManagerService(int ownUid, PolicyHolder policy, ToIntFunction<IBinder> holders, ServiceManagerLog log) {
        this.ownUid = ownUid;
        this.log = log;
        this.policy = policy;
        this.registrationCallbacks = new RegistrationCallbacks(log);
        this.clients = new ClientTracker(holders, log);
    }

    /** Registers the service manager itself, of process {@code ownPid}, as {@value #SELF_NAME}, with no checks. */
    synchronized void registerSelf(int ownPid) {
        services.put(SELF_NAME, new ServiceRecord(SELF_NAME, this, DUMP_FLAG_PRIORITY_DEFAULT, ownUid, ownPid));
    }

    @Override
    public IBinder getService(String name) {
        return checkService(name);
    }

    @Override
    public synchronized IBinder checkService(String name) {
        requireName(name);
        policy().check(Operation.FIND, Binder.getCallingUid(), name);
        ServiceRecord record = services.get(name);
        if (record == null) {
            return null;
        }
        clients.lookedUp(record);
        return record.binder;
    }

    @Override
    public synchronized void addService(String name, IBinder service, boolean allowIsolated, int dumpPriority) {
        int uid = Binder.getCallingUid();
        int pid = Binder.getCallingPid();
        requireName(name);
        AccessPolicy rules = policy();
        rules.check(Operation.ADD, uid, name);
        if (service == null) {
            throw new IllegalArgumentException("Null binder.");
        }
        String problem = ServiceNames.problem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (name.equals(SELF_NAME)) {
            throw new SecurityException("add of '" + name + "' denied for uid " + Integer.toUnsignedString(uid)
                    + ": it is the service manager's own name");
        }
        ServiceRecord existing = services.get(name);
        if (existing != null && existing.uid != uid) {
            checkTakeover(rules, uid, existing);
        }
        if ((dumpPriority & DUMP_FLAG_PRIORITY_ALL) == 0) {
            log.warn("'" + name + "' added by pid " + pid + " with dump priority 0x" + Integer.toHexString(dumpPriority)
                    + ", which has no priority bit: no listServices call will list it");
        }
        try {
            deathLinks.use(service);
        } catch (RemoteException e) {
            throw new IllegalStateException("'" + name + "' died while being registered: " + e.getMessage());
        }
        ServiceRecord record = new ServiceRecord(name, service, dumpPriority, uid, pid);
        services.put(name, record);
        if (existing != null) {
            forget(existing);
        }
        log.info((existing == null ? "added '" : "replaced '") + name + "' for uid " + Integer.toUnsignedString(uid)
                + " pid " + pid + (existing == null ? "" : " (was pid " + existing.pid + ")"));
        if (registrationCallbacks.has(name)) {
            // The callbacks are about to get it: they count as clients.
            clients.lookedUp(record);
            registrationCallbacks.notifyRegistered(name, service);
        }
    }

    private void checkTakeover(AccessPolicy rules, int uid, ServiceRecord existing) {
        try {
            rules.check(Operation.TAKEOVER, uid, existing.name);
        } catch (SecurityException e) {
            throw new SecurityException(e.getMessage() + " ('" + existing.name + "' is registered by uid "
                    + Integer.toUnsignedString(existing.uid) + ", pid " + existing.pid + ")");
        }
    }

    @Override
    public synchronized String[] listServices(int dumpPriority) {
        List<String> names = new ArrayList<>();
        for (ServiceRecord record : listable()) {
            if ((record.dumpPriority & dumpPriority) != 0) {
                names.add(record.name);
            }
        }
        return names.toArray(new String[0]);
    }

    @Override
    public synchronized ServiceDebugInfo[] getServiceDebugInfo() {
        List<ServiceRecord> records = listable();
        ServiceDebugInfo[] infos = new ServiceDebugInfo[records.size()];
        for (int i = 0; i < infos.length; i++) {
            infos[i] = new ServiceDebugInfo(records.get(i).name, records.get(i).pid);
        }
        return infos;
    }

    /** The registrations the caller may find, by name; throws if it may not list. */
    private List<ServiceRecord> listable() {
        int uid = Binder.getCallingUid();
        AccessPolicy rules = policy();
        rules.check(Operation.LIST, uid, null);
        List<ServiceRecord> records = new ArrayList<>(services.size());
        for (ServiceRecord record : services.values()) {
            if (rules.allows(Operation.FIND, uid, record.name)) {
                records.add(record);
            }
        }
        return records;
    }

    @Override
    public synchronized void registerForNotifications(String name, IServiceCallback callback) {
        requireName(name);
        policy().check(Operation.FIND, Binder.getCallingUid(), name);
        String problem = ServiceNames.problem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (callback == null) {
            throw new NullPointerException("Null callback.");
        }
        try {
            deathLinks.use(callback.asBinder());
        } catch (RemoteException e) {
            throw new IllegalStateException("the callback for '" + name + "' died while being registered");
        }
        registrationCallbacks.add(name, callback);
        ServiceRecord record = services.get(name);
        if (record != null) {
            clients.lookedUp(record);
            registrationCallbacks.notifyRegistered(callback, name, record.binder);
        }
    }

    @Override
    public synchronized void unregisterForNotifications(String name, IServiceCallback callback) {
        requireName(name);
        policy().check(Operation.FIND, Binder.getCallingUid(), name);
        if (callback == null || !registrationCallbacks.remove(name, callback)) {
            throw new IllegalStateException("Nothing to unregister.");
        }
        deathLinks.release(callback.asBinder());
    }

    @Override
    public boolean isDeclared(String name) {
        requireName(name);
        policy().check(Operation.FIND, Binder.getCallingUid(), name);
        return false;
    }

    @Override
    public String[] getDeclaredInstances(String iface) {
        return new String[0];
    }

    @Override
    public String updatableViaApex(String name) {
        requireName(name);
        policy().check(Operation.FIND, Binder.getCallingUid(), name);
        return null;
    }

    @Override
    public String[] getUpdatableNames(String apexName) {
        return new String[0];
    }

    @Override
    public ConnectionInfo getConnectionInfo(String name) {
        requireName(name);
        policy().check(Operation.FIND, Binder.getCallingUid(), name);
        return null;
    }

    @Override
    public synchronized void registerClientCallback(String name, IBinder service, IClientCallback callback) {
        if (callback == null) {
            throw new NullPointerException("Null client callback.");
        }
        requireName(name);
        policy().check(Operation.ADD, Binder.getCallingUid(), name);
        ServiceRecord record = services.get(name);
        if (record == null) {
            throw new IllegalArgumentException("'" + name + "' is not registered");
        }
        requireRegistrant(record, "register a client callback for");
        if (record.binder != service) {
            throw new IllegalArgumentException("Service mismatch: '" + name + "' is registered with another binder");
        }
        try {
            deathLinks.use(callback.asBinder());
        } catch (RemoteException e) {
            throw new IllegalStateException("the client callback for '" + name + "' died while being registered");
        }
        record.clientCallbacks.add(callback);
        clients.callbackAdded(record);
    }

    @Override
    public synchronized void tryUnregisterService(String name, IBinder service) {
        if (service == null) {
            throw new NullPointerException("Null service.");
        }
        requireName(name);
        policy().check(Operation.ADD, Binder.getCallingUid(), name);
        ServiceRecord record = services.get(name);
        if (record == null) {
            throw new IllegalStateException("'" + name + "' is not registered");
        }
        requireRegistrant(record, "unregister");
        if (record.binder != service) {
            throw new IllegalStateException("'" + name + "' is registered with another binder");
        }
        if (record.guaranteeClient) {
            throw new IllegalStateException("Can't unregister '" + name + "': it was just handed to a client");
        }
        int others = clients.otherHolders(record);
        if (others > 0) {
            throw new IllegalStateException("Can't unregister '" + name + "': " + others + " other process"
                    + (others == 1 ? " holds" : "es hold") + " it");
        }
        services.remove(name);
        forget(record);
        log.info("'" + name + "' unregistered itself (pid " + record.pid + ")");
    }

    /** Only the process that registered a service may manage its registration. */
    private static void requireRegistrant(ServiceRecord record, String what) {
        int pid = Binder.getCallingPid();
        if (record.pid != pid) {
            throw new UnsupportedOperationException("only the process that registered '" + record.name + "' (pid "
                    + record.pid + ") may " + what + " it; the caller is pid " + pid);
        }
    }

    /** The periodic check of the client callbacks, and the end of the lookups' guarantees. */
    synchronized void checkClients() {
        for (ServiceRecord record : services.values()) {
            clients.periodicCheck(record);
        }
    }

    /** Drops the death links of a registration that is gone. */
    private void forget(ServiceRecord record) {
        deathLinks.release(record.binder);
        for (IClientCallback callback : record.clientCallbacks) {
            deathLinks.release(callback.asBinder());
        }
    }

    /** A registered service or a callback died: everything of it goes. */
    private synchronized void binderDied(IBinder dead) {
        deathLinks.died(dead);
        for (Iterator<Map.Entry<String, ServiceRecord>> it = services.entrySet().iterator(); it.hasNext(); ) {
            ServiceRecord record = it.next().getValue();
            if (record.binder == dead) {
                it.remove();
                for (IClientCallback callback : record.clientCallbacks) {
                    deathLinks.release(callback.asBinder());
                }
                log.info("removed '" + record.name + "': its process (pid " + record.pid + ") died");
            } else {
                record.clientCallbacks.removeIf(callback -> callback.asBinder() == dead);
            }
        }
        registrationCallbacks.removeAll(dead);
    }

    @Override
    protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
        if (code != RELOAD_POLICY_TRANSACTION) {
            return super.onTransact(code, data, reply, flags);
        }
        data.enforceInterface(DESCRIPTOR);
        data.enforceNoDataAvail();
        String outcome = reloadPolicyFor(Binder.getCallingUid());
        reply.writeNoException();
        reply.writeString(outcome);
        return true;
    }

    private String reloadPolicyFor(int uid) {
        if (uid != 0 && uid != ownUid) {
            throw new SecurityException("reload of the access policy denied for uid " + Integer.toUnsignedString(uid)
                    + ": only root and the service manager's uid " + Integer.toUnsignedString(ownUid) + " may");
        }
        try {
            return policy.reload();
        } catch (PolicyException e) {
            throw new IllegalStateException("access policy not reloaded, " + policy.current() + " stays in force: "
                    + e.getMessage());
        }
    }

    private AccessPolicy policy() {
        return policy.current();
    }

    /** AIDL strings may be null on the wire; a name may not. */
    private static void requireName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("Invalid service name: null");
        }
    }
}
