package org.binder4j;

/**
 * The int32 that starts every AIDL reply: {@link #EX_NONE} for success, a negative code for an
 * exception thrown by the remote handler, or a header prefix ({@link #EX_HAS_REPLY_HEADER},
 * {@link #EX_HAS_NOTED_APPOPS_REPLY_HEADER}) that readers skip. See {@link Parcel#writeException}.
 */
public final class ExceptionCodes {
    public static final int EX_NONE = 0;
    public static final int EX_SECURITY = -1;
    public static final int EX_BAD_PARCELABLE = -2;
    public static final int EX_ILLEGAL_ARGUMENT = -3;
    public static final int EX_NULL_POINTER = -4;
    public static final int EX_ILLEGAL_STATE = -5;
    public static final int EX_NETWORK_MAIN_THREAD = -6;
    public static final int EX_UNSUPPORTED_OPERATION = -7;
    public static final int EX_SERVICE_SPECIFIC = -8;
    /** A Parcelable exception: int32 size, then the exception written with {@code writeParcelable}. */
    public static final int EX_PARCELABLE = -9;
    /** App-ops prefix: int32 size (counting itself) and payload, then the real code follows. */
    public static final int EX_HAS_NOTED_APPOPS_REPLY_HEADER = -127;
    /** "Fat" StrictMode header: int32 size (counting itself) and payload; means success. */
    public static final int EX_HAS_REPLY_HEADER = -128;
    /** Native only, never on the wire: the status travels as a TF_STATUS_CODE reply instead. */
    public static final int EX_TRANSACTION_FAILED = -129;

    private ExceptionCodes() {}

    /**
     * The code {@link Parcel#writeException} sends for {@code e}, checking the types in Android's order;
     * {@link #EX_NONE} means the exception cannot cross processes.
     */
    public static int forException(Throwable e) {
        if (e instanceof SecurityException) {
            return EX_SECURITY;
        } else if (e instanceof BadParcelableException) {
            return EX_BAD_PARCELABLE;
        } else if (e instanceof IllegalArgumentException) {
            return EX_ILLEGAL_ARGUMENT;
        } else if (e instanceof NullPointerException) {
            return EX_NULL_POINTER;
        } else if (e instanceof IllegalStateException) {
            return EX_ILLEGAL_STATE;
        } else if (e instanceof UnsupportedOperationException) {
            return EX_UNSUPPORTED_OPERATION;
        } else if (e instanceof ServiceSpecificException) {
            return EX_SERVICE_SPECIFIC;
        }
        return EX_NONE;
    }
}
