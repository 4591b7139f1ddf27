package org.binder4j;

/**
 * A transaction failed and its data parcel was large enough that running out of the receiver's
 * buffer space is the likely cause (Android reports this above 200 KiB).
 */
public class TransactionTooLargeException extends RemoteException {
    /** A too-large exception without a message. */
    public TransactionTooLargeException() {}

    /** A too-large exception with the given detail message, usually naming the parcel size. */
    public TransactionTooLargeException(String message) {
        super(message);
    }

    /** Reports a transaction that ended with FAILED_TRANSACTION. */
    TransactionTooLargeException(String message, int status) {
        super(message, status);
    }
}
