package org.binder4j.driver;

import java.util.Collection;

/**
 * A hash map from long keys (node pointers, buffer offsets) to objects, with open addressing so that
 * lookups and updates on the transaction path neither box nor allocate.
 */
final class LongMap<V> {
    private long[] keys = new long[16];
    private Object[] values = new Object[16];
    private int size;

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            Object value = values[slot];
            if (value == null) {
                return null;
            }
            if (keys[slot] == key) {
                return (V) value;
            }
        }
    }

    void put(long key, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value");
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (values[slot] != null) {
            if (keys[slot] == key) {
                values[slot] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
    }

    @SuppressWarnings("unchecked")
    V remove(long key) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (values[slot] != null && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        Object removed = values[slot];
        if (removed == null) {
            return null;
        }
        size--;
        // Shift later members of the probe run back so that no lookup stops at the hole too early.
        int hole = slot;
        int next = slot;
        while (true) {
            next = (next + 1) & mask;
            if (values[next] == null) {
                break;
            }
            int home = slot(keys[next], mask);
            boolean reachableWithoutHole = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (!reachableWithoutHole) {
                keys[hole] = keys[next];
                values[hole] = values[next];
                hole = next;
            }
        }
        values[hole] = null;
        return (V) removed;
    }

    /** Appends every value to {@code out}, for the rare walks over a whole map (release, debug views). */
    @SuppressWarnings("unchecked")
    void valuesInto(Collection<? super V> out) {
        for (Object value : values) {
            if (value != null) {
                out.add((V) value);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                @SuppressWarnings("unchecked")
                V value = (V) oldValues[i];
                put(oldKeys[i], value);
            }
        }
    }

    private static int slot(long key, int mask) {
        long hash = key * 0x9E3779B97F4A7C15L;
        return (int) (hash ^ (hash >>> 32)) & mask;
    }
}
