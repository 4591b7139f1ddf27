package org.binder4j.driver;

/**
 * Puts work on todo lists and decides who wakes up: binder's enqueue, thread selection and wake-up
 * rules. A thread is waiting between a read that found nothing and its next call; the wake listener is
 * told exactly once when a waiting thread gets work, and the thread stops waiting then.
 */
final class Dispatcher {
    private final WakeListener wakeListener;

    Dispatcher(WakeListener wakeListener) {
        this.wakeListener = wakeListener;
    }

    /** Work the thread must read next (binder_enqueue_thread_work); wakes it if it waits. */
    void enqueueThreadWork(BinderThread thread, Work work) {
        thread.todo.add(work);
        thread.processTodo = true;
        if (thread.isWaiting()) {
            wake(thread);
        }
    }

    /**
     * Work the thread reads along with its next real work, but that is no reason to wake it: a sync
     * call's completion and the node news a send causes.
     */
    void enqueueDeferredThreadWork(BinderThread thread, Work work) {
        thread.todo.add(work);
    }

    /** Work for any eligible thread of the process; one waiting thread is woken for it. */
    void enqueueProcWork(BinderProc proc, Work work) {
        proc.todo.add(work);
        wakeProc(proc);
    }

    /** Wakes the most recently idle thread waiting for process work, if any (binder_wakeup_proc). */
    void wakeProc(BinderProc proc) {
        BinderThread thread = selectThread(proc);
        if (thread != null) {
            wake(thread);
        }
    }

    /**
     * Queues an incoming call or oneway (binder_proc_transaction): to {@code thread} when the call is
     * nested, else to an idle thread or the process todo; a oneway to a node that already has one in
     * progress waits in the node's async queue.
     */
    void deliverTransaction(Transaction transaction, BinderProc proc, BinderThread thread) {
        boolean pendingAsync = false;
        if (transaction.isOneway()) {
            Node node = transaction.buffer.targetNode;
            if (node.hasAsyncTransaction) {
                pendingAsync = true;
            } else {
                node.hasAsyncTransaction = true;
            }
        }
        if (pendingAsync) {
            transaction.buffer.targetNode.asyncTodo.add(transaction);
            return;
        }
        BinderThread target = thread != null ? thread : selectThread(proc);
        if (target != null) {
            enqueueThreadWork(target, transaction);
        } else {
            proc.todo.add(transaction);
        }
    }

    /** A blocking read found nothing: the thread waits, on the waiting list if it may take process work. */
    void startWaiting(BinderThread thread, boolean forProcWork) {
        thread.looper |= BinderThread.LOOPER_WAITING;
        if (forProcWork) {
            thread.proc().waitingThreads.addFirst(thread);
            thread.waitingForProcWork = true;
        }
    }

    void stopWaiting(BinderThread thread) {
        thread.looper &= ~BinderThread.LOOPER_WAITING;
        if (thread.waitingForProcWork) {
            thread.proc().waitingThreads.remove(thread);
            thread.waitingForProcWork = false;
        }
    }

    /** Takes {@code work} off whatever list holds it. */
    void dequeue(Work work) {
        if (work.list != null) {
            work.list.remove(work);
        }
    }

    private static BinderThread selectThread(BinderProc proc) {
        BinderThread thread = proc.waitingThreads.pollFirst();
        if (thread != null) {
            thread.waitingForProcWork = false;
        }
        return thread;
    }

    private void wake(BinderThread thread) {
        stopWaiting(thread);
        wakeListener.wake(thread);
    }
}
