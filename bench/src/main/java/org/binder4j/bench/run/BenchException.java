package org.binder4j.bench.run;

/** A system or a run could not be measured; the message says which, why, and what its processes last printed. */
public final class BenchException extends RuntimeException {
    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
