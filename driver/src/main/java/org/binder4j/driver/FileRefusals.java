package org.binder4j.driver;

import static org.binder4j.protocol.Errno.EINVAL;
import static org.binder4j.protocol.Returns.BR_FAILED_REPLY;
import static org.binder4j.protocol.Returns.BR_OK;

import org.binder4j.protocol.Errno;

/**
 * A receiver that could not take the files of the transaction it just read, typically because its
 * descriptor table is full: binder's failed fd fixups. The delivery is undone as binder does it — a call
 * fails back to its caller with BR_FAILED_REPLY, a reply reaches its reader as BR_FAILED_REPLY, a oneway
 * is dropped — and the buffer is freed, which lets the node's next oneway through.
 */
final class FileRefusals {
    private final BinderContext context;
    private final Dispatcher dispatcher;
    private final Buffers buffers;
    private final Transactions transactions;

    FileRefusals(BinderContext context, Dispatcher dispatcher, Buffers buffers, Transactions transactions) {
        this.context = context;
        this.dispatcher = dispatcher;
        this.buffers = buffers;
        this.transactions = transactions;
    }

    /** @return 0, or -EINVAL when the thread's last read delivered no files */
    int refuse(BinderThread thread, int errno) {
        TransactionBuffer buffer = thread.fileDelivery;
        if (buffer == null) {
            context.userErrors.report(thread, "refused file descriptors, but its last read delivered none");
            return -EINVAL;
        }
        thread.fileDelivery = null;
        ExtendedError error = new ExtendedError(buffer.debugId, BR_FAILED_REPLY, errno, "pid " + thread.proc().pid()
                + " could not receive the file descriptors of transaction " + buffer.debugId + " ("
                + Errno.name(errno) + ": its descriptor table is full)");
        Transaction call = buffer.transaction;
        if (buffer.targetNode == null) {
            failReply(thread, error);
        } else if (call != null) {
            if (thread.transactionStack != call) {
                throw new IllegalStateException("transaction " + call.debugId + " delivered to " + thread
                        + " is not on top of its stack");
            }
            thread.transactionStack = call.toParent;
            call.toThread = null;
            transactions.sendFailedReply(call, BR_FAILED_REPLY, error);
        }
        buffer.allowUserFree = false;
        buffers.release(buffer);
        return 0;
    }

    /** The reader of a reply gets BR_FAILED_REPLY in its place. */
    private void failReply(BinderThread thread, ExtendedError error) {
        if (thread.replyError.command != BR_OK) {
            context.userErrors.report(thread, "dropped BR_FAILED_REPLY for refused transaction " + error.debugId()
                    + ": an earlier failed reply is still unread");
            return;
        }
        thread.replyError.command = BR_FAILED_REPLY;
        thread.extendedError = error;
        dispatcher.enqueueThreadWork(thread, thread.replyError);
    }
}
