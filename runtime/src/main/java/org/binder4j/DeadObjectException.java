package org.binder4j;

/** The object a call was addressed to no longer exists: its process died or dropped it. */
public class DeadObjectException extends RemoteException {
    /** A dead-object exception without a message. */
    public DeadObjectException() {}

    /** A dead-object exception with the given detail message. */
    public DeadObjectException(String message) {
        super(message);
    }

    /** Reports a transaction that ended with {@code status}: DEAD_OBJECT, or FAILED_TRANSACTION on a small parcel. */
    DeadObjectException(String message, int status) {
        super(message, status);
    }
}
