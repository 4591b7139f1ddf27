package org.binder4j.aidl.behaviour;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A bounded wait for what a test cannot be told about, such as another process closing its descriptors. */
public final class Await {
    /** Generous for a loaded 2-core machine; passing tests never come near it. */
    public static final long SECONDS = 30;

    private Await() {}

    /** Waits until {@code condition} holds; fails naming {@code what} otherwise. */
    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() >= deadline) {
                fail("not within " + SECONDS + " s: " + what);
            }
            Thread.onSpinWait();
        }
    }
}
