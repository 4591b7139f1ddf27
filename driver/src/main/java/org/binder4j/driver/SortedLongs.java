package org.binder4j.driver;

import java.util.Arrays;

/** A sorted set of longs in one array, so that the allocator's free-block indexes never box. */
final class SortedLongs {
    private long[] values = new long[16];
    private int size;

    int size() {
        return size;
    }

    long get(int index) {
        return values[index];
    }

    /** Index of the first value {@code >= key}, or {@link #size()} if there is none. */
    int ceilingIndex(long key) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (values[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    void add(long value) {
        int index = ceilingIndex(value);
        if (index < size && values[index] == value) {
            throw new IllegalStateException("value " + value + " is already present");
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        System.arraycopy(values, index, values, index + 1, size - index);
        values[index] = value;
        size++;
    }

    void remove(long value) {
        int index = ceilingIndex(value);
        if (index == size || values[index] != value) {
            throw new IllegalStateException("value " + value + " is not present");
        }
        System.arraycopy(values, index + 1, values, index, size - index - 1);
        size--;
    }
}
