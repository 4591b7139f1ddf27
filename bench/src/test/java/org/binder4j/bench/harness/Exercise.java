package org.binder4j.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.binder4j.bench.BenchCase;

/** Drives a connection's callers as a run would, for the systems' tests; the callers check every answer. */
public final class Exercise {
    private Exercise() {}

    /** {@code calls} calls of {@code operation} on one caller, then its deliveries awaited. */
    public static void calls(BenchConnection connection, BenchCase operation, int calls) throws Exception {
        try (Caller caller = connection.caller(operation)) {
            for (int i = 0; i < calls; i++) {
                caller.call();
            }
            caller.awaitDelivered(Duration.ofSeconds(30));
        }
    }

    /** Asks for an operation the system does not have. */
    public static void refuses(BenchConnection connection, BenchCase operation, String system) {
        assertEquals(system + " has no operation " + operation.id(),
                assertThrows(IllegalArgumentException.class, () -> connection.caller(operation)).getMessage());
    }
}
