package org.binder4j.driver;

/**
 * Objects of one kind that the driver has finished with, kept for the next transaction to reuse, so that
 * the transaction path allocates nothing once it runs steadily. Bounded: past its capacity a freed object
 * is left to the garbage collector, so that a burst of transactions does not keep its memory for good.
 */
final class FreeList<T> {
    private final Object[] items;
    private int count;

    FreeList(int capacity) {
        items = new Object[capacity];
    }

    /** A freed object to reuse, or null if there is none. */
    @SuppressWarnings("unchecked")
    T poll() {
        if (count == 0) {
            return null;
        }
        T item = (T) items[--count];
        items[count] = null;
        return item;
    }

    /** Keeps {@code item} for reuse; the caller must hold no other reference to it that it still follows. */
    void offer(T item) {
        if (count < items.length) {
            items[count++] = item;
        }
    }
}
