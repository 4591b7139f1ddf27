package org.binder4j.bench.harness;

import org.binder4j.bench.BenchCase;

/** A client process's connection to the system under test, shared by the process's calling threads. */
public interface BenchConnection extends AutoCloseable {

    /**
     * A caller of {@code operation} (a case's {@link BenchCase#operation()}) for one thread.
     *
     * @throws IllegalArgumentException if the system does not support the operation
     */
    Caller caller(BenchCase operation) throws Exception;

    @Override
    void close();
}
