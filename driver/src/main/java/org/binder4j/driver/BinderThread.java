package org.binder4j.driver;

import java.lang.foreign.MemorySegment;
import java.util.ArrayDeque;
import java.util.ArrayList;

/**
 * A thread's endpoint in the {@link BinderDriver} (binder_thread). Its state is the driver's;
 * transports only hold it to name the thread in driver calls and wake-ups.
 */
public final class BinderThread {
    static final int LOOPER_REGISTERED = 0x01;
    static final int LOOPER_ENTERED = 0x02;
    static final int LOOPER_EXITED = 0x04;
    static final int LOOPER_INVALID = 0x08;
    static final int LOOPER_WAITING = 0x10;

    private final BinderProc proc;
    private final int tid;
    MemorySegment sendBuffer;
    int looper;
    /** On the process's waiting list (idle, may take process work). */
    boolean waitingForProcWork;
    Transaction transactionStack;
    final WorkList todo = new WorkList();
    /** The todo holds something to wake up for (not only deferred items). */
    boolean processTodo;
    final ErrorWork returnError = new ErrorWork();
    final ErrorWork replyError = new ErrorWork();
    ExtendedError extendedError;
    /** Files attached to the write being processed, not yet taken by an FD object. */
    final ArrayDeque<BinderFile> attachedFiles = new ArrayDeque<>(0);
    /** How many files were attached to the write being processed, for messages. */
    int attachedFileCount;
    /** Files of the transaction the last read delivered, until the transport takes them. */
    final ArrayList<BinderFile> deliveredFiles = new ArrayList<>(0);
    /** The buffer whose files the last read delivered, until the next write-read: the receiver may refuse them. */
    TransactionBuffer fileDelivery;
    boolean dead;

    BinderThread(BinderProc proc, int tid, MemorySegment sendBuffer) {
        this.proc = proc;
        this.tid = tid;
        this.sendBuffer = sendBuffer;
    }

    public int tid() {
        return tid;
    }

    public BinderProc proc() {
        return proc;
    }

    boolean isLooper() {
        return (looper & (LOOPER_REGISTERED | LOOPER_ENTERED)) != 0;
    }

    boolean isWaiting() {
        return (looper & LOOPER_WAITING) != 0;
    }

    /** Idle enough for process work: a looper with no transaction on its stack and nothing of its own to do. */
    boolean availableForProcWork() {
        return transactionStack == null && todo.isEmpty() && isLooper();
    }

    @Override
    public String toString() {
        return "thread " + proc.pid() + ":" + tid;
    }
}
