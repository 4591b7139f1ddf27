package org.binder4j.driver.host;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.concurrent.locks.LockSupport;
import org.binder4j.driver.BinderDriver;
import org.binder4j.driver.BinderThread;
import org.binder4j.driver.DriverConfig;

/**
 * Owns one {@link BinderDriver} and lets several transports share it: every driver call happens while
 * holding {@link #lock()}, and the wake-ups the state machine asks for are delivered to the transport
 * that carries the thread ({@link Waker}) once the call that caused them has returned. A transport whose
 * threads park has them unparked only once the lock is released ({@link #unparkAfterRelease}).
 *
 * <p>Usage: {@code synchronized (host.lock()) { call the driver; deliverWakes(); } unparkWoken();}. Every
 * file a transport attaches to a write-read is a {@link DescriptorFile}, so each transport can send on
 * what the other took in.
 */
public final class DriverHost {

    /**
     * Carries a wake-up to one thread. Runs under the host lock and may call the driver again; a parked
     * Java thread it has unparked through {@link #unparkAfterRelease}.
     */
    @FunctionalInterface
    public interface Waker {
        void wake();
    }

    private final Object lock = new Object();
    private final IdentityHashMap<BinderThread, Waker> wakers = new IdentityHashMap<>();
    private final ArrayDeque<BinderThread> woken = new ArrayDeque<>();
    /** Java threads to unpark once the lock is released. Under the lock. */
    private final ArrayDeque<Thread> toUnpark = new ArrayDeque<>();
    private final DriverConfig config;
    private final BinderDriver driver;

    public DriverHost(DriverConfig config) {
        this.config = config;
        this.driver = new BinderDriver(config, woken::add);
    }

    public DriverConfig config() {
        return config;
    }

    /**
     * The monitor that guards the driver. A monitor rather than a {@code ReentrantLock}: the threads of the
     * in-process transport contend for it on nearly every call, and a thread that waits for a contended
     * lock of java.util.concurrent allocates a queue node each time, one that waits for a monitor does not.
     */
    public Object lock() {
        return lock;
    }

    /** The driver; only to be used while holding {@link #lock()}. */
    public BinderDriver driver() {
        assert Thread.holdsLock(lock);
        return driver;
    }

    /** Routes wake-ups of {@code thread} to {@code waker}. Under the lock. */
    public void register(BinderThread thread, Waker waker) {
        assert Thread.holdsLock(lock);
        wakers.put(thread, waker);
    }

    /** Stops routing wake-ups of {@code thread}. Under the lock. */
    public void unregister(BinderThread thread) {
        assert Thread.holdsLock(lock);
        wakers.remove(thread);
    }

    /**
     * Has {@code thread} unparked once the lock is released, by {@link #unparkWoken()}. Unparked under the
     * lock, it would wake only to find the lock held by its waker and wait again. Under the lock.
     */
    public void unparkAfterRelease(Thread thread) {
        assert Thread.holdsLock(lock);
        toUnpark.add(thread);
    }

    /**
     * Unparks the threads that wake-ups delivered under the lock are for. Whoever delivered wake-ups (or
     * disconnected a thread) calls this once it has released the lock; calling it more often does no harm.
     */
    public void unparkWoken() {
        while (true) {
            Thread thread;
            synchronized (lock) {
                thread = toUnpark.poll();
            }
            if (thread == null) {
                return;
            }
            LockSupport.unpark(thread);
        }
    }

    /** Delivers the wake-ups queued by driver calls so far, including those queued while delivering. */
    public void deliverWakes() {
        assert Thread.holdsLock(lock);
        BinderThread thread;
        while ((thread = woken.poll()) != null) {
            Waker waker = wakers.get(thread);
            if (waker != null) {
                waker.wake();
            }
        }
    }
}
