package org.binder4j.driver;

import static org.binder4j.protocol.LittleEndian.INT;
import static org.binder4j.protocol.LittleEndian.LONG;
import static org.binder4j.protocol.Errno.EBADF;
import static org.binder4j.protocol.Errno.EFAULT;
import static org.binder4j.protocol.Errno.EINVAL;
import static org.binder4j.protocol.Errno.EPERM;
import static org.binder4j.protocol.Errno.EPROTO;
import static org.binder4j.protocol.Errno.ESRCH;
import static org.binder4j.protocol.Returns.BR_DEAD_REPLY;
import static org.binder4j.protocol.Returns.BR_FAILED_REPLY;
import static org.binder4j.protocol.Returns.BR_OK;
import static org.binder4j.protocol.Returns.BR_TRANSACTION_COMPLETE;
import static org.binder4j.protocol.TransactionDataDescriptor.CODE_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.DATA_BUFFER_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.DATA_OFFSETS_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.DATA_SIZE_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.FLAGS_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.OFFSETS_SIZE_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.TARGET_OFFSET;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.binder4j.driver.ObjectCounters.Kind;
import org.binder4j.protocol.Returns;
import org.binder4j.protocol.TransactionFlags;

/**
 * BC_TRANSACTION and BC_REPLY (binder_transaction): finding the target, the transaction stacks and
 * the recursion rule, copying the payload once into a buffer in the target's area, translating its
 * objects, queueing the result, and every way this can fail. Also the failed replies that travel back
 * to waiting callers when a transaction cannot complete.
 *
 * <p>The files attached to a write belong to its first transaction: its FD objects must take them all,
 * and when it fails those it had not taken are closed with it.
 */
final class Transactions {
    /** Freed transactions and completions kept for reuse: as many as usually are in flight at once. */
    private static final int FREE_ITEMS_KEPT = 128;

    private final BinderContext context;
    private final Dispatcher dispatcher;
    private final NodeRefs nodeRefs;
    private final Buffers buffers;
    private final ObjectTranslator translator;
    private final FreeList<Transaction> freeTransactions = new FreeList<>(FREE_ITEMS_KEPT);
    /** BR_TRANSACTION_COMPLETE items: only ever on the sender's todo, so free again once read or dropped. */
    private final FreeList<Work> freeCompletions = new FreeList<>(FREE_ITEMS_KEPT);
    // The send in progress; fields rather than locals so that the failure path can undo it. Sends never nest.
    private BinderThread sender;
    private TransactionLog.Entry logEntry;
    private int debugId;
    private Transaction inReplyTo;
    private BinderProc targetProc;
    private BinderThread targetThread;
    /** The target node while its count is held by the send itself, before a buffer holds it. */
    private Node targetNode;
    private TransactionBuffer buffer;

    Transactions(BinderContext context, Dispatcher dispatcher, NodeRefs nodeRefs, Buffers buffers,
            ObjectTranslator translator) {
        this.context = context;
        this.dispatcher = dispatcher;
        this.nodeRefs = nodeRefs;
        this.buffers = buffers;
        this.translator = translator;
    }

    /**
     * Sends the binder_transaction_data at {@code tr} of the write buffer. A failure is queued as the
     * thread's return error (which stops its write processing).
     *
     * @param extraBuffersSize the scatter-gather size of a BC_TRANSACTION_SG / BC_REPLY_SG, else 0
     */
    void send(BinderThread thread, MemorySegment writeBuffer, long tr, boolean reply, long extraBuffersSize) {
        int handle = writeBuffer.get(INT, tr + TARGET_OFFSET);
        int flags = writeBuffer.get(INT, tr + FLAGS_OFFSET);
        long dataSize = writeBuffer.get(LONG, tr + DATA_SIZE_OFFSET);
        long offsetsSize = writeBuffer.get(LONG, tr + OFFSETS_SIZE_OFFSET);
        boolean oneway = !reply && (flags & TransactionFlags.TF_ONE_WAY) != 0;
        sender = thread;
        debugId = context.nextDebugId();
        inReplyTo = null;
        targetProc = null;
        targetThread = null;
        targetNode = null;
        buffer = null;
        logEntry = context.transactionLog.add();
        logEntry.start(debugId, reply ? TransactionLog.REPLY : oneway ? TransactionLog.ASYNC : TransactionLog.CALL,
                thread, reply ? 0 : handle, dataSize, offsetsSize);
        if (!(reply ? findCaller() : findTarget(handle, oneway))) {
            return;
        }
        logEntry.toProc = targetProc.pid();
        logEntry.toThread = targetThread == null ? 0 : targetThread.tid();
        if (extraBuffersSize != 0) {
            fail(BR_FAILED_REPLY, -EINVAL, FailureSite.SCATTER_GATHER, "scatter-gather buffers are not supported");
            return;
        }
        if (buildBuffer(flags, oneway, dataSize, offsetsSize, writeBuffer.get(LONG, tr + DATA_BUFFER_OFFSET),
                writeBuffer.get(LONG, tr + DATA_OFFSETS_OFFSET)) && claimedAllFiles()) {
            queue(writeBuffer.get(INT, tr + CODE_OFFSET), flags, reply, oneway);
        }
    }

    /** A transaction's FD objects must take every file attached to its write. */
    private boolean claimedAllFiles() {
        if (sender.attachedFiles.isEmpty()) {
            return true;
        }
        return fail(BR_FAILED_REPLY, -EBADF, FailureSite.FDS_NOT_CLAIMED, "the write-read attached "
                + sender.attachedFileCount + " file descriptors but the transaction's FD objects took "
                + buffer.fileCount());
    }

    /** A reply goes to the caller of the transaction on top of the sender's stack. */
    private boolean findCaller() {
        Transaction call = sender.transactionStack;
        if (call == null) {
            return fail(BR_FAILED_REPLY, -EPROTO, FailureSite.REPLY_WITHOUT_CALL, "reply with no incoming transaction");
        }
        if (call.toThread != sender) {
            return fail(BR_FAILED_REPLY, -EPROTO, FailureSite.REPLY_NOT_ON_TOP, "reply while waiting for transaction "
                    + call.debugId);
        }
        sender.transactionStack = call.toParent;
        inReplyTo = call;
        BinderThread caller = call.from;
        if (caller == null) {
            return fail(BR_DEAD_REPLY, 0, FailureSite.CALLER_GONE, "caller " + call.fromPid + ":" + call.fromTid
                    + " of transaction " + call.debugId + " is gone");
        }
        if (caller.transactionStack != call) {
            inReplyTo = null;
            return fail(BR_FAILED_REPLY, -EPROTO, FailureSite.CALLER_STACK_MISMATCH, "caller " + caller.proc().pid()
                    + ":" + caller.tid() + " does not wait for transaction " + call.debugId);
        }
        targetThread = caller;
        targetProc = caller.proc();
        return true;
    }

    /** A call goes to the node behind {@code handle}, and to a waiting thread if it calls back into its process. */
    private boolean findTarget(int handle, boolean oneway) {
        BinderProc proc = sender.proc();
        Node node;
        if (handle != 0) {
            Ref ref = proc.refs.byHandle(handle);
            if (ref == null || ref.strong == 0) {
                return fail(BR_FAILED_REPLY, -EINVAL, FailureSite.INVALID_HANDLE, "transaction to invalid handle "
                        + Integer.toUnsignedString(handle) + (ref == null ? "" : " (weak ref only)"));
            }
            node = ref.node;
        } else {
            node = context.contextManagerNode;
            if (node == null) {
                return fail(BR_DEAD_REPLY, -EINVAL, FailureSite.NO_CONTEXT_MANAGER, "no context manager");
            }
        }
        if (node.isDead()) {
            return fail(BR_DEAD_REPLY, -EINVAL, FailureSite.DEAD_NODE, "node " + node.debugId + " is dead");
        }
        // Held for the transaction until its buffer is released.
        nodeRefs.incNode(node, true, false, null);
        targetNode = node;
        targetProc = node.proc;
        logEntry.toNode = node.debugId;
        if (handle == 0 ? targetProc.pid() == proc.pid() : targetProc == proc) {
            return fail(BR_FAILED_REPLY, -EINVAL, FailureSite.OWN_PROCESS, "transaction to its own process " + proc.pid());
        }
        if (oneway) {
            return true;
        }
        Work head = sender.todo.first();
        if (head != null && head.kind == Work.TRANSACTION) {
            return fail(BR_FAILED_REPLY, -EPROTO, FailureSite.TRANSACTION_ON_TODO,
                    "new call while a transaction waits on the thread's todo");
        }
        Transaction top = sender.transactionStack;
        if (top == null) {
            return true;
        }
        if (top.toThread != sender) {
            return fail(BR_FAILED_REPLY, -EPROTO, FailureSite.CALL_WHILE_WAITING, "new call while waiting for transaction "
                    + top.debugId);
        }
        // The thread of the target process that waits for this chain of calls handles it: no pool thread needed.
        for (Transaction t = top; t != null; t = t.fromParent) {
            if (t.from != null && t.from.proc() == targetProc) {
                targetThread = t.from;
                break;
            }
        }
        return true;
    }

    /** Allocates the buffer in the target's area, copies the payload once and translates its objects. */
    private boolean buildBuffer(int flags, boolean oneway, long dataSize, long offsetsSize, long dataPointer,
            long offsetsPointer) {
        if (dataSize < 0 || offsetsSize < 0) {
            return fail(BR_FAILED_REPLY, -EINVAL, FailureSite.INVALID_SIZE, "invalid size "
                    + Long.toUnsignedString(dataSize) + ":" + Long.toUnsignedString(offsetsSize));
        }
        buffer = buffers.allocate(targetProc, dataSize, offsetsSize, oneway, debugId);
        if (buffer == null) {
            int errno = buffers.failureErrno;
            return fail(errno == -ESRCH ? BR_DEAD_REPLY : BR_FAILED_REPLY, errno, buffers.failureSite,
                    buffers.failureDetail);
        }
        buffer.targetNode = targetNode;
        targetNode = null;
        buffer.clearOnFree = (flags & TransactionFlags.TF_CLEAR_BUF) != 0;
        MemorySegment sendBuffer = sender.sendBuffer;
        if (!inside(sendBuffer, dataPointer, dataSize)) {
            return fail(BR_FAILED_REPLY, -EFAULT, FailureSite.DATA_OUT_OF_RANGE, "data ["
                    + Long.toUnsignedString(dataPointer) + ", +" + dataSize + ") outside the send buffer of "
                    + sendBuffer.byteSize() + " bytes");
        }
        if (!inside(sendBuffer, offsetsPointer, offsetsSize)) {
            return fail(BR_FAILED_REPLY, -EFAULT, FailureSite.OFFSETS_OUT_OF_RANGE, "offsets ["
                    + Long.toUnsignedString(offsetsPointer) + ", +" + offsetsSize + ") outside the send buffer of "
                    + sendBuffer.byteSize() + " bytes");
        }
        copyPayload(sendBuffer, dataPointer, offsetsPointer, targetProc.area, buffer);
        if ((offsetsSize & 7) != 0) {
            return fail(BR_FAILED_REPLY, -EINVAL, FailureSite.OFFSETS_SIZE, "offsets size " + offsetsSize
                    + " is not a multiple of 8");
        }
        int translated = translator.translate(sender, targetProc, buffer, inReplyTo);
        if (translated != 0) {
            return fail(BR_FAILED_REPLY, translated, translator.failureSite, translator.failureDetail);
        }
        return true;
    }

    /** Creates the transaction and queues it with the sender's completion. */
    private void queue(int code, int flags, boolean reply, boolean oneway) {
        Transaction transaction = freeTransactions.poll();
        if (transaction == null) {
            transaction = new Transaction();
        }
        transaction.start(debugId, code, flags, sender, context.nanoClock.getAsLong());
        context.objects.created(Kind.TRANSACTION);
        transaction.from = reply || oneway ? null : sender;
        transaction.toProc = targetProc;
        transaction.toThread = targetThread;
        transaction.buffer = buffer;
        buffer.transaction = transaction;
        buffer = null;
        Work complete = newCompletion();
        if (reply) {
            dispatcher.enqueueThreadWork(sender, complete);
            popTransaction(targetThread, inReplyTo);
            dispatcher.enqueueThreadWork(targetThread, transaction);
            freeTransaction(inReplyTo);
            inReplyTo = null;
        } else if (!oneway) {
            // The caller hears of completion together with the reply.
            dispatcher.enqueueDeferredThreadWork(sender, complete);
            transaction.needReply = true;
            transaction.fromParent = sender.transactionStack;
            sender.transactionStack = transaction;
            dispatcher.deliverTransaction(transaction, targetProc, targetThread);
        } else {
            dispatcher.deliverTransaction(transaction, targetProc, null);
            dispatcher.enqueueThreadWork(sender, complete);
        }
    }

    /**
     * Tells the caller waiting for {@code transaction} that it failed; if that caller is gone, the
     * failure travels on to the caller of the transaction it was handling, and so on.
     */
    void sendFailedReply(Transaction transaction, int command, ExtendedError error) {
        Transaction t = transaction;
        while (true) {
            BinderThread caller = t.from;
            if (caller != null) {
                popTransaction(caller, t);
                if (caller.replyError.command == BR_OK) {
                    caller.replyError.command = command;
                    caller.extendedError = error;
                    dispatcher.enqueueThreadWork(caller, caller.replyError);
                } else {
                    context.userErrors.report(caller, "dropped " + Returns.name(command) + " for transaction "
                            + t.debugId + ": an earlier failed reply is still unread");
                }
                freeTransaction(t);
                return;
            }
            Transaction next = t.fromParent;
            freeTransaction(t);
            if (next == null) {
                return;
            }
            t = next;
        }
    }

    /** Removes {@code transaction} from the top of its caller's stack. */
    void popTransaction(BinderThread caller, Transaction transaction) {
        if (caller.transactionStack != transaction || transaction.from != caller) {
            throw new IllegalStateException("transaction " + transaction.debugId + " is not on top of the stack of "
                    + caller);
        }
        caller.transactionStack = transaction.fromParent;
        transaction.from = null;
    }

    /**
     * The end of a transaction (binder_free_transaction): off every list and stack by now; its buffer, if
     * any, lives on without it. The object is reused afterwards: the caller must not touch it again.
     */
    void freeTransaction(Transaction transaction) {
        if (!transaction.inFlight || transaction.isQueued()) {
            throw new IllegalStateException("transaction " + transaction.debugId + " freed while "
                    + (transaction.inFlight ? "still queued" : "already free"));
        }
        if (transaction.buffer != null) {
            transaction.buffer.transaction = null;
        }
        context.objects.deleted(Kind.TRANSACTION);
        transaction.clear();
        freeTransactions.offer(transaction);
    }

    private Work newCompletion() {
        Work complete = freeCompletions.poll();
        if (complete == null) {
            complete = new Work(Work.TRANSACTION_COMPLETE);
        }
        context.objects.created(Kind.TRANSACTION_COMPLETE);
        return complete;
    }

    /** A completion was read or dropped with its thread's todo. */
    void freeCompletion(Work complete) {
        context.objects.deleted(Kind.TRANSACTION_COMPLETE);
        freeCompletions.offer(complete);
    }

    private void copyPayload(MemorySegment sendBuffer, long dataPointer, long offsetsPointer, MemorySegment area,
            TransactionBuffer target) {
        long dataSize = target.dataSize;
        long offsetsAt = target.offsetsOffset();
        // An empty part names no memory, so its pointer is not looked at.
        if (dataSize != 0) {
            MemorySegment.copy(sendBuffer, dataPointer, area, target.offset, dataSize);
        }
        for (long padding = target.offset + dataSize; padding < offsetsAt; padding++) {
            area.set(ValueLayout.JAVA_BYTE, padding, (byte) 0);
        }
        if (target.offsetsSize != 0) {
            MemorySegment.copy(sendBuffer, offsetsPointer, area, offsetsAt, target.offsetsSize);
        }
        context.copiedBytes += dataSize + target.offsetsSize;
    }

    private static boolean inside(MemorySegment segment, long offset, long size) {
        return size == 0 || offset >= 0 && offset <= segment.byteSize() - size;
    }

    /**
     * Undoes the send in progress and queues the failure: to the sender, or for a reply, a completion to
     * the replier and the failure to the caller.
     *
     * @return false, for the caller to return
     */
    private boolean fail(int command, int errno, FailureSite site, String detail) {
        context.closeFiles(sender.attachedFiles);
        if (buffer != null) {
            buffers.releaseFailed(buffer);
            buffer = null;
        } else if (targetNode != null) {
            nodeRefs.decNode(targetNode, true, false);
        }
        targetNode = null;
        logEntry.returnError = command;
        logEntry.returnErrorParam = errno;
        logEntry.returnErrorLine = site.number();
        context.failedTransactionLog.add().copyFrom(logEntry);
        if (errno == -EINVAL || errno == -EPROTO || errno == -EFAULT || errno == -EBADF || errno == -EPERM) {
            context.userErrors.report(sender, "transaction " + debugId + " failed: " + detail);
        }
        ExtendedError error = new ExtendedError(debugId, command, errno, detail);
        if (inReplyTo != null) {
            sender.returnError.command = BR_TRANSACTION_COMPLETE;
            dispatcher.enqueueThreadWork(sender, sender.returnError);
            sendFailedReply(inReplyTo, command, error);
            inReplyTo = null;
        } else {
            sender.extendedError = error;
            sender.returnError.command = command;
            dispatcher.enqueueThreadWork(sender, sender.returnError);
        }
        return false;
    }
}
