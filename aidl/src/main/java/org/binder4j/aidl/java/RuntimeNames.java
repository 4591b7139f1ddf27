package org.binder4j.aidl.java;

/**
 * The binder4j runtime classes generated code uses: the one place where Android's {@code android.os} types map to
 * binder4j's. Generated code names every type fully qualified, so no import can clash with an AIDL type name.
 */
final class RuntimeNames {
    static final String BINDER = "org.binder4j.Binder";
    static final String IBINDER = "org.binder4j.IBinder";
    static final String IINTERFACE = "org.binder4j.IInterface";
    static final String PARCEL = "org.binder4j.Parcel";
    static final String PARCELABLE = "org.binder4j.Parcelable";
    static final String CREATOR = PARCELABLE + ".Creator";
    static final String PARCEL_FILE_DESCRIPTOR = "org.binder4j.ParcelFileDescriptor";
    static final String PARCELABLE_HOLDER = "org.binder4j.ParcelableHolder";
    static final String REMOTE_EXCEPTION = "org.binder4j.RemoteException";
    static final String TEXT_UTILS = "org.binder4j.TextUtils";
    static final String PERMISSION_ENFORCER = "org.binder4j.PermissionEnforcer";
    static final String ENUM_ARRAYS = "org.binder4j.EnumArrays";

    static final String STRING = "java.lang.String";
    static final String OBJECT = "java.lang.Object";

    /** The flags a stub writes return values and out arguments with. */
    static final String WRITE_RETURN_VALUE = PARCELABLE + ".PARCELABLE_WRITE_RETURN_VALUE";

    private RuntimeNames() {}
}
