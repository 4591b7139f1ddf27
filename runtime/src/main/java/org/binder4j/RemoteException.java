package org.binder4j;

/**
 * A remote call failed at the transport level: the peer died, the transaction could not be delivered,
 * or the remote side reported a binder error. Checked, as in Android, so every interface method
 * declares it.
 *
 * <p>When the exception reports a failed transaction, {@link #status()} is the exact status the
 * transaction ended with (see {@link IBinder#transact}).
 */
public class RemoteException extends Exception {
    private final int status;

    /** A remote exception without a message. */
    public RemoteException() {
        this.status = StatusCode.OK;
    }

    /** A remote exception with the given detail message. */
    public RemoteException(String message) {
        super(message);
        this.status = StatusCode.OK;
    }

    /** A remote exception with a detail message and the failure that caused it. */
    public RemoteException(String message, Throwable cause) {
        super(message, cause);
        this.status = StatusCode.OK;
    }

    /**
     * A remote exception reporting a transaction that ended with {@code status}.
     *
     * @param status a {@link StatusCode} value or any status a remote object returned; not {@link StatusCode#OK}
     * @throws IllegalArgumentException if {@code status} is OK, which is no failure
     */
    public RemoteException(String message, int status) {
        super(message);
        if (status == StatusCode.OK) {
            throw new IllegalArgumentException("a failed transaction's status cannot be OK (0)");
        }
        this.status = status;
    }

    /**
     * The status the failed transaction ended with: a {@link StatusCode} value, or whatever status the
     * remote object returned from {@link Binder#onTransactWithStatus}; {@link StatusCode#OK} when this
     * exception does not report a transaction's status.
     */
    public int status() {
        return status;
    }

    /**
     * Wraps this exception in a {@link RuntimeException} and throws it, for callers that cannot
     * declare checked exceptions. Declared to return the exception so call sites can write
     * {@code throw e.rethrowAsRuntimeException();} and keep the compiler's flow analysis happy.
     */
    public RuntimeException rethrowAsRuntimeException() {
        throw new RuntimeException(this);
    }
}
