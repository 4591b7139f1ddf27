package org.binder4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Android's self-describing value encoding ({@link Parcel#writeValue}): an int32 {@code VAL_*} tag, then the value.
 * The tags {@link #VAL_MAP}, {@link #VAL_PARCELABLE}, {@link #VAL_LIST} and {@link #VAL_OBJECTARRAY} are followed by
 * an int32 byte length of the value (Android 13+), so a reader can skip what it cannot read. Serializable objects,
 * sparse arrays, persistable bundles and sizes have tags but no binder4j encoding.
 */
final class ParcelValues {
    static final int VAL_NULL = -1;
    static final int VAL_STRING = 0;
    static final int VAL_INTEGER = 1;
    static final int VAL_MAP = 2;
    static final int VAL_BUNDLE = 3;
    static final int VAL_PARCELABLE = 4;
    static final int VAL_SHORT = 5;
    static final int VAL_LONG = 6;
    static final int VAL_FLOAT = 7;
    static final int VAL_DOUBLE = 8;
    static final int VAL_BOOLEAN = 9;
    static final int VAL_CHARSEQUENCE = 10;
    static final int VAL_LIST = 11;
    static final int VAL_BYTEARRAY = 13;
    static final int VAL_STRINGARRAY = 14;
    static final int VAL_IBINDER = 15;
    static final int VAL_PARCELABLEARRAY = 16;
    static final int VAL_OBJECTARRAY = 17;
    static final int VAL_INTARRAY = 18;
    static final int VAL_LONGARRAY = 19;
    static final int VAL_BYTE = 20;
    static final int VAL_BOOLEANARRAY = 23;
    static final int VAL_CHARSEQUENCEARRAY = 24;
    static final int VAL_DOUBLEARRAY = 28;
    static final int VAL_CHAR = 29;
    static final int VAL_SHORTARRAY = 30;
    static final int VAL_CHARARRAY = 31;
    static final int VAL_FLOATARRAY = 32;

    private ParcelValues() {}

    /**
     * Writes {@code value}'s tag and value, choosing the tag in Android's order (a Bundle is a bundle before it is a
     * Parcelable, a String a string before it is a CharSequence).
     *
     * @throws IllegalArgumentException for a type with no encoding; nothing is written then
     */
    static void write(Parcel dest, Object value) {
        int tag = tagOf(value);
        dest.writeInt(tag);
        if (!isLengthPrefixed(tag)) {
            writeBody(dest, tag, value);
            return;
        }
        int lengthPosition = dest.dataPosition();
        dest.writeInt(-1);
        int start = dest.dataPosition();
        writeBody(dest, tag, value);
        int end = dest.dataPosition();
        dest.setDataPosition(lengthPosition);
        dest.writeInt(end - start);
        dest.setDataPosition(end);
    }

    /**
     * Reads a value written by {@link #write}; parcelables are loaded through {@code loader} (binder4j's own loader
     * if null).
     *
     * @throws BadParcelableException for an unknown or unsupported tag, or a length prefix that does not match
     */
    static Object read(Parcel source, ClassLoader loader) {
        int tagPosition = source.dataPosition();
        int tag = source.readInt();
        if (!isLengthPrefixed(tag)) {
            return readBody(source, tag, tagPosition, loader);
        }
        int length = source.readInt();
        int start = source.dataPosition();
        Object value = readBody(source, tag, tagPosition, loader);
        int actual = source.dataPosition() - start;
        if (actual != length) {
            throw new BadParcelableException("value of type " + tag + " at position " + tagPosition + " took "
                    + actual + " bytes, its length prefix says " + length);
        }
        return value;
    }

    /** Writes int32 N (-1 for null) and N values. */
    static void writeList(Parcel dest, List<?> values) {
        if (values == null) {
            dest.writeInt(-1);
            return;
        }
        dest.writeInt(values.size());
        for (Object value : values) {
            write(dest, value);
        }
    }

    /** Appends {@code count} values to {@code dest}. */
    static void readList(Parcel source, int count, List<Object> dest, ClassLoader loader) {
        for (int i = 0; i < count; i++) {
            dest.add(read(source, loader));
        }
    }

    /** Writes int32 N (-1 for null) and N key/value pairs, keys and values each as a value. */
    static void writeMap(Parcel dest, Map<?, ?> map) {
        if (map == null) {
            dest.writeInt(-1);
            return;
        }
        dest.writeInt(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            write(dest, entry.getKey());
            write(dest, entry.getValue());
        }
    }

    /** Puts {@code count} key/value pairs into {@code dest}. */
    static void readMap(Parcel source, int count, Map<Object, Object> dest, ClassLoader loader) {
        for (int i = 0; i < count; i++) {
            Object key = read(source, loader);
            dest.put(key, read(source, loader));
        }
    }

    private static boolean isLengthPrefixed(int tag) {
        return tag == VAL_MAP || tag == VAL_PARCELABLE || tag == VAL_LIST || tag == VAL_PARCELABLEARRAY
                || tag == VAL_OBJECTARRAY;
    }

    private static int tagOf(Object value) {
        return switch (value) {
            case null -> VAL_NULL;
            case String _ -> VAL_STRING;
            case Integer _ -> VAL_INTEGER;
            case Map<?, ?> _ -> VAL_MAP;
            case Bundle _ -> VAL_BUNDLE;
            case Parcelable _ -> VAL_PARCELABLE;
            case Short _ -> VAL_SHORT;
            case Long _ -> VAL_LONG;
            case Float _ -> VAL_FLOAT;
            case Double _ -> VAL_DOUBLE;
            case Boolean _ -> VAL_BOOLEAN;
            case CharSequence _ -> VAL_CHARSEQUENCE;
            case List<?> _ -> VAL_LIST;
            case boolean[] _ -> VAL_BOOLEANARRAY;
            case byte[] _ -> VAL_BYTEARRAY;
            case String[] _ -> VAL_STRINGARRAY;
            case CharSequence[] _ -> VAL_CHARSEQUENCEARRAY;
            case IBinder _ -> VAL_IBINDER;
            case Parcelable[] _ -> VAL_PARCELABLEARRAY;
            case int[] _ -> VAL_INTARRAY;
            case long[] _ -> VAL_LONGARRAY;
            case Byte _ -> VAL_BYTE;
            case double[] _ -> VAL_DOUBLEARRAY;
            case Character _ -> VAL_CHAR;
            case short[] _ -> VAL_SHORTARRAY;
            case char[] _ -> VAL_CHARARRAY;
            case float[] _ -> VAL_FLOATARRAY;
            case Object[] a when a.getClass().getComponentType() == Object.class -> VAL_OBJECTARRAY;
            default -> throw new IllegalArgumentException("Parcel: no encoding for a value of type "
                    + value.getClass().getName() + " (serializable objects are not supported)");
        };
    }

    private static void writeBody(Parcel dest, int tag, Object value) {
        switch (tag) {
            case VAL_NULL -> { }
            case VAL_STRING -> dest.writeString((String) value);
            case VAL_INTEGER -> dest.writeInt((Integer) value);
            case VAL_MAP -> writeMap(dest, (Map<?, ?>) value);
            case VAL_BUNDLE -> dest.writeBundle((Bundle) value);
            case VAL_PARCELABLE -> dest.writeParcelable((Parcelable) value, 0);
            case VAL_SHORT -> dest.writeInt((Short) value);
            case VAL_LONG -> dest.writeLong((Long) value);
            case VAL_FLOAT -> dest.writeFloat((Float) value);
            case VAL_DOUBLE -> dest.writeDouble((Double) value);
            case VAL_BOOLEAN -> dest.writeBoolean((Boolean) value);
            case VAL_CHARSEQUENCE -> TextUtils.writeToParcel((CharSequence) value, dest, 0);
            case VAL_LIST -> writeList(dest, (List<?>) value);
            case VAL_BOOLEANARRAY -> dest.writeBooleanArray((boolean[]) value);
            case VAL_BYTEARRAY -> dest.writeByteArray((byte[]) value);
            case VAL_STRINGARRAY -> dest.writeStringArray((String[]) value);
            case VAL_CHARSEQUENCEARRAY -> writeCharSequences(dest, (CharSequence[]) value);
            case VAL_IBINDER -> dest.writeStrongBinder((IBinder) value);
            case VAL_PARCELABLEARRAY -> writeParcelables(dest, (Parcelable[]) value);
            case VAL_INTARRAY -> dest.writeIntArray((int[]) value);
            case VAL_LONGARRAY -> dest.writeLongArray((long[]) value);
            case VAL_BYTE -> dest.writeByte((Byte) value);
            case VAL_DOUBLEARRAY -> dest.writeDoubleArray((double[]) value);
            case VAL_CHAR -> dest.writeChar((Character) value);
            case VAL_SHORTARRAY -> writeShorts(dest, (short[]) value);
            case VAL_CHARARRAY -> dest.writeCharArray((char[]) value);
            case VAL_FLOATARRAY -> dest.writeFloatArray((float[]) value);
            case VAL_OBJECTARRAY -> writeObjects(dest, (Object[]) value);
            default -> throw new IllegalStateException("tag " + tag + " has no writer");
        }
    }

    private static Object readBody(Parcel source, int tag, int tagPosition, ClassLoader loader) {
        return switch (tag) {
            case VAL_NULL -> null;
            case VAL_STRING -> source.readString();
            case VAL_INTEGER -> source.readInt();
            case VAL_MAP -> source.readHashMap(loader);
            case VAL_BUNDLE -> source.readBundle();
            case VAL_PARCELABLE -> source.readParcelable(loader, Parcelable.class);
            case VAL_SHORT -> (short) source.readInt();
            case VAL_LONG -> source.readLong();
            case VAL_FLOAT -> source.readFloat();
            case VAL_DOUBLE -> source.readDouble();
            case VAL_BOOLEAN -> source.readBoolean();
            case VAL_CHARSEQUENCE -> TextUtils.CHAR_SEQUENCE_CREATOR.createFromParcel(source);
            case VAL_LIST -> source.readArrayList(loader);
            case VAL_BOOLEANARRAY -> source.createBooleanArray();
            case VAL_BYTEARRAY -> source.createByteArray();
            case VAL_STRINGARRAY -> source.createStringArray();
            case VAL_CHARSEQUENCEARRAY -> readCharSequences(source);
            case VAL_IBINDER -> source.readStrongBinder();
            case VAL_PARCELABLEARRAY -> readParcelables(source, loader);
            case VAL_INTARRAY -> source.createIntArray();
            case VAL_LONGARRAY -> source.createLongArray();
            case VAL_BYTE -> source.readByte();
            case VAL_DOUBLEARRAY -> source.createDoubleArray();
            case VAL_CHAR -> source.readChar();
            case VAL_SHORTARRAY -> readShorts(source);
            case VAL_CHARARRAY -> source.createCharArray();
            case VAL_FLOATARRAY -> source.createFloatArray();
            case VAL_OBJECTARRAY -> readObjects(source, loader);
            default -> throw new BadParcelableException("unsupported value type " + tag + " at position "
                    + tagPosition);
        };
    }

    private static void writeCharSequences(Parcel dest, CharSequence[] values) {
        dest.writeInt(values.length);
        for (CharSequence value : values) {
            TextUtils.writeToParcel(value, dest, 0);
        }
    }

    private static CharSequence[] readCharSequences(Parcel source) {
        int n = source.readLength(4);
        if (n < 0) {
            return null;
        }
        CharSequence[] values = new CharSequence[n];
        for (int i = 0; i < n; i++) {
            values[i] = TextUtils.CHAR_SEQUENCE_CREATOR.createFromParcel(source);
        }
        return values;
    }

    private static void writeParcelables(Parcel dest, Parcelable[] values) {
        dest.writeInt(values.length);
        for (Parcelable value : values) {
            dest.writeParcelable(value, 0);
        }
    }

    private static Parcelable[] readParcelables(Parcel source, ClassLoader loader) {
        int n = source.readLength(4);
        if (n < 0) {
            return null;
        }
        Parcelable[] values = new Parcelable[n];
        for (int i = 0; i < n; i++) {
            values[i] = source.readParcelable(loader, Parcelable.class);
        }
        return values;
    }

    private static void writeShorts(Parcel dest, short[] values) {
        dest.writeInt(values.length);
        for (short value : values) {
            dest.writeInt(value);
        }
    }

    private static short[] readShorts(Parcel source) {
        int n = source.readLength(4);
        if (n < 0) {
            return null;
        }
        short[] values = new short[n];
        for (int i = 0; i < n; i++) {
            values[i] = (short) source.readInt();
        }
        return values;
    }

    private static void writeObjects(Parcel dest, Object[] values) {
        dest.writeInt(values.length);
        for (Object value : values) {
            write(dest, value);
        }
    }

    private static Object[] readObjects(Parcel source, ClassLoader loader) {
        int n = source.readLength(4);
        if (n < 0) {
            return null;
        }
        List<Object> values = new ArrayList<>(n);
        readList(source, n, values, loader);
        return values.toArray();
    }
}
