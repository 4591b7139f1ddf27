package org.binder4j.servicemanager;

import java.util.function.ToIntFunction;
import org.binder4j.IBinder;
import org.binder4j.IClientCallback;
import org.binder4j.RemoteException;

/**
 * Tells lazy services whether they have clients ({@link IClientCallback#onClients}). A client is another
 * process holding a strong reference to the service, as the driver counts them. {@code true} goes out as
 * soon as the service manager sees one, or hands the service out; {@code false} only from the periodic
 * check, and not in the first check after a lookup, so a client always has a whole period to take its
 * reference.
 */
final class ClientTracker {
    private final ToIntFunction<IBinder> holders;
    private final ServiceManagerLog log;

    /** @param holders the processes holding a strong reference to a registered binder, the manager included */
    ClientTracker(ToIntFunction<IBinder> holders, ServiceManagerLog log) {
        this.holders = holders;
        this.log = log;
    }

    /** The service is being handed out: it counts as used until the next periodic check. */
    void lookedUp(ServiceRecord record) {
        record.guaranteeClient = true;
        update(record, false);
    }

    /** A client callback was added: it learns at once if there are clients. */
    void callbackAdded(ServiceRecord record) {
        update(record, false);
    }

    void periodicCheck(ServiceRecord record) {
        update(record, true);
    }

    /** Processes other than the service manager that hold the service now. */
    int otherHolders(ServiceRecord record) {
        return holders.applyAsInt(record.binder) - 1;
    }

    private void update(ServiceRecord record, boolean periodic) {
        if (!record.clientCallbacks.isEmpty()) {
            boolean referenced = otherHolders(record) > 0;
            if ((referenced || record.guaranteeClient) && !record.hasClients) {
                send(record, true);
            } else if (periodic && !referenced && !record.guaranteeClient && record.hasClients) {
                send(record, false);
            }
        }
        if (periodic) {
            record.guaranteeClient = false;
        }
    }

    private void send(ServiceRecord record, boolean hasClients) {
        record.hasClients = hasClients;
        for (IClientCallback callback : record.clientCallbacks) {
            try {
                callback.onClients(record.binder, hasClients);
            } catch (RemoteException | RuntimeException e) {
                log.warn("could not tell the client callback of '" + record.name + "' (pid " + record.pid
                        + ") onClients(" + hasClients + "): " + e);
            }
        }
    }
}
