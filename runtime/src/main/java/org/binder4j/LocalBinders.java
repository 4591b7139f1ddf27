package org.binder4j;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every local {@link Binder} of this JVM by its cookie, the number the driver hands back when one of
 * our objects comes home (as BINDER) or is called (BR_TRANSACTION's cookie). Held weakly: what keeps an
 * object alive while other processes use it is {@link NodeTable}.
 */
final class LocalBinders {
    private static final AtomicLong NEXT_COOKIE = new AtomicLong(0x1000);
    private static final ConcurrentHashMap<Long, Entry> BY_COOKIE = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Binder> CLEARED = new ReferenceQueue<>();

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
        expunge();
        long cookie = NEXT_COOKIE.getAndAdd(0x10);
        BY_COOKIE.put(cookie, new Entry(binder, cookie));
        return cookie;
    }

    /** The object with this cookie, or null if there is none (any more). */
    static Binder find(long cookie) {
        Entry entry = BY_COOKIE.get(cookie);
        return entry == null ? null : entry.get();
    }

    private static void expunge() {
        Object cleared;
        while ((cleared = CLEARED.poll()) != null) {
            BY_COOKIE.remove(((Entry) cleared).cookie, cleared);
        }
    }
}
