package org.binder4j.driver;

/**
 * An item of a todo list (binder_work): a transaction, a completion, a failure, news for a node's
 * owner, or a death notification. Intrusive, so that queueing allocates nothing; an item is on at most
 * one list at a time.
 */
class Work {
    static final int TRANSACTION = 1;
    static final int TRANSACTION_COMPLETE = 2;
    static final int RETURN_ERROR = 3;
    static final int NODE = 4;
    static final int DEAD_BINDER = 5;
    static final int DEAD_BINDER_AND_CLEAR = 6;
    static final int CLEAR_DEATH_NOTIFICATION = 7;

    int kind;
    Work previous;
    Work next;
    WorkList list;

    Work(int kind) {
        this.kind = kind;
    }

    final boolean isQueued() {
        return list != null;
    }
}
