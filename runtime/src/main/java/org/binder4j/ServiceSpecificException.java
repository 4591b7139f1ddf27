package org.binder4j;

/**
 * An error defined by a service's own interface, carried across the call as exception code
 * {@link ExceptionCodes#EX_SERVICE_SPECIFIC} together with its {@link #errorCode}.
 */
public class ServiceSpecificException extends RuntimeException {
    /** The service-defined error code; its meaning is up to the interface. */
    public final int errorCode;

    /** A service-specific error with a code and a message. */
    public ServiceSpecificException(int errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    /** A service-specific error with a code and no message. */
    public ServiceSpecificException(int errorCode) {
        this.errorCode = errorCode;
    }

    @Override
    public String toString() {
        return super.toString() + " (code " + errorCode + ")";
    }
}
