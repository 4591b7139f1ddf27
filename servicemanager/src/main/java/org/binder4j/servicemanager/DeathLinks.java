package org.binder4j.servicemanager;

import java.util.IdentityHashMap;
import org.binder4j.BinderProxy;
import org.binder4j.IBinder;
import org.binder4j.RemoteException;

/**
 * The service manager's death links, counted per remote object: one link while any registration or
 * callback uses the object, and none once nothing does, so the manager lets go of objects it no longer
 * needs (its proxy, and with it its reference, can then be collected).
 */
final class DeathLinks {
    private final IBinder.DeathRecipient recipient;
    private final IdentityHashMap<IBinder, Integer> uses = new IdentityHashMap<>();

    DeathLinks(IBinder.DeathRecipient recipient) {
        this.recipient = recipient;
    }

    /**
     * One more use of {@code binder}; a local object needs no link.
     *
     * @throws RemoteException if the object is already dead
     */
    void use(IBinder binder) throws RemoteException {
        if (!(binder instanceof BinderProxy)) {
            return;
        }
        Integer count = uses.get(binder);
        if (count == null) {
            binder.linkToDeath(recipient, 0);
        }
        uses.put(binder, count == null ? 1 : count + 1);
    }

    /** One use fewer; the last one unlinks. */
    void release(IBinder binder) {
        Integer count = uses.get(binder);
        if (count == null) {
            return;
        }
        if (count > 1) {
            uses.put(binder, count - 1);
        } else {
            uses.remove(binder);
            binder.unlinkToDeath(recipient, 0);
        }
    }

    /** {@code binder} died: its link is gone with it. */
    void died(IBinder binder) {
        uses.remove(binder);
    }
}
