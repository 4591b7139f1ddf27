package org.binder4j;

import java.util.NoSuchElementException;

/**
 * Turns a failed transaction's status into the exception the caller sees: Android's mapping, with the
 * exact status kept reachable ({@link RemoteException#status()}, {@link StatusCode#of}).
 */
final class Statuses {
    /** Above this data size a failed transaction is reported as too large rather than as a dead peer. */
    static final int LARGE_PARCEL_BYTES = 200 * 1024;

    private Statuses() {}

    /**
     * Throws the unchecked exception Android maps {@code status} to, or returns the remote exception for
     * the caller to throw ({@code throw Statuses.raise(...)}).
     *
     * @param status a failed status: neither OK nor UNKNOWN_TRANSACTION, which transact reports as true and false
     * @param dataSizeBytes the size of the call's data parcel
     * @param detail the driver's explanation, or null
     */
    static RemoteException raise(int status, int dataSizeBytes, String detail) {
        Throwable failure = toException(status, dataSizeBytes, detail == null ? "" : ": " + detail, detail);
        if (failure instanceof RemoteException remote) {
            return remote;
        }
        // Android throws these unchecked; the status rides along as the cause.
        failure.initCause(new RemoteException("transaction failed with " + StatusCode.name(status) + " ("
                + status + "): " + failure.getMessage(), status));
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        throw (Error) failure;
    }

    private static Throwable toException(int status, int dataSizeBytes, String because, String detail) {
        return switch (status) {
            case StatusCode.DEAD_OBJECT -> new DeadObjectException(
                    detail == null ? "the process hosting the object is gone" : detail, status);
            case StatusCode.FAILED_TRANSACTION -> dataSizeBytes > LARGE_PARCEL_BYTES
                    ? new TransactionTooLargeException("data parcel size " + dataSizeBytes + " bytes" + because, status)
                    : new DeadObjectException("Transaction failed on small parcel (" + dataSizeBytes
                            + " bytes); remote process probably died, but this could also be caused by running"
                            + " out of binder buffer space" + because, status);
            case StatusCode.NO_MEMORY -> new OutOfMemoryError("binder transaction: out of memory" + because);
            case StatusCode.INVALID_OPERATION -> new UnsupportedOperationException("invalid operation" + because);
            case StatusCode.BAD_VALUE, StatusCode.BAD_TYPE ->
                    new IllegalArgumentException(StatusCode.name(status) + because);
            case StatusCode.BAD_INDEX -> new IndexOutOfBoundsException("bad index" + because);
            case StatusCode.NAME_NOT_FOUND -> new NoSuchElementException("name not found" + because);
            case StatusCode.PERMISSION_DENIED -> new SecurityException("permission denied" + because);
            case StatusCode.NOT_ENOUGH_DATA -> new ParcelFormatException("Not enough data" + because);
            case StatusCode.NO_INIT -> new RuntimeException("Not initialized" + because);
            case StatusCode.ALREADY_EXISTS -> new RuntimeException("Item already exists" + because);
            case StatusCode.UNKNOWN_TRANSACTION -> new RuntimeException("Unknown transaction code" + because);
            case StatusCode.FDS_NOT_ALLOWED -> new RuntimeException("Not allowed to write file descriptors here");
            case StatusCode.UNEXPECTED_NULL -> new NullPointerException("unexpected null" + because);
            case StatusCode.UNKNOWN_ERROR -> new RuntimeException("Unknown error" + because);
            default -> new RemoteException(
                    String.format("Unknown binder error code. 0x%x (status %d)", status, status) + because, status);
        };
    }
}
