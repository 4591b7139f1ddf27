package org.binder4j.driver;

/** A FIFO of {@link Work} items: a thread's or process's todo, a node's async queue, delivered deaths. */
final class WorkList {
    private Work head;
    private Work tail;

    boolean isEmpty() {
        return head == null;
    }

    /** The oldest item, or null; walk on with {@link Work#next}. */
    Work first() {
        return head;
    }

    void add(Work work) {
        if (work.list != null) {
            throw new IllegalStateException("work item is already queued");
        }
        work.list = this;
        work.previous = tail;
        work.next = null;
        if (tail == null) {
            head = work;
        } else {
            tail.next = work;
        }
        tail = work;
    }

    /** Removes and returns the oldest item, or null. */
    Work poll() {
        Work work = head;
        if (work != null) {
            remove(work);
        }
        return work;
    }

    void remove(Work work) {
        if (work.list != this) {
            throw new IllegalStateException("work item is not on this list");
        }
        if (work.previous == null) {
            head = work.next;
        } else {
            work.previous.next = work.next;
        }
        if (work.next == null) {
            tail = work.previous;
        } else {
            work.next.previous = work.previous;
        }
        work.previous = null;
        work.next = null;
        work.list = null;
    }

    int count(int kind) {
        int count = 0;
        for (Work work = head; work != null; work = work.next) {
            if (work.kind == kind) {
                count++;
            }
        }
        return count;
    }
}
