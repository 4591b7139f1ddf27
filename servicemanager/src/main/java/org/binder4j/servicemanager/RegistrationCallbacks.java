package org.binder4j.servicemanager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.binder4j.IBinder;
import org.binder4j.IServiceCallback;
import org.binder4j.RemoteException;

/** The registration callbacks by name; a callback is the same when its binder is. */
final class RegistrationCallbacks {
    private final HashMap<String, List<IServiceCallback>> byName = new HashMap<>();
    private final ServiceManagerLog log;

    RegistrationCallbacks(ServiceManagerLog log) {
        this.log = log;
    }

    void add(String name, IServiceCallback callback) {
        byName.computeIfAbsent(name, key -> new ArrayList<>(1)).add(callback);
    }

    /** Removes one registration of {@code callback} for {@code name}; false if there is none. */
    boolean remove(String name, IServiceCallback callback) {
        List<IServiceCallback> callbacks = byName.get(name);
        if (callbacks == null) {
            return false;
        }
        for (Iterator<IServiceCallback> it = callbacks.iterator(); it.hasNext(); ) {
            if (it.next().asBinder() == callback.asBinder()) {
                it.remove();
                if (callbacks.isEmpty()) {
                    byName.remove(name);
                }
                return true;
            }
        }
        return false;
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    /** Tells every callback for {@code name}, oneway. */
    void notifyRegistered(String name, IBinder binder) {
        List<IServiceCallback> callbacks = byName.get(name);
        if (callbacks != null) {
            for (IServiceCallback callback : callbacks) {
                notifyRegistered(callback, name, binder);
            }
        }
    }

    /** Tells one callback, oneway; a failure is logged (a dead callback goes with its death notice). */
    void notifyRegistered(IServiceCallback callback, String name, IBinder binder) {
        try {
            callback.onRegistration(name, binder);
        } catch (RemoteException | RuntimeException e) {
            log.warn("could not tell a registration callback about '" + name + "': " + e);
        }
    }

    /** Drops every registration of the callback whose process died. */
    void removeAll(IBinder dead) {
        for (Iterator<Map.Entry<String, List<IServiceCallback>>> it = byName.entrySet().iterator(); it.hasNext(); ) {
            List<IServiceCallback> callbacks = it.next().getValue();
            callbacks.removeIf(callback -> callback.asBinder() == dead);
            if (callbacks.isEmpty()) {
                it.remove();
            }
        }
    }
}
