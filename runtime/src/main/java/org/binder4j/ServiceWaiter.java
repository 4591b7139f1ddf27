package org.binder4j;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits for one name to be registered: a registration callback the service manager calls at once if the
 * name is already registered, so registering it leaves no gap in which a registration could be missed.
 * Linked to the service manager's death, so a wait ends when there is nobody left to answer.
 */
final class ServiceWaiter extends IServiceCallback.Stub implements IBinder.DeathRecipient {
    private final String name;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile IBinder found;
    private volatile boolean managerDied;

    private ServiceWaiter(String name) {
        this.name = name;
    }

    /** See {@link ServiceManager#waitForService(IServiceManager, String, long)}. */
    static IBinder await(IServiceManager manager, String name, long timeoutMs) throws RemoteException {
        IBinder service = manager.checkService(name);
        if (service != null || timeoutMs == 0) {
            return service;
        }
        ServiceWaiter waiter = new ServiceWaiter(name);
        IBinder managerBinder = manager.asBinder();
        managerBinder.linkToDeath(waiter, 0);
        try {
            manager.registerForNotifications(name, waiter);
            IBinder found = waiter.await(timeoutMs);
            waiter.unregister(manager);
            return found;
        } finally {
            managerBinder.unlinkToDeath(waiter, 0);
        }
    }

    /** Takes the callback back; a service manager that died took it with it. */
    private void unregister(IServiceManager manager) throws RemoteException {
        if (!managerDied) {
            try {
                manager.unregisterForNotifications(name, this);
            } catch (DeadObjectException e) {
                // Died since: nothing left to undo.
            }
        }
    }

    @Override
    public void onRegistration(String registeredName, IBinder binder) {
        if (name.equals(registeredName) && binder != null) {
            found = binder;
            done.countDown();
        }
    }

    @Override
    public void binderDied() {
        managerDied = true;
        done.countDown();
    }

    /** The binder, or null after {@code timeoutMs} (negative: no limit) or when interrupted. */
    private IBinder await(long timeoutMs) throws DeadObjectException {
        try {
            if (timeoutMs < 0) {
                done.await();
            } else {
                done.await(timeoutMs, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (found == null && managerDied) {
            throw new DeadObjectException("the service manager died while waiting for service '" + name + "'");
        }
        return found;
    }
}
