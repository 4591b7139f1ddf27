package org.binder4j;

/**
 * An object that can write itself into a {@link Parcel} and be rebuilt from one by its {@link Creator},
 * which implementations expose as a {@code public static final Creator<T> CREATOR} field (found
 * reflectively by {@link Parcel#readParcelable(ClassLoader)}).
 */
public interface Parcelable {
    /** Flag for {@link #writeToParcel}: the object is a return value or out argument of a call. */
    int PARCELABLE_WRITE_RETURN_VALUE = 1;
    /** Bit for {@link #describeContents}: the flattened object holds file descriptors. */
    int CONTENTS_FILE_DESCRIPTOR = 1;

    /** Writes this object's fields into {@code dest} at its current position. */
    void writeToParcel(Parcel dest, int flags);

    /** Special contents of the flattened form, such as {@link #CONTENTS_FILE_DESCRIPTOR}; 0 by default. */
    default int describeContents() {
        return 0;
    }

    /** Rebuilds instances of a Parcelable class from parcels. */
    interface Creator<T> {
        /** Reads one instance from {@code source}'s current position. */
        T createFromParcel(Parcel source);

        /** A new array of this type, for typed array reads. */
        T[] newArray(int size);
    }
}
