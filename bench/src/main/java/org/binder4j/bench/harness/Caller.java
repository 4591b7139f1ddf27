package org.binder4j.bench.harness;

import java.io.IOException;
import java.time.Duration;

/** Performs one operation of a case per {@link #call()}; used by one thread at a time. */
public interface Caller extends AutoCloseable {

    /**
     * One operation: a round trip, or one oneway call sent.
     *
     * @throws IllegalStateException if the answer is wrong
     */
    void call() throws Exception;

    /**
     * Waits until the server has received every oneway call this caller sent; nothing to do for
     * synchronous cases.
     *
     * @throws IllegalStateException if they were not all delivered within {@code timeout}
     */
    default void awaitDelivered(Duration timeout) throws Exception {}

    @Override
    default void close() throws IOException {}
}
