package org.binder4j.driver;

import java.util.ArrayList;

/**
 * A local object a process exported (binder_node), known to its owner by (ptr, cookie). It counts the
 * interest others have in it: refs (each is a weak interest; those with strong counts are
 * {@link #internalStrongRefs}), local counts held for the owner side (buffers delivered to it, pending
 * acknowledgements), and whether the owner has been told ({@link #hasStrongRef}, {@link #hasWeakRef}).
 * A node whose owner died but that still has refs is dead: {@link #proc} is null.
 */
final class Node {
    final int debugId;
    final long ptr;
    final long cookie;
    /** FLAT_BINDER_FLAG_ACCEPTS_FDS of the object that created the node: calls to it may carry files. */
    final boolean acceptFds;
    BinderProc proc;
    final ArrayList<Ref> refs = new ArrayList<>(2);
    int internalStrongRefs;
    int localStrongRefs;
    int localWeakRefs;
    boolean hasStrongRef;
    boolean hasWeakRef;
    boolean pendingStrongRef;
    boolean pendingWeakRef;
    /** A oneway to this node is queued or being handled; later ones wait in {@link #asyncTodo}. */
    boolean hasAsyncTransaction;
    final WorkList asyncTodo = new WorkList();
    /** News for the owner (BR_INCREFS/ACQUIRE/RELEASE/DECREFS), computed when it is read. */
    final Work work = new NodeWork(this);

    Node(int debugId, BinderProc proc, long ptr, long cookie, boolean acceptFds) {
        this.debugId = debugId;
        this.proc = proc;
        this.ptr = ptr;
        this.cookie = cookie;
        this.acceptFds = acceptFds;
    }

    boolean isDead() {
        return proc == null;
    }

    static final class NodeWork extends Work {
        final Node node;

        NodeWork(Node node) {
            super(NODE);
            this.node = node;
        }
    }
}
