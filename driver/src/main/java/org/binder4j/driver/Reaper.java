package org.binder4j.driver;

import static org.binder4j.protocol.Errno.ESRCH;
import static org.binder4j.protocol.Returns.BR_DEAD_REPLY;
import static org.binder4j.protocol.Returns.BR_OK;

import java.util.ArrayList;
import java.util.List;
import org.binder4j.driver.ObjectCounters.Kind;

/**
 * Releases a thread (BINDER_THREAD_EXIT) or a whole process (binder_deferred_release): callers waiting
 * on them get BR_DEAD_REPLY, their nodes die and ref holders that asked hear of it, their refs, work
 * and buffers go away.
 */
final class Reaper {
    private final BinderContext context;
    private final Dispatcher dispatcher;
    private final NodeRefs nodeRefs;
    private final DeathNotifications deaths;
    private final Buffers buffers;
    private final Transactions transactions;

    Reaper(BinderContext context, Dispatcher dispatcher, NodeRefs nodeRefs, DeathNotifications deaths, Buffers buffers,
            Transactions transactions) {
        this.context = context;
        this.dispatcher = dispatcher;
        this.nodeRefs = nodeRefs;
        this.deaths = deaths;
        this.buffers = buffers;
        this.transactions = transactions;
    }

    void releaseThread(BinderThread thread) {
        BinderProc proc = thread.proc();
        dispatcher.stopWaiting(thread);
        proc.threads.remove(thread);
        thread.dead = true;
        Transaction top = thread.transactionStack;
        Transaction handled = top != null && top.toThread == thread ? top : null;
        // Calls it handles lose their handler; calls it made lose their caller (replies get dropped).
        for (Transaction t = top; t != null; ) {
            if (t.toThread == thread) {
                t.toProc = null;
                t.toThread = null;
                if (t.buffer != null) {
                    t.buffer.transaction = null;
                    t.buffer = null;
                }
                t = t.toParent;
            } else if (t.from == thread) {
                t.from = null;
                t = t.fromParent;
            } else {
                throw new IllegalStateException("transaction " + t.debugId + " on the stack of " + thread
                        + " is neither to nor from it");
            }
        }
        thread.transactionStack = null;
        if (handled != null) {
            transactions.sendFailedReply(handled, BR_DEAD_REPLY, new ExtendedError(handled.debugId, BR_DEAD_REPLY,
                    -ESRCH, "thread " + proc.pid() + ":" + thread.tid() + " exited while handling transaction "
                    + handled.debugId));
        }
        releaseWork(thread.todo, !proc.dead);
        context.closeFiles(thread.attachedFiles);
        context.closeFiles(thread.deliveredFiles);
        thread.fileDelivery = null;
        thread.returnError.command = BR_OK;
        thread.replyError.command = BR_OK;
        thread.extendedError = null;
        context.objects.deleted(Kind.THREAD);
    }

    void releaseProc(BinderProc proc) {
        context.procs.remove(proc);
        if (context.contextManagerNode != null && context.contextManagerNode.proc == proc) {
            context.contextManagerNode = null;
        }
        proc.dead = true;
        for (BinderThread thread : proc.threadsByTid()) {
            releaseThread(thread);
        }
        for (Node node : proc.nodesByPtr()) {
            releaseNode(node);
        }
        for (Ref ref : proc.refs.sortedByHandle()) {
            nodeRefs.deleteRef(ref);
        }
        releaseWork(proc.todo, false);
        releaseWork(proc.deliveredDeaths, false);
        List<TransactionBuffer> remaining = new ArrayList<>(proc.buffers.size());
        proc.buffers.valuesInto(remaining);
        for (TransactionBuffer buffer : remaining) {
            if (buffer.transaction != null) {
                throw new IllegalStateException("buffer " + buffer.debugId + " of dead " + proc
                        + " still has transaction " + buffer.transaction.debugId);
            }
            buffers.freeSpace(buffer);
        }
        context.objects.deleted(Kind.PROC);
    }

    /** The node's owner died: queued oneways are dropped; a node that is still referenced becomes dead. */
    private void releaseNode(Node node) {
        Work queued;
        while ((queued = node.asyncTodo.poll()) != null) {
            transactions.freeTransaction((Transaction) queued);
        }
        if (node.refs.isEmpty()) {
            nodeRefs.freeNode(node);
            return;
        }
        dispatcher.dequeue(node.work);
        node.proc.nodes.remove(node.ptr);
        node.proc = null;
        node.localStrongRefs = 0;
        node.localWeakRefs = 0;
        context.deadNodes.add(node);
        deaths.announceDeath(node);
    }

    /**
     * Disposes of work that will never be read. Undelivered sync calls fail back to their callers with
     * BR_DEAD_REPLY; in a live process the buffers of undelivered transactions are freed (letting a
     * node's next oneway through) and node news goes to the process instead.
     */
    private void releaseWork(WorkList list, boolean procAlive) {
        Work work;
        while ((work = list.poll()) != null) {
            switch (work.kind) {
                case Work.TRANSACTION -> dropUndelivered((Transaction) work, procAlive);
                case Work.TRANSACTION_COMPLETE -> transactions.freeCompletion(work);
                case Work.RETURN_ERROR -> ((ErrorWork) work).command = BR_OK;
                case Work.NODE -> {
                    Node node = ((Node.NodeWork) work).node;
                    if (procAlive) {
                        dispatcher.enqueueProcWork(node.proc, work);
                    }
                }
                case Work.DEAD_BINDER_AND_CLEAR, Work.CLEAR_DEATH_NOTIFICATION -> context.objects.deleted(Kind.DEATH);
                default -> {
                    // A pending BR_DEAD_BINDER stays owned by its ref, which frees it.
                }
            }
        }
    }

    private void dropUndelivered(Transaction transaction, boolean procAlive) {
        TransactionBuffer buffer = transaction.buffer;
        if (buffer.targetNode != null && !transaction.isOneway()) {
            transactions.sendFailedReply(transaction, BR_DEAD_REPLY, new ExtendedError(transaction.debugId,
                    BR_DEAD_REPLY, -ESRCH, "pid " + buffer.proc.pid() + " went away before reading transaction "
                    + transaction.debugId));
        } else {
            transactions.freeTransaction(transaction);
        }
        if (procAlive) {
            buffers.release(buffer);
        }
    }
}
