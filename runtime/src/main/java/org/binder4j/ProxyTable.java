package org.binder4j;

import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.util.HashMap;

/**
 * One {@link BinderProxy} per handle while it is reachable. A new proxy takes this process's own
 * references on the handle before the buffer that carried it is freed; a collected proxy gives them
 * back.
 */
final class ProxyTable {
    private static final Cleaner CLEANER = Cleaner.create();

    private final BinderRuntime runtime;
    private final HashMap<Integer, WeakReference<BinderProxy>> byHandle = new HashMap<>();

    ProxyTable(BinderRuntime runtime) {
        this.runtime = runtime;
    }

    synchronized BinderProxy get(int handle) {
        WeakReference<BinderProxy> ref = byHandle.get(handle);
        BinderProxy proxy = ref == null ? null : ref.get();
        if (proxy != null) {
            return proxy;
        }
        proxy = new BinderProxy(runtime, handle);
        runtime.threadState().acquireHandle(handle);
        WeakReference<BinderProxy> newRef = new WeakReference<>(proxy);
        byHandle.put(handle, newRef);
        CLEANER.register(proxy, () -> collected(handle, newRef));
        return proxy;
    }

    /** Number of live proxies. */
    synchronized int size() {
        int live = 0;
        for (WeakReference<BinderProxy> ref : byHandle.values()) {
            if (ref.get() != null) {
                live++;
            }
        }
        return live;
    }

    private void collected(int handle, WeakReference<BinderProxy> ref) {
        synchronized (this) {
            byHandle.remove(handle, ref);
        }
        runtime.releaseHandle(handle);
    }
}
