package org.binder4j.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Bounded waits for events the tests cannot be told about: polls a condition until it holds or time is up. */
public final class Await {
    /** Generous for a loaded 2-core CI machine; passing tests never come near it. */
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

    /** Polls {@code probe} until its value satisfies {@code done}; returns that value, or fails with the last one. */
    public static <T> T value(String what, Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        T value;
        do {
            value = probe.get();
            if (done.test(value)) {
                return value;
            }
            Thread.onSpinWait();
        } while (System.nanoTime() < deadline);
        return fail("not within " + SECONDS + " s: " + what + "; last seen:\n" + value);
    }
}
