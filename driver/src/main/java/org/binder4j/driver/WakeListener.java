package org.binder4j.driver;

/**
 * How the state machine asks its transport to wake a thread. Called synchronously from inside a
 * {@link BinderDriver} call, so it must only signal (never call back into the driver).
 */
@FunctionalInterface
public interface WakeListener {

    /** {@code thread}, which is waiting for work, now has some: its transport should read again. */
    void wake(BinderThread thread);
}
