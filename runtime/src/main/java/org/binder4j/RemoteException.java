package org.binder4j;

/**
 * A remote call failed at the transport level: the peer died, the transaction could not be delivered,
 * or the remote side reported a binder error. Checked, as in Android, so every interface method
 * declares it.
 */
public class RemoteException extends Exception {
    /** A remote exception without a message. */
    public RemoteException() {}

    /** A remote exception with the given detail message. */
    public RemoteException(String message) {
        super(message);
    }

    /** A remote exception with a detail message and the failure that caused it. */
    public RemoteException(String message, Throwable cause) {
        super(message, cause);
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
