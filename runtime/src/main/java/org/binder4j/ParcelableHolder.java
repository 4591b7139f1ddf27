package org.binder4j;

/**
 * An extension slot of a structured parcelable: holds any one parcelable, or nothing, so that a parcelable can carry
 * data its own definition does not know about (AIDL's {@code ParcelableHolder} field type).
 *
 * <p>Wire format: int32 stability, int32 byte size of the payload (0 when empty), then the payload: the held object
 * as {@link Parcel#writeParcelable} writes it (its class name, then its body). A holder that was read keeps the
 * payload's bytes until {@link #getParcelable} asks for it by class, so a process that does not know the class can
 * still pass the holder on unchanged. Such a payload may not contain binder objects or file descriptors.
 *
 * <p>A holder has a stability ({@link Parcelable#PARCELABLE_STABILITY_LOCAL} or
 * {@link Parcelable#PARCELABLE_STABILITY_VINTF}) and only holds parcelables at least as stable. Not thread-safe.
 */
public final class ParcelableHolder implements Parcelable {
    /** Reads a holder with the stability written in the parcel. */
    public static final Creator<ParcelableHolder> CREATOR = new Creator<>() {
        @Override
        public ParcelableHolder createFromParcel(Parcel source) {
            int start = source.dataPosition();
            ParcelableHolder holder = new ParcelableHolder(source.readInt());
            source.setDataPosition(start);
            holder.readFromParcel(source);
            return holder;
        }

        @Override
        public ParcelableHolder[] newArray(int size) {
            return new ParcelableHolder[size];
        }
    };

    private final int stability;
    private Parcelable parcelable;
    /** The payload as read, until {@link #getParcelable} turns it into an object. */
    private byte[] payload;

    /** An empty holder of {@code stability}, a {@code PARCELABLE_STABILITY_*} value. */
    public ParcelableHolder(int stability) {
        this.stability = stability;
    }

    @Override
    public int getStability() {
        return stability;
    }

    /**
     * Holds {@code value}, or nothing when null, replacing what was held.
     *
     * @throws BadParcelableException if {@code value} is less stable than this holder
     */
    public void setParcelable(Parcelable value) {
        if (value != null && value.getStability() < stability) {
            throw new BadParcelableException("a ParcelableHolder of stability " + stability
                    + " cannot hold a parcelable of stability " + value.getStability() + " ("
                    + value.getClass().getName() + ")");
        }
        parcelable = value;
        payload = null;
    }

    /**
     * The held parcelable, rebuilding a received one with {@code type}'s class loader on first use; null when empty.
     *
     * @throws BadParcelableException if the held object is not a {@code type}
     */
    public <T extends Parcelable> T getParcelable(Class<T> type) {
        if (payload != null) {
            Parcel parcel = Parcel.obtain();
            try {
                parcel.unmarshall(payload, 0, payload.length);
                parcel.setDataPosition(0);
                parcelable = parcel.readParcelable(type.getClassLoader(), type);
            } finally {
                parcel.recycle();
            }
            payload = null;
        }
        if (parcelable != null && !type.isInstance(parcelable)) {
            throw new BadParcelableException("the ParcelableHolder holds a " + parcelable.getClass().getName()
                    + ", not a " + type.getName());
        }
        return type.cast(parcelable);
    }

    @Override
    public int describeContents() {
        return parcelable == null ? 0 : parcelable.describeContents();
    }

    @Override
    public void writeToParcel(Parcel dest, int flags) {
        dest.writeInt(stability);
        if (payload != null) {
            dest.writeInt(payload.length);
            dest.writePlainBytes(payload);
            return;
        }
        if (parcelable == null) {
            dest.writeInt(0);
            return;
        }
        int sizePosition = dest.dataPosition();
        dest.writeInt(0);
        int start = dest.dataPosition();
        dest.writeParcelable(parcelable, 0);
        int end = dest.dataPosition();
        dest.setDataPosition(sizePosition);
        dest.writeInt(end - start);
        dest.setDataPosition(end);
    }

    /**
     * Replaces the content with a holder's as {@link #writeToParcel} wrote it.
     *
     * @throws BadParcelableException if the written stability is not this holder's, the size is negative, not a
     *     multiple of 4 or beyond the data, or the payload holds binder objects or file descriptors
     */
    public void readFromParcel(Parcel source) {
        int start = source.dataPosition();
        int written = source.readInt();
        if (written != stability) {
            throw new BadParcelableException("a ParcelableHolder of stability " + stability + " read stability "
                    + written + " at position " + start);
        }
        int sizeBytes = source.readInt();
        if (sizeBytes < 0 || sizeBytes % 4 != 0 || sizeBytes > source.dataAvail()) {
            throw new BadParcelableException("ParcelableHolder payload of " + sizeBytes + " bytes at position "
                    + (start + 4) + " is not a multiple of 4 or does not fit the " + source.dataAvail()
                    + " bytes left");
        }
        parcelable = null;
        payload = sizeBytes == 0 ? null : source.readPlainBytes(sizeBytes,
                "a ParcelableHolder payload cannot carry binder objects or file descriptors in binder4j");
    }
}
