package org.binder4j;

/** A parcel ended early or held data of the wrong shape (status NOT_ENOUGH_DATA on the Java side). */
public class ParcelFormatException extends RuntimeException {
    /** A format exception without a message. */
    public ParcelFormatException() {}

    /** A format exception with the given detail message. */
    public ParcelFormatException(String message) {
        super(message);
    }
}
