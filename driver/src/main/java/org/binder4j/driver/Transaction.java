package org.binder4j.driver;

import org.binder4j.protocol.TransactionFlags;

/**
 * One call, oneway call or reply in flight (binder_transaction). A sync call lives on two stacks: the
 * caller's ({@link #from}, linked by {@link #fromParent}) and, once read, the handling thread's
 * ({@link #toThread}, linked by {@link #toParent}), until the reply or a failure ends it.
 *
 * <p>Reused: when binder would free a transaction ({@link Transactions#freeTransaction}) nothing of the
 * driver refers to it any more — it is off every list and stack and its buffer has let go of it — so the
 * object serves the next transaction, {@link #start started} afresh.
 */
final class Transaction extends Work {
    int debugId;
    int code;
    int flags;
    int senderEuid;
    int fromPid;
    int fromTid;
    /** When the sender issued it (the driver's clock), for the "elapsed" of the debug views. */
    long startNanos;
    /** The waiting caller of a sync call; null for oneways and replies, or once the caller is gone. */
    BinderThread from;
    Transaction fromParent;
    BinderProc toProc;
    BinderThread toThread;
    Transaction toParent;
    TransactionBuffer buffer;
    boolean needReply;
    /** Between {@link #start} and its free: guards against freeing it twice. */
    boolean inFlight;

    Transaction() {
        super(TRANSACTION);
    }

    /** Makes this the transaction {@code debugId} that {@code sender} issues now, linked to nothing yet. */
    void start(int debugId, int code, int flags, BinderThread sender, long startNanos) {
        this.debugId = debugId;
        this.code = code;
        this.flags = flags;
        this.senderEuid = sender.proc().uid();
        this.fromPid = sender.proc().pid();
        this.fromTid = sender.tid();
        this.startNanos = startNanos;
        inFlight = true;
    }

    /** Drops every link, so that a transaction kept for reuse holds on to nothing. */
    void clear() {
        from = null;
        fromParent = null;
        toProc = null;
        toThread = null;
        toParent = null;
        buffer = null;
        needReply = false;
        inFlight = false;
    }

    boolean isOneway() {
        return (flags & TransactionFlags.TF_ONE_WAY) != 0;
    }
}
