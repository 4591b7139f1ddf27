package org.binder4j.driver;

import org.binder4j.protocol.LittleEndian;
import static org.binder4j.protocol.LittleEndian.INT;
import static org.binder4j.protocol.LittleEndian.LONG;
import static org.binder4j.protocol.Errno.EAGAIN;
import static org.binder4j.protocol.Errno.EINVAL;
import static org.binder4j.protocol.Returns.BR_ACQUIRE;
import static org.binder4j.protocol.Returns.BR_CLEAR_DEATH_NOTIFICATION_DONE;
import static org.binder4j.protocol.Returns.BR_DEAD_BINDER;
import static org.binder4j.protocol.Returns.BR_DECREFS;
import static org.binder4j.protocol.Returns.BR_INCREFS;
import static org.binder4j.protocol.Returns.BR_NOOP;
import static org.binder4j.protocol.Returns.BR_OK;
import static org.binder4j.protocol.Returns.BR_RELEASE;
import static org.binder4j.protocol.Returns.BR_REPLY;
import static org.binder4j.protocol.Returns.BR_SPAWN_LOOPER;
import static org.binder4j.protocol.Returns.BR_TRANSACTION;
import static org.binder4j.protocol.Returns.BR_TRANSACTION_COMPLETE;
import static org.binder4j.protocol.TransactionDataDescriptor.CODE_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.COOKIE_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.DATA_BUFFER_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.DATA_OFFSETS_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.DATA_SIZE_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.FLAGS_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.OFFSETS_SIZE_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.SENDER_EUID_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.SENDER_PID_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.TARGET_OFFSET;

import java.lang.foreign.MemorySegment;
import org.binder4j.driver.ObjectCounters.Kind;
import org.binder4j.protocol.TransactionDataDescriptor;
import org.binder4j.protocol.WriteRead;

/**
 * The read half of a write-read (binder_thread_read): fills the read buffer with the thread's work,
 * its own first, then the process's if it is idle enough to take some.
 */
final class ReturnWriter {
    /** A read stops when less than one return with a binder_transaction_data still fits. */
    private static final long ROOM_FOR_TRANSACTION = 4 + TransactionDataDescriptor.SIZE_BYTES;

    private final BinderContext context;
    private final Dispatcher dispatcher;
    private final NodeRefs nodeRefs;
    private final Transactions transactions;

    ReturnWriter(BinderContext context, Dispatcher dispatcher, NodeRefs nodeRefs, Transactions transactions) {
        this.context = context;
        this.dispatcher = dispatcher;
        this.nodeRefs = nodeRefs;
        this.transactions = transactions;
    }

    /**
     * Delivers work from {@code bwr.readConsumed} on: BR_NOOP first when the buffer is empty, then at
     * most one BR_TRANSACTION or BR_REPLY, stopping after a BR_DEAD_BINDER too.
     *
     * @return 0, -EAGAIN when there is nothing (the thread then waits unless non-blocking), or -EINVAL
     *     when the buffer cannot hold even a BR_NOOP
     */
    int read(BinderThread thread, WriteRead bwr) {
        MemorySegment out = bwr.readBuffer;
        long end = bwr.readSize;
        long position = bwr.readConsumed;
        if (position == 0 && end < 4) {
            return -EINVAL;
        }
        BinderProc proc = thread.proc();
        boolean procWork = thread.availableForProcWork();
        // Deferred items alone (a sync call's completion) are no reason to return.
        boolean hasWork = thread.processTodo && !thread.todo.isEmpty() || procWork && !proc.todo.isEmpty();
        if (!hasWork) {
            if (!bwr.nonBlocking) {
                dispatcher.startWaiting(thread, procWork);
            }
            return -EAGAIN;
        }
        if (position == 0) {
            out.set(INT, 0, BR_NOOP);
            position = 4;
        }
        deliver:
        while (end - position >= ROOM_FOR_TRANSACTION) {
            WorkList list;
            if (!thread.todo.isEmpty()) {
                list = thread.todo;
            } else if (procWork && !proc.todo.isEmpty()) {
                list = proc.todo;
            } else {
                break;
            }
            Work work = list.poll();
            if (thread.todo.isEmpty()) {
                thread.processTodo = false;
            }
            switch (work.kind) {
                case Work.TRANSACTION -> {
                    position = putTransaction(thread, (Transaction) work, out, position);
                    break deliver;
                }
                case Work.RETURN_ERROR -> {
                    ErrorWork error = (ErrorWork) work;
                    position = put(thread, out, position, error.command);
                    error.command = BR_OK;
                }
                case Work.TRANSACTION_COMPLETE -> {
                    transactions.freeCompletion(work);
                    position = put(thread, out, position, BR_TRANSACTION_COMPLETE);
                }
                case Work.NODE -> position = putNodeNews(thread, ((Node.NodeWork) work).node, out, position);
                default -> {
                    boolean deadBinder = putDeath(thread, (DeathRecord) work, out, position);
                    position += 12;
                    if (deadBinder) {
                        break deliver;
                    }
                }
            }
        }
        bwr.readConsumed = position;
        if (proc.requestedThreads == 0 && proc.waitingThreads.isEmpty()
                && Integer.compareUnsigned(proc.requestedThreadsStarted, proc.maxThreads) < 0 && thread.isLooper()) {
            // Ask for one more pool thread, in place of the leading BR_NOOP.
            proc.requestedThreads++;
            out.set(INT, 0, BR_SPAWN_LOOPER);
            count(thread, BR_SPAWN_LOOPER);
        }
        return 0;
    }

    private long putTransaction(BinderThread thread, Transaction transaction, MemorySegment out, long position) {
        TransactionBuffer buffer = transaction.buffer;
        Node node = buffer.targetNode;
        int command = node != null ? BR_TRANSACTION : BR_REPLY;
        out.set(INT, position, command);
        long tr = position + 4;
        out.set(LONG, tr + TARGET_OFFSET, node != null ? node.ptr : 0);
        out.set(LONG, tr + COOKIE_OFFSET, node != null ? node.cookie : 0);
        out.set(INT, tr + CODE_OFFSET, transaction.code);
        out.set(INT, tr + FLAGS_OFFSET, transaction.flags);
        BinderThread from = transaction.from;
        out.set(INT, tr + SENDER_PID_OFFSET, from != null ? from.proc().pid() : 0);
        out.set(INT, tr + SENDER_EUID_OFFSET, transaction.senderEuid);
        out.set(LONG, tr + DATA_SIZE_OFFSET, buffer.dataSize);
        out.set(LONG, tr + OFFSETS_SIZE_OFFSET, buffer.offsetsSize);
        out.set(LONG, tr + DATA_BUFFER_OFFSET, buffer.offset);
        out.set(LONG, tr + DATA_OFFSETS_OFFSET, buffer.offsetsOffset());
        count(thread, command);
        buffer.allowUserFree = true;
        if (buffer.fileCount() > 0) {
            buffer.moveFilesTo(thread.deliveredFiles);
            thread.fileDelivery = buffer;
            buffer.fileReceiver = thread;
        }
        if (command == BR_TRANSACTION && !transaction.isOneway()) {
            transaction.toParent = thread.transactionStack;
            transaction.toThread = thread;
            thread.transactionStack = transaction;
        } else {
            transactions.freeTransaction(transaction);
        }
        return tr + TransactionDataDescriptor.SIZE_BYTES;
    }

    private long putNodeNews(BinderThread thread, Node node, MemorySegment out, long position) {
        int news = nodeRefs.takeNodeNews(node);
        if ((news & NodeRefs.TELL_INCREFS) != 0) {
            position = putNode(thread, out, position, BR_INCREFS, node);
        }
        if ((news & NodeRefs.TELL_ACQUIRE) != 0) {
            position = putNode(thread, out, position, BR_ACQUIRE, node);
        }
        if ((news & NodeRefs.TELL_RELEASE) != 0) {
            position = putNode(thread, out, position, BR_RELEASE, node);
        }
        if ((news & NodeRefs.TELL_DECREFS) != 0) {
            position = putNode(thread, out, position, BR_DECREFS, node);
        }
        return position;
    }

    private long putNode(BinderThread thread, MemorySegment out, long position, int command, Node node) {
        out.set(INT, position, command);
        out.set(LONG, position + 4, node.ptr);
        out.set(LONG, position + 12, node.cookie);
        count(thread, command);
        return position + 20;
    }

    /** Writes a death return (12 bytes). @return true for BR_DEAD_BINDER, after which the read stops */
    private boolean putDeath(BinderThread thread, DeathRecord death, MemorySegment out, long position) {
        boolean cleared = death.kind == Work.CLEAR_DEATH_NOTIFICATION;
        int command = cleared ? BR_CLEAR_DEATH_NOTIFICATION_DONE : BR_DEAD_BINDER;
        if (cleared) {
            context.objects.deleted(Kind.DEATH);
        } else {
            thread.proc().deliveredDeaths.add(death);
        }
        out.set(INT, position, command);
        out.set(LONG, position + 4, death.cookie);
        count(thread, command);
        // A dead binder can cause transactions: let userspace handle it first.
        return !cleared;
    }

    private long put(BinderThread thread, MemorySegment out, long position, int command) {
        out.set(INT, position, command);
        count(thread, command);
        return position + 4;
    }

    private void count(BinderThread thread, int command) {
        context.counters.countReturn(command);
        thread.proc().counters.countReturn(command);
    }
}
