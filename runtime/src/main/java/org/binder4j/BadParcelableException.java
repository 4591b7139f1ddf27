package org.binder4j;

/** A parcel's contents could not be understood: bad sizes, unknown types, a missing CREATOR, etc. */
public class BadParcelableException extends RuntimeException {
    /** A bad-parcelable exception with the given detail message. */
    public BadParcelableException(String message) {
        super(message);
    }

    /** A bad-parcelable exception with a detail message and the failure that caused it. */
    public BadParcelableException(String message, Throwable cause) {
        super(message, cause);
    }
}
