package org.binder4j.driver;

import org.binder4j.driver.ObjectCounters.Kind;

/**
 * Death notifications: requesting and clearing them on a ref, announcing a node's death to every ref
 * holder that asked, and the acknowledgement that ends a delivered notification.
 */
final class DeathNotifications {
    private final BinderContext context;
    private final Dispatcher dispatcher;

    DeathNotifications(BinderContext context, Dispatcher dispatcher) {
        this.context = context;
        this.dispatcher = dispatcher;
    }

    /** BC_REQUEST_DEATH_NOTIFICATION. A node that is already dead is announced at once. */
    void request(BinderThread thread, int handle, long cookie) {
        BinderProc proc = thread.proc();
        Ref ref = proc.refs.byHandle(handle);
        if (ref == null) {
            context.userErrors.report(thread, "BC_REQUEST_DEATH_NOTIFICATION invalid ref " + Integer.toUnsignedString(handle));
            return;
        }
        if (ref.death != null) {
            context.userErrors.report(thread, "BC_REQUEST_DEATH_NOTIFICATION death notification already set");
            return;
        }
        DeathRecord death = new DeathRecord(cookie);
        context.objects.created(Kind.DEATH);
        ref.death = death;
        if (ref.node.isDead()) {
            dispatcher.enqueueProcWork(proc, death);
        }
    }

    /**
     * BC_CLEAR_DEATH_NOTIFICATION. Answered at once unless the death is being announced; then the answer
     * waits for BC_DEAD_BINDER_DONE.
     */
    void clear(BinderThread thread, int handle, long cookie) {
        Ref ref = thread.proc().refs.byHandle(handle);
        if (ref == null) {
            context.userErrors.report(thread, "BC_CLEAR_DEATH_NOTIFICATION invalid ref " + Integer.toUnsignedString(handle));
            return;
        }
        DeathRecord death = ref.death;
        if (death == null) {
            context.userErrors.report(thread, "BC_CLEAR_DEATH_NOTIFICATION death notification not active");
            return;
        }
        if (death.cookie != cookie) {
            context.userErrors.report(thread, "BC_CLEAR_DEATH_NOTIFICATION death notification cookie mismatch "
                    + NodeRefs.hex(death.cookie) + " != " + NodeRefs.hex(cookie));
            return;
        }
        ref.death = null;
        if (death.isQueued()) {
            death.kind = Work.DEAD_BINDER_AND_CLEAR;
        } else {
            queueClearDone(thread, death);
        }
    }

    /** BC_DEAD_BINDER_DONE: userspace handled the BR_DEAD_BINDER with this cookie. */
    void deadBinderDone(BinderThread thread, long cookie) {
        BinderProc proc = thread.proc();
        DeathRecord death = null;
        for (Work work = proc.deliveredDeaths.first(); work != null; work = work.next) {
            if (((DeathRecord) work).cookie == cookie) {
                death = (DeathRecord) work;
                break;
            }
        }
        if (death == null) {
            context.userErrors.report(thread, "BC_DEAD_BINDER_DONE " + NodeRefs.hex(cookie) + " not found");
            return;
        }
        proc.deliveredDeaths.remove(death);
        if (death.kind == Work.DEAD_BINDER_AND_CLEAR) {
            queueClearDone(thread, death);
        }
    }

    /**
     * The node's owner died: every ref holder that asked gets BR_DEAD_BINDER on its process todo, so
     * that an idle pool thread hears of it even while the thread that asked is blocked.
     */
    void announceDeath(Node node) {
        for (Ref ref : node.refs) {
            DeathRecord death = ref.death;
            if (death != null && !death.isQueued()) {
                death.kind = Work.DEAD_BINDER;
                dispatcher.enqueueProcWork(ref.proc, death);
            }
        }
    }

    private void queueClearDone(BinderThread thread, DeathRecord death) {
        death.kind = Work.CLEAR_DEATH_NOTIFICATION;
        if (thread.isLooper()) {
            dispatcher.enqueueThreadWork(thread, death);
        } else {
            dispatcher.enqueueProcWork(thread.proc(), death);
        }
    }
}
