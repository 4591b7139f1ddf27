package org.binder4j.driver;

import static org.binder4j.protocol.Errno.EBUSY;
import static org.binder4j.protocol.Errno.EINVAL;
import static org.binder4j.protocol.Errno.EPERM;

import org.binder4j.driver.ObjectCounters.Kind;
import org.binder4j.protocol.Commands;
import org.binder4j.protocol.FlatObjectDescriptor;
import org.binder4j.protocol.NodeInfoForRef;

/**
 * Reference counting of nodes and refs: creating them, the counts userspace and buffers take and drop,
 * telling a node's owner when interest in it starts and ends, and deleting what nobody references.
 */
final class NodeRefs {
    /** Bits of {@link #takeNodeNews}: what a node's owner must be told, in this order. */
    static final int TELL_INCREFS = 1;
    static final int TELL_ACQUIRE = 2;
    static final int TELL_RELEASE = 4;
    static final int TELL_DECREFS = 8;

    private final BinderContext context;
    private final Dispatcher dispatcher;

    NodeRefs(BinderContext context, Dispatcher dispatcher) {
        this.context = context;
        this.dispatcher = dispatcher;
    }

    /** A node of {@code proc}; {@code flags} are the creating object's, latched for the node's life. */
    Node newNode(BinderProc proc, long ptr, long cookie, int flags) {
        Node node = new Node(context.nextDebugId(), proc, ptr, cookie,
                (flags & FlatObjectDescriptor.FLAT_BINDER_FLAG_ACCEPTS_FDS) != 0);
        proc.nodes.put(ptr, node);
        context.objects.created(Kind.NODE);
        return node;
    }

    /** BINDER_SET_CONTEXT_MGR. */
    int becomeContextManager(BinderProc proc) {
        if (context.contextManagerNode != null) {
            return -EBUSY;
        }
        if (context.contextManagerUidSet && context.contextManagerUid != proc.uid()) {
            return -EPERM;
        }
        context.contextManagerUidSet = true;
        context.contextManagerUid = proc.uid();
        Node node = proc.nodes.get(0);
        if (node == null) {
            // As BINDER_SET_CONTEXT_MGR(_EXT): flags 0, so the manager's node does not accept files.
            node = newNode(proc, 0, 0, 0);
        }
        // Held for the life of the process, and the owner needs no BR_INCREFS/BR_ACQUIRE for it.
        node.localStrongRefs++;
        node.localWeakRefs++;
        node.hasStrongRef = true;
        node.hasWeakRef = true;
        context.contextManagerNode = node;
        return 0;
    }

    /** BINDER_GET_NODE_INFO_FOR_REF, see {@link BinderDriver#getNodeInfoForRef}. */
    int nodeInfoForRef(BinderProc proc, NodeInfoForRef info) {
        Node manager = context.contextManagerNode;
        if (manager == null || manager.proc != proc) {
            return -EPERM;
        }
        Ref ref = proc.refs.byHandle(info.handle);
        if (ref == null || ref.strong == 0) {
            return -EINVAL;
        }
        info.strongCount = ref.node.localStrongRefs + ref.node.internalStrongRefs;
        info.weakCount = ref.node.localWeakRefs;
        info.strongRefProcs = ref.node.internalStrongRefs;
        return 0;
    }

    /**
     * Takes a count on {@code node}. The owner's first news about it is queued, deferred, on
     * {@code deferTo} (the thread sending the node out); without one, a strong count from a ref needs
     * strong interest to exist already.
     *
     * @return false for an impossible strong increment (binder's "invalid inc strong node")
     */
    boolean incNode(Node node, boolean strong, boolean internal, BinderThread deferTo) {
        if (strong) {
            if (internal) {
                if (deferTo == null && node.internalStrongRefs == 0
                        && !(node == context.contextManagerNode && node.hasStrongRef)) {
                    return false;
                }
                node.internalStrongRefs++;
            } else {
                node.localStrongRefs++;
            }
            if (!node.hasStrongRef && deferTo != null) {
                dispatcher.dequeue(node.work);
                dispatcher.enqueueDeferredThreadWork(deferTo, node.work);
            }
        } else {
            if (!internal) {
                node.localWeakRefs++;
            }
            if (!node.hasWeakRef && !node.work.isQueued()) {
                if (deferTo != null) {
                    dispatcher.enqueueDeferredThreadWork(deferTo, node.work);
                } else if (node.proc != null) {
                    dispatcher.enqueueProcWork(node.proc, node.work);
                }
            }
        }
        return true;
    }

    /**
     * Drops a count on {@code node}. When the last strong (or any) interest is gone, the owner is told
     * if it had been; a node neither told nor referenced any more is freed.
     */
    void decNode(Node node, boolean strong, boolean internal) {
        if (strong) {
            if (internal) {
                node.internalStrongRefs--;
            } else {
                node.localStrongRefs--;
            }
            checkCounts(node);
            if (node.localStrongRefs != 0 || node.internalStrongRefs != 0) {
                return;
            }
        } else {
            if (!internal) {
                node.localWeakRefs--;
            }
            checkCounts(node);
            if (node.localWeakRefs != 0 || !node.refs.isEmpty()) {
                return;
            }
        }
        if (node.proc != null && (node.hasStrongRef || node.hasWeakRef)) {
            if (!node.work.isQueued()) {
                dispatcher.enqueueProcWork(node.proc, node.work);
            }
        } else if (node.refs.isEmpty() && node.localStrongRefs == 0 && node.localWeakRefs == 0) {
            freeNode(node);
        }
    }

    /**
     * The owner reads the node's work: decides what it must be told (the TELL_ bits), records that it
     * was, and frees the node if nothing references it any more.
     */
    int takeNodeNews(Node node) {
        boolean strong = node.internalStrongRefs != 0 || node.localStrongRefs != 0;
        boolean weak = strong || !node.refs.isEmpty() || node.localWeakRefs != 0;
        int news = 0;
        if (weak && !node.hasWeakRef) {
            // Held until the owner acknowledges with BC_INCREFS_DONE.
            node.hasWeakRef = true;
            node.pendingWeakRef = true;
            node.localWeakRefs++;
            news |= TELL_INCREFS;
        }
        if (strong && !node.hasStrongRef) {
            node.hasStrongRef = true;
            node.pendingStrongRef = true;
            node.localStrongRefs++;
            news |= TELL_ACQUIRE;
        }
        if (!strong && node.hasStrongRef) {
            node.hasStrongRef = false;
            news |= TELL_RELEASE;
        }
        if (!weak && node.hasWeakRef) {
            node.hasWeakRef = false;
            news |= TELL_DECREFS;
        }
        if (!weak) {
            freeNode(node);
        }
        return news;
    }

    /** BC_INCREFS_DONE / BC_ACQUIRE_DONE: the owner took the reference it was asked to. */
    void incrementsDone(BinderThread thread, boolean acquire, long ptr, long cookie) {
        String command = acquire ? "BC_ACQUIRE_DONE" : "BC_INCREFS_DONE";
        Node node = thread.proc().nodes.get(ptr);
        if (node == null) {
            context.userErrors.report(thread, command + " u" + hex(ptr) + " no match");
            return;
        }
        if (cookie != node.cookie) {
            context.userErrors.report(thread, command + " u" + hex(ptr) + " node " + node.debugId
                    + " cookie mismatch " + hex(cookie) + " != " + hex(node.cookie));
            return;
        }
        if (acquire ? !node.pendingStrongRef : !node.pendingWeakRef) {
            context.userErrors.report(thread, command + " node " + node.debugId + " has no pending request");
            return;
        }
        if (acquire) {
            node.pendingStrongRef = false;
        } else {
            node.pendingWeakRef = false;
        }
        decNode(node, acquire, false);
    }

    /**
     * BC_INCREFS, BC_ACQUIRE, BC_RELEASE, BC_DECREFS. Increments on handle 0 create the ref to the
     * context manager. Misuse is a logged user error, except the context manager acquiring handle 0.
     *
     * @return 0, or -EINVAL when the context manager tries to take a ref to itself
     */
    int refCommand(BinderThread thread, int command, int handle) {
        BinderProc proc = thread.proc();
        boolean increment = command == Commands.BC_INCREFS || command == Commands.BC_ACQUIRE;
        boolean strong = command == Commands.BC_ACQUIRE || command == Commands.BC_RELEASE;
        Ref ref = null;
        if (increment && handle == 0) {
            Node manager = context.contextManagerNode;
            if (manager != null) {
                if (manager.proc == proc) {
                    context.userErrors.report(thread, "context manager tried to acquire desc 0");
                    return -EINVAL;
                }
                ref = incRefForNode(proc, manager, strong, null);
            }
        }
        if (ref == null) {
            ref = proc.refs.byHandle(handle);
            boolean changed = ref != null && (!strong || ref.strong != 0)
                    && (increment ? incRef(ref, strong, null) : decRef(ref, strong));
            if (!changed) {
                context.userErrors.report(thread, Commands.name(command) + " on handle "
                        + Integer.toUnsignedString(handle) + " failed");
                return 0;
            }
        }
        if (ref.handle != handle) {
            context.userErrors.report(thread, "tried to acquire reference to desc " + Integer.toUnsignedString(handle)
                    + ", got " + ref.handle + " instead");
        }
        return 0;
    }

    /**
     * Takes a count on {@code proc}'s ref to {@code node}, creating the ref if needed.
     *
     * @return the ref, or null when the count could not be taken (then no new ref is left behind)
     */
    Ref incRefForNode(BinderProc proc, Node node, boolean strong, BinderThread deferTo) {
        Ref ref = proc.refs.byNode(node);
        boolean created = ref == null;
        if (created) {
            int handle = proc.refs.smallestFreeHandle(node == context.contextManagerNode ? 0 : 1);
            ref = new Ref(context.nextDebugId(), proc, node, handle);
            proc.refs.add(ref);
            node.refs.add(ref);
            context.objects.created(Kind.REF);
        }
        if (incRef(ref, strong, deferTo)) {
            return ref;
        }
        if (created) {
            deleteRef(ref);
        }
        return null;
    }

    /** @return false for an impossible strong increment, see {@link #incNode} */
    boolean incRef(Ref ref, boolean strong, BinderThread deferTo) {
        if (strong) {
            if (ref.strong == 0 && !incNode(ref.node, true, true, deferTo)) {
                return false;
            }
            ref.strong++;
        } else {
            if (ref.weak == 0 && !incNode(ref.node, false, true, deferTo)) {
                return false;
            }
            ref.weak++;
        }
        return true;
    }

    /**
     * Drops a count of {@code ref}, deleting it when both counts reach zero.
     *
     * @return false if that count was already zero (nothing changed)
     */
    boolean decRef(Ref ref, boolean strong) {
        if (strong) {
            if (ref.strong == 0) {
                return false;
            }
            ref.strong--;
            if (ref.strong == 0) {
                decNode(ref.node, true, true);
            }
        } else {
            if (ref.weak == 0) {
                return false;
            }
            ref.weak--;
        }
        if (ref.strong == 0 && ref.weak == 0) {
            deleteRef(ref);
        }
        return true;
    }

    /** Deletes {@code ref} whatever its counts (binder_cleanup_ref), with its death notification. */
    void deleteRef(Ref ref) {
        ref.proc.refs.remove(ref);
        ref.deleted = true;
        if (ref.strong > 0) {
            decNode(ref.node, true, true);
        }
        ref.node.refs.remove(ref);
        decNode(ref.node, false, true);
        if (ref.death != null) {
            dispatcher.dequeue(ref.death);
            ref.death = null;
            context.objects.deleted(Kind.DEATH);
        }
        context.objects.deleted(Kind.REF);
    }

    void freeNode(Node node) {
        dispatcher.dequeue(node.work);
        if (node.proc != null) {
            node.proc.nodes.remove(node.ptr);
        } else {
            context.deadNodes.remove(node);
        }
        context.objects.deleted(Kind.NODE);
    }

    private static void checkCounts(Node node) {
        if (node.internalStrongRefs < 0 || node.localStrongRefs < 0 || node.localWeakRefs < 0) {
            throw new IllegalStateException("node " + node.debugId + " counts went negative: is "
                    + node.internalStrongRefs + " ls " + node.localStrongRefs + " lw " + node.localWeakRefs);
        }
    }

    static String hex(long value) {
        return String.format("%016x", value);
    }
}
