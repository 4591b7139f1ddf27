package org.binder4j.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.PermissionEnforcer;
import org.binder4j.RemoteException;
import org.binder4j.aidl.behaviour.InProcessPeers;

/**
 * {@link IGuardedService}: the stub checks {@code @EnforcePermission} with its enforcer before the method runs, the
 * proxy marks its calls sensitive, falls back to the default implementation for a method the service does not know,
 * and a {@code Delegator} forwards to another implementation.
 */
public final class GuardedServiceScenarios {
    private final InProcessPeers peers;
    /** What the enforcer was asked: permission, pid and uid of the caller. */
    private final List<String> checks = new CopyOnWriteArrayList<>();
    private final List<Integer> flagsSeen = new CopyOnWriteArrayList<>();

    public GuardedServiceScenarios(InProcessPeers peers) {
        this.peers = peers;
    }

    /** Grants {@code granted}, and records every question. */
    private PermissionEnforcer granting(Set<String> granted) {
        return (permission, pid, uid) -> {
            checks.add(permission + " pid=" + pid);
            return granted.contains(permission);
        };
    }

    /** Implements every method but {@link #optional}, which it refuses as unknown. */
    final class Service extends IGuardedService.Stub {
        Service(PermissionEnforcer enforcer) {
            super(enforcer);
        }

        @Override
        public boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
            flagsSeen.add(flags);
            return code != TRANSACTION_optional && super.onTransact(code, data, reply, flags);
        }

        @Override
        public String read() {
            return "secret";
        }

        @Override
        public int anyOf() {
            return 1;
        }

        @Override
        public int allOf() {
            return 2;
        }

        @Override
        public int open() {
            return 3;
        }

        @Override
        public int optional(int value) {
            throw new IllegalStateException("never called: onTransact refuses it");
        }
    }

    private IGuardedService publish(PermissionEnforcer enforcer) throws RemoteException {
        return IGuardedService.Stub.asInterface(peers.publish("guarded", new Service(enforcer)));
    }

    public void permissionsAreCheckedForTheCaller() throws RemoteException {
        IGuardedService service = publish(granting(Set.of("READ", "B")));
        assertEquals("secret", service.read());
        assertEquals(1, service.anyOf());
        SecurityException denied = assertThrows(SecurityException.class, service::allOf);
        assertTrue(denied.getMessage().startsWith("Access denied, requires: allOf=[A, B] (caller pid "
                + peers.client().pid()), denied.getMessage());
        assertEquals(3, service.open(), "a method without @EnforcePermission is not checked");
        int pid = peers.client().pid();
        assertEquals(List.of("READ pid=" + pid, "A pid=" + pid, "B pid=" + pid, "A pid=" + pid), checks);
    }

    public void theDefaultEnforcerDeniesEverything() throws RemoteException {
        IGuardedService service = IGuardedService.Stub.asInterface(peers.publish("guarded", new Service(
                PermissionEnforcer.getDefault())));
        assertThrows(SecurityException.class, service::read);
        assertEquals(3, service.open());
    }

    public void callsAreMarkedSensitive() throws RemoteException {
        IGuardedService service = publish(granting(Set.of()));
        service.open();
        assertEquals(1, flagsSeen.size());
        assertEquals(IBinder.FLAG_CLEAR_BUF, flagsSeen.getFirst() & IBinder.FLAG_CLEAR_BUF, "flags " + flagsSeen);
    }

    public void anUnknownMethodFallsBackToTheDefaultImplementation() throws RemoteException {
        IGuardedService service = publish(granting(Set.of()));
        assertEquals(0, service.optional(5), "without a default implementation the unknown call is ignored");
        IGuardedService.Stub.setDefaultImpl(new IGuardedService.Default() {
            @Override
            public int optional(int value) {
                return value * 3;
            }
        });
        assertEquals(15, service.optional(5));
        assertThrows(IllegalStateException.class, () -> IGuardedService.Stub.setDefaultImpl(
                new IGuardedService.Default()));
    }

    public void aDelegatorForwardsEveryCall() throws RemoteException {
        Service target = new Service(granting(Set.of("READ")));
        IGuardedService.Delegator delegator = new IGuardedService.Delegator(target) {};
        IGuardedService service = IGuardedService.Stub.asInterface(peers.publish("delegator", delegator));
        assertEquals(3, service.open());
        assertEquals(target, delegator.getImpl());
        assertThrows(SecurityException.class, service::read, "the delegator's own (default) enforcer checks");
    }
}
