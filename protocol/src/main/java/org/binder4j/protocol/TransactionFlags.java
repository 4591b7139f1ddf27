package org.binder4j.protocol;

/** Transaction flags ({@code enum transaction_flags} of the binder UAPI). */
public final class TransactionFlags {
    /** Asynchronous: no reply; the sender gets BR_TRANSACTION_COMPLETE at once. */
    public static final int TF_ONE_WAY = 0x01;
    /** Legacy, unused. */
    public static final int TF_ROOT_OBJECT = 0x04;
    /** The reply payload is a single int32 status instead of a parcel. */
    public static final int TF_STATUS_CODE = 0x08;
    /** The caller accepts file descriptors in the reply. */
    public static final int TF_ACCEPT_FDS = 0x10;
    /** Zero the receive buffer when it is freed. */
    public static final int TF_CLEAR_BUF = 0x20;

    private TransactionFlags() {}
}
