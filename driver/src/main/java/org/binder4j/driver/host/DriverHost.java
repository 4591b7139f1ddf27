package org.binder4j.driver.host;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.binder4j.driver.BinderDriver;
import org.binder4j.driver.BinderThread;
import org.binder4j.driver.DriverConfig;

/**
 * Owns one {@link BinderDriver} and lets several transports share it: every driver call happens under
 * {@link #lock()}, and the wake-ups the state machine asks for are delivered to the transport that
 * carries the thread ({@link Waker}) once the call that caused them has returned.
 *
 * <p>Usage: {@code lock; call the driver; deliverWakes(); unlock}. Every file a transport attaches to a
 * write-read is a {@link DescriptorFile}, so each transport can send on what the other took in.
 */
public final class DriverHost {

    /** Carries a wake-up to one thread. Runs under the host lock and may call the driver again. */
    @FunctionalInterface
    public interface Waker {
        void wake();
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final IdentityHashMap<BinderThread, Waker> wakers = new IdentityHashMap<>();
    private final ArrayDeque<BinderThread> woken = new ArrayDeque<>();
    private final DriverConfig config;
    private final BinderDriver driver;

    public DriverHost(DriverConfig config) {
        this.config = config;
        this.driver = new BinderDriver(config, woken::add);
    }

    public DriverConfig config() {
        return config;
    }

    public ReentrantLock lock() {
        return lock;
    }

    /** The driver; only to be used while holding {@link #lock()}. */
    public BinderDriver driver() {
        assert lock.isHeldByCurrentThread();
        return driver;
    }

    /** Routes wake-ups of {@code thread} to {@code waker}. Under the lock. */
    public void register(BinderThread thread, Waker waker) {
        assert lock.isHeldByCurrentThread();
        wakers.put(thread, waker);
    }

    /** Stops routing wake-ups of {@code thread}. Under the lock. */
    public void unregister(BinderThread thread) {
        assert lock.isHeldByCurrentThread();
        wakers.remove(thread);
    }

    /** Delivers the wake-ups queued by driver calls so far, including those queued while delivering. */
    public void deliverWakes() {
        assert lock.isHeldByCurrentThread();
        BinderThread thread;
        while ((thread = woken.poll()) != null) {
            Waker waker = wakers.get(thread);
            if (waker != null) {
                waker.wake();
            }
        }
    }
}
