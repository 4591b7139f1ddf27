package org.binder4j;

import java.io.FileDescriptor;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

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
    /** {@link #getStability()}: the parcelable's layout is only known within one build (the default). */
    int PARCELABLE_STABILITY_LOCAL = 0x0000;
    /** {@link #getStability()}: a {@code @VintfStability} parcelable, whose layout is frozen across builds. */
    int PARCELABLE_STABILITY_VINTF = 0x003f;

    /** Writes this object's fields into {@code dest} at its current position. */
    void writeToParcel(Parcel dest, int flags);

    /** Special contents of the flattened form, such as {@link #CONTENTS_FILE_DESCRIPTOR}; 0 by default. */
    default int describeContents() {
        return 0;
    }

    /**
     * How stable this parcelable's layout is: {@link #PARCELABLE_STABILITY_LOCAL} (the default) or
     * {@link #PARCELABLE_STABILITY_VINTF}. A {@link ParcelableHolder} only holds parcelables at least as stable as
     * itself.
     */
    default int getStability() {
        return PARCELABLE_STABILITY_LOCAL;
    }

    /**
     * The {@link #describeContents()} bits of whatever {@code value} holds: a parcelable's own, a file descriptor's
     * {@link #CONTENTS_FILE_DESCRIPTOR}, and the union over the elements of an array, a collection or a map's values;
     * 0 for null and anything else. Generated parcelables compute theirs from their fields with it.
     */
    static int describeContentsOf(Object value) {
        return switch (value) {
            case Parcelable parcelable -> parcelable.describeContents();
            case FileDescriptor _ -> CONTENTS_FILE_DESCRIPTOR;
            case Object[] array -> {
                int mask = 0;
                for (Object element : array) {
                    mask |= describeContentsOf(element);
                }
                yield mask;
            }
            case Collection<?> collection -> {
                int mask = 0;
                for (Object element : collection) {
                    mask |= describeContentsOf(element);
                }
                yield mask;
            }
            case Map<?, ?> map -> describeContentsOf(map.values());
            case null, default -> 0;
        };
    }

    /** Rebuilds instances of a Parcelable class from parcels. */
    interface Creator<T> {
        /** Reads one instance from {@code source}'s current position. */
        T createFromParcel(Parcel source);

        /** A new array of this type, for typed array reads. */
        T[] newArray(int size);

        /**
         * The creator of a class that reads itself into a fresh instance (as AIDL-generated parcelables do):
         * {@code createFromParcel} runs {@code factory}, then {@code reader} on the new instance.
         */
        static <T> Creator<T> of(Supplier<T> factory, BiConsumer<T, Parcel> reader, IntFunction<T[]> newArray) {
            return new Creator<>() {
                @Override
                public T createFromParcel(Parcel source) {
                    T value = factory.get();
                    reader.accept(value, source);
                    return value;
                }

                @Override
                public T[] newArray(int size) {
                    return newArray.apply(size);
                }
            };
        }

        /** The creator of a class whose instances {@code create} reads whole (AIDL's immutable parcelables). */
        static <T> Creator<T> of(Function<Parcel, T> create, IntFunction<T[]> newArray) {
            return new Creator<>() {
                @Override
                public T createFromParcel(Parcel source) {
                    return create.apply(source);
                }

                @Override
                public T[] newArray(int size) {
                    return newArray.apply(size);
                }
            };
        }
    }
}
