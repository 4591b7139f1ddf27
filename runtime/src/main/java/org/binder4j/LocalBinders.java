package org.binder4j;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Every local {@link Binder} of this JVM by its cookie, the number the driver hands back when one of
 * our objects comes home (as BINDER) or is called (BR_TRANSACTION's cookie). Held weakly: what keeps an
 * object alive while other processes use it is {@link NodeTable}.
 *
 * <p>A cookie names a slot of a table and the slot's use: {@code use << 32 | slot}. Finding an object,
 * on every incoming call, is then an array read that neither boxes nor locks; the use count keeps the
 * cookie of a collected object from finding the next object in its slot. Registering takes a lock.
 */
final class LocalBinders {
    private static final long SLOT_MASK = 0xffff_ffffL;
    private static final Object LOCK = new Object();
    private static final ReferenceQueue<Binder> CLEARED = new ReferenceQueue<>();
    /** Replaced by a larger copy when full; written under {@link #LOCK}, read without. */
    private static volatile AtomicReferenceArray<Entry> slots = new AtomicReferenceArray<>(64);
    // Guarded by LOCK: the uses of each slot, the slots free again, and how many slots were ever used.
    private static int[] uses = new int[64];
    private static int[] freeSlots = new int[64];
    private static int freeCount;
    private static int usedSlots;

    private static final class Entry extends WeakReference<Binder> {
        final long cookie;

        Entry(Binder binder, long cookie) {
            super(binder, CLEARED);
            this.cookie = cookie;
        }
    }

    private LocalBinders() {}

    /** Registers a new object and returns its cookie (never 0, which names the context manager). */
    static long register(Binder binder) {
        synchronized (LOCK) {
            expunge();
            int slot = freeCount > 0 ? freeSlots[--freeCount] : newSlot();
            // Uses start at 1, so no cookie is 0; after 2^32 uses of one slot they wrap past 0.
            int use = uses[slot] == -1 ? 1 : uses[slot] + 1;
            uses[slot] = use;
            long cookie = Integer.toUnsignedLong(use) << 32 | slot;
            slots.set(slot, new Entry(binder, cookie));
            return cookie;
        }
    }

    /** The object with this cookie, or null if there is none (any more). */
    static Binder find(long cookie) {
        AtomicReferenceArray<Entry> table = slots;
        long slot = cookie & SLOT_MASK;
        if (slot >= table.length()) {
            return null;
        }
        Entry entry = table.get((int) slot);
        return entry != null && entry.cookie == cookie ? entry.get() : null;
    }

    /** A slot never used before, the table grown if it is full. Under the lock. */
    private static int newSlot() {
        AtomicReferenceArray<Entry> table = slots;
        if (usedSlots == table.length()) {
            AtomicReferenceArray<Entry> grown = new AtomicReferenceArray<>(table.length() * 2);
            for (int i = 0; i < usedSlots; i++) {
                grown.set(i, table.get(i));
            }
            slots = grown;
            uses = Arrays.copyOf(uses, grown.length());
            freeSlots = Arrays.copyOf(freeSlots, grown.length());
        }
        return usedSlots++;
    }

    /** Frees the slots of collected objects. Under the lock. */
    private static void expunge() {
        Object cleared;
        while ((cleared = CLEARED.poll()) != null) {
            int slot = (int) (((Entry) cleared).cookie & SLOT_MASK);
            if (slots.compareAndSet(slot, (Entry) cleared, null)) {
                freeSlots[freeCount++] = slot;
            }
        }
    }
}
