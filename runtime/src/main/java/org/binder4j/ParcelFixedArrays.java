package org.binder4j;

import java.io.FileDescriptor;
import java.lang.reflect.Array;
import java.util.function.Function;

/**
 * AIDL's fixed-size arrays ({@code T[N]}, {@code T[N][M]}...), as Android's Parcel writes them: int32 -1 for a null
 * array; otherwise every dimension but the innermost as an int32 length followed by its sub-arrays, and each
 * innermost array as the one-dimensional writer of its element type writes it. Lengths must equal the declared
 * dimensions. Beyond Android, arrays of String and FileDescriptor are supported too.
 */
final class ParcelFixedArrays {
    private ParcelFixedArrays() {}

    /** How the innermost, one-dimensional arrays are read. */
    interface Elements {
        /** Reads a one-dimensional array of {@code component}; null if a null array was written or it cannot fit. */
        Object create(Parcel source, Class<?> component);

        /** Reads a one-dimensional array into {@code dest}, whose length must match the written one. */
        void readInto(Parcel source, Object dest);
    }

    private static final Elements PLAIN = new Elements() {
        @Override
        public Object create(Parcel source, Class<?> component) {
            if (component == boolean.class) {
                return source.createBooleanArray();
            } else if (component == byte.class) {
                return source.createByteArray();
            } else if (component == char.class) {
                return source.createCharArray();
            } else if (component == int.class) {
                return source.createIntArray();
            } else if (component == long.class) {
                return source.createLongArray();
            } else if (component == float.class) {
                return source.createFloatArray();
            } else if (component == double.class) {
                return source.createDoubleArray();
            } else if (component == String.class) {
                return source.createStringArray();
            } else if (component == IBinder.class) {
                return source.createBinderArray();
            } else if (component == FileDescriptor.class) {
                return source.createRawFileDescriptorArray();
            }
            throw noParcelForm(component);
        }

        @Override
        public void readInto(Parcel source, Object dest) {
            switch (dest) {
                case boolean[] a -> source.readBooleanArray(a);
                case byte[] a -> source.readByteArray(a);
                case char[] a -> source.readCharArray(a);
                case int[] a -> source.readIntArray(a);
                case long[] a -> source.readLongArray(a);
                case float[] a -> source.readFloatArray(a);
                case double[] a -> source.readDoubleArray(a);
                case String[] a -> source.readStringArray(a);
                case IBinder[] a -> source.readBinderArray(a);
                case FileDescriptor[] a -> source.readRawFileDescriptorArray(a);
                default -> throw noParcelForm(dest.getClass().getComponentType());
            }
        }
    };

    /** Primitives, String, IBinder and FileDescriptor. */
    static Elements plainElements() {
        return PLAIN;
    }

    /** Parcelables read with {@code creator}. */
    static <S> Elements parcelables(Parcelable.Creator<S> creator) {
        return new Elements() {
            @Override
            public Object create(Parcel source, Class<?> component) {
                return source.createTypedArray(creator);
            }

            @Override
            @SuppressWarnings("unchecked")
            public void readInto(Parcel source, Object dest) {
                source.readTypedArray((S[]) dest, creator);
            }
        };
    }

    /** Interfaces made from binders with {@code asInterface}. */
    static <S extends IInterface> Elements interfaces(Function<IBinder, S> asInterface) {
        return new Elements() {
            @Override
            @SuppressWarnings("unchecked")
            public Object create(Parcel source, Class<?> component) {
                return source.createInterfaceArray(n -> (S[]) Array.newInstance(component, n), asInterface);
            }

            @Override
            @SuppressWarnings("unchecked")
            public void readInto(Parcel source, Object dest) {
                source.readInterfaceArray((S[]) dest, asInterface);
            }
        };
    }

    static void write(Parcel dest, Object array, int flags, int[] dimensions) {
        if (array == null) {
            dest.writeInt(-1);
            return;
        }
        if (dimensions.length == 0) {
            throw new IllegalArgumentException("a fixed-size array has at least one dimension");
        }
        writeLevel(dest, array, flags, dimensions, 0);
    }

    private static void writeLevel(Parcel dest, Object array, int flags, int[] dimensions, int level) {
        Class<?> type = array.getClass();
        if (!type.isArray()) {
            throw new IllegalArgumentException("dimension " + level + " of a fixed-size array is a "
                    + type.getName() + ", not an array");
        }
        int length = Array.getLength(array);
        if (length != dimensions[level]) {
            throw new IllegalArgumentException("dimension " + level + " of a fixed-size array has length " + length
                    + ", its type says " + dimensions[level]);
        }
        Class<?> component = type.getComponentType();
        if (level == dimensions.length - 1) {
            writeInnermost(dest, array, component, flags, dimensions.length);
            return;
        }
        dest.writeInt(length);
        for (int i = 0; i < length; i++) {
            Object inner = Array.get(array, i);
            if (inner == null) {
                throw new IllegalArgumentException("element " + i + " of dimension " + level
                        + " of a fixed-size array is null: only the whole array may be null");
            }
            writeLevel(dest, inner, flags, dimensions, level + 1);
        }
    }

    private static void writeInnermost(Parcel dest, Object array, Class<?> component, int flags, int rank) {
        switch (array) {
            case boolean[] a -> dest.writeBooleanArray(a);
            case byte[] a -> dest.writeByteArray(a);
            case char[] a -> dest.writeCharArray(a);
            case int[] a -> dest.writeIntArray(a);
            case long[] a -> dest.writeLongArray(a);
            case float[] a -> dest.writeFloatArray(a);
            case double[] a -> dest.writeDoubleArray(a);
            case String[] a -> dest.writeStringArray(a);
            case IBinder[] a -> dest.writeBinderArray(a);
            case FileDescriptor[] a -> dest.writeRawFileDescriptorArray(a);
            case IInterface[] a -> dest.writeInterfaceArray(a);
            case Parcelable[] a -> dest.writeTypedArray(a, flags);
            default -> throw component.isArray()
                    ? new IllegalArgumentException("a fixed-size array has more dimensions than the " + rank
                            + " its type says")
                    : noParcelForm(component);
        }
    }

    static Object create(Parcel source, Class<?> type, Elements elements, int[] dimensions) {
        int rank = 0;
        for (Class<?> t = type; t.isArray(); t = t.getComponentType()) {
            rank++;
        }
        if (dimensions.length == 0 || rank < dimensions.length) {
            throw new IllegalArgumentException(type.getName() + " cannot hold a fixed-size array of "
                    + dimensions.length + " dimensions");
        }
        return createLevel(source, type, elements, dimensions, 0);
    }

    private static Object createLevel(Parcel source, Class<?> type, Elements elements, int[] dimensions, int level) {
        int start = source.dataPosition();
        int length = source.readInt();
        if (length == -1 && level == 0) {
            return null;
        }
        if (length != dimensions[level]) {
            throw new BadParcelableException("fixed-size array at position " + start + " has length " + length
                    + ", its type says " + dimensions[level]);
        }
        Class<?> component = type.getComponentType();
        if (level < dimensions.length - 1) {
            Object array = Array.newInstance(component, length);
            for (int i = 0; i < length; i++) {
                Array.set(array, i, createLevel(source, component, elements, dimensions, level + 1));
            }
            return array;
        }
        source.setDataPosition(start);
        Object array = elements.create(source, component);
        if (array == null) {
            throw new BadParcelableException("fixed-size array of " + length + " elements at position " + start
                    + " does not fit the " + (source.dataSize() - start - 4) + " bytes left");
        }
        return array;
    }

    static void readInto(Parcel source, Object dest, Elements elements) {
        Class<?> type = dest.getClass();
        if (!type.isArray()) {
            throw new IllegalArgumentException("cannot read a fixed-size array into a " + type.getName());
        }
        if (!type.getComponentType().isArray()) {
            elements.readInto(source, dest);
            return;
        }
        int start = source.dataPosition();
        int length = source.readInt();
        int expected = Array.getLength(dest);
        if (length != expected) {
            throw new BadParcelableException("fixed-size array at position " + start + " has length " + length
                    + ", the destination " + expected);
        }
        for (int i = 0; i < length; i++) {
            Object inner = Array.get(dest, i);
            if (inner == null) {
                throw new IllegalArgumentException("element " + i + " of the destination array is null");
            }
            readInto(source, inner, elements);
        }
    }

    private static IllegalArgumentException noParcelForm(Class<?> component) {
        return new IllegalArgumentException("no parcel form for fixed-size arrays of " + component.getName());
    }
}
