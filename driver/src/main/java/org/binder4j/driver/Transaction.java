package org.binder4j.driver;

import org.binder4j.protocol.TransactionFlags;

/**
 * One call, oneway call or reply in flight (binder_transaction). A sync call lives on two stacks: the
 * caller's ({@link #from}, linked by {@link #fromParent}) and, once read, the handling thread's
 * ({@link #toThread}, linked by {@link #toParent}), until the reply or a failure ends it.
 */
final class Transaction extends Work {
    final int debugId;
    final int code;
    final int flags;
    final int senderEuid;
    final int fromPid;
    final int fromTid;
    /** When the sender issued it (the driver's clock), for the "elapsed" of the debug views. */
    final long startNanos;
    /** The waiting caller of a sync call; null for oneways and replies, or once the caller is gone. */
    BinderThread from;
    Transaction fromParent;
    BinderProc toProc;
    BinderThread toThread;
    Transaction toParent;
    TransactionBuffer buffer;
    boolean needReply;

    Transaction(int debugId, int code, int flags, BinderThread sender, long startNanos) {
        super(TRANSACTION);
        this.debugId = debugId;
        this.code = code;
        this.flags = flags;
        this.senderEuid = sender.proc().uid();
        this.fromPid = sender.proc().pid();
        this.fromTid = sender.tid();
        this.startNanos = startNanos;
    }

    boolean isOneway() {
        return (flags & TransactionFlags.TF_ONE_WAY) != 0;
    }
}
