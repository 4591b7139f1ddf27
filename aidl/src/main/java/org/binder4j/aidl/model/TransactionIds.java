package org.binder4j.aidl.model;

/** The binder transaction-code numbering AIDL uses (wire-visible: identical to AOSP). */
public final class TransactionIds {
    /** {@code IBinder.FIRST_CALL_TRANSACTION}: the code of method id 0. */
    public static final int FIRST_CALL_TRANSACTION = 0x00000001;
    /** {@code IBinder.LAST_CALL_TRANSACTION}. */
    public static final int LAST_CALL_TRANSACTION = 0x00ffffff;
    /** The id of the meta method {@code int getInterfaceVersion()}; its code is {@code LAST_CALL_TRANSACTION}. */
    public static final int GET_INTERFACE_VERSION_ID = LAST_CALL_TRANSACTION - FIRST_CALL_TRANSACTION;
    /** The id of the meta method {@code String getInterfaceHash()}. */
    public static final int GET_INTERFACE_HASH_ID = GET_INTERFACE_VERSION_ID - 1;
    /** The smallest explicit id. */
    public static final int MIN_USER_ID = 0;
    /** The largest explicit id: 100 ids below the meta methods are kept free for future meta methods. */
    public static final int MAX_USER_ID = GET_INTERFACE_VERSION_ID - 99 - 1;

    private TransactionIds() {}
}
