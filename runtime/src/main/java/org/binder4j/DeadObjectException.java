package org.binder4j;

/** The object a call was addressed to no longer exists: its process died or dropped it. */
public class DeadObjectException extends RemoteException {
    /** A dead-object exception without a message. */
    public DeadObjectException() {}

    /** A dead-object exception with the given detail message. */
    public DeadObjectException(String message) {
        super(message);
    }
}
