package org.binder4j;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A map from string keys to simple values (int, long, double, boolean, String, byte[], String[], int[],
 * nested Bundle, or null) in Android's Bundle wire format, so it can be exchanged with Android peers.
 *
 * <p>Wire format: int32 -1 for null (see {@link Parcel#writeBundle}), int32 0 for an empty bundle,
 * otherwise int32 length (bytes after the magic), int32 'BNDL' (0x4C444E42), int32 N, then N times a
 * String16 key and the value as {@link Parcel#writeValue} writes it. Entries are written in insertion
 * order. Reading accepts every value type {@link Parcel#readValue} reads, beyond those the put methods store.
 *
 * <p>Getters return the stored value (arrays are not copied) or the default when the key is missing or
 * holds another type. {@link #equals} compares contents, arrays element by element. Not thread-safe.
 */
public final class Bundle implements Parcelable {
    static final int BUNDLE_MAGIC = 0x4C444E42;
    /** Magic of bundles produced by native code ('BNDN'); read the same way. */
    static final int BUNDLE_MAGIC_NATIVE = 0x4C444E44;

    /** Reads a non-null bundle written by {@link #writeToParcel}. */
    public static final Creator<Bundle> CREATOR = new Creator<>() {
        @Override
        public Bundle createFromParcel(Parcel source) {
            int start = source.dataPosition();
            int length = source.readInt();
            if (length < 0) {
                throw new BadParcelableException("bundle length " + length + " at position " + start);
            }
            return readBody(source, length);
        }

        @Override
        public Bundle[] newArray(int size) {
            return new Bundle[size];
        }
    };

    private final LinkedHashMap<String, Object> map;

    /** An empty bundle. */
    public Bundle() {
        map = new LinkedHashMap<>();
    }

    /** A shallow copy of {@code other}: same keys in the same order, values shared. */
    public Bundle(Bundle other) {
        map = new LinkedHashMap<>(other.map);
    }

    /** The number of entries. */
    public int size() {
        return map.size();
    }

    /** Whether there are no entries. */
    public boolean isEmpty() {
        return map.isEmpty();
    }

    /** Whether {@code key} has an entry (possibly null). */
    public boolean containsKey(String key) {
        return map.containsKey(key);
    }

    /** The keys in insertion order, as a read-only live view. */
    public Set<String> keySet() {
        return Collections.unmodifiableSet(map.keySet());
    }

    /** The value of {@code key} whatever its type, or null. */
    public Object get(String key) {
        return map.get(key);
    }

    /** Removes the entry of {@code key}, if any. */
    public void remove(String key) {
        map.remove(key);
    }

    /** Removes every entry. */
    public void clear() {
        map.clear();
    }

    /** Sets {@code key} to an int, replacing any value but keeping the key's position. */
    public void putInt(String key, int value) {
        map.put(key, value);
    }

    /** Sets {@code key} to a long, replacing any value but keeping the key's position. */
    public void putLong(String key, long value) {
        map.put(key, value);
    }

    /** Sets {@code key} to a double, replacing any value but keeping the key's position. */
    public void putDouble(String key, double value) {
        map.put(key, value);
    }

    /** Sets {@code key} to a boolean, replacing any value but keeping the key's position. */
    public void putBoolean(String key, boolean value) {
        map.put(key, value);
    }

    /** Sets {@code key} to a string (null allowed), replacing any value but keeping the key's position. */
    public void putString(String key, String value) {
        map.put(key, value);
    }

    /** Sets {@code key} to a byte array (not copied), replacing any value but keeping the key's position. */
    public void putByteArray(String key, byte[] value) {
        map.put(key, value);
    }

    /** Sets {@code key} to a string array (not copied), replacing any value but keeping the key's position. */
    public void putStringArray(String key, String[] value) {
        map.put(key, value);
    }

    /** Sets {@code key} to an int array (not copied), replacing any value but keeping the key's position. */
    public void putIntArray(String key, int[] value) {
        map.put(key, value);
    }

    /** Sets {@code key} to a nested bundle (null allowed), replacing any value but keeping the key's position. */
    public void putBundle(String key, Bundle value) {
        map.put(key, value);
    }

    /** The int of {@code key}, or 0. */
    public int getInt(String key) {
        return getInt(key, 0);
    }

    /** The int of {@code key}, or {@code defaultValue} if missing or not an int. */
    public int getInt(String key, int defaultValue) {
        return map.get(key) instanceof Integer value ? value : defaultValue;
    }

    /** The long of {@code key}, or 0. */
    public long getLong(String key) {
        return getLong(key, 0);
    }

    /** The long of {@code key}, or {@code defaultValue} if missing or not a long. */
    public long getLong(String key, long defaultValue) {
        return map.get(key) instanceof Long value ? value : defaultValue;
    }

    /** The double of {@code key}, or 0. */
    public double getDouble(String key) {
        return getDouble(key, 0);
    }

    /** The double of {@code key}, or {@code defaultValue} if missing or not a double. */
    public double getDouble(String key, double defaultValue) {
        return map.get(key) instanceof Double value ? value : defaultValue;
    }

    /** The boolean of {@code key}, or false. */
    public boolean getBoolean(String key) {
        return getBoolean(key, false);
    }

    /** The boolean of {@code key}, or {@code defaultValue} if missing or not a boolean. */
    public boolean getBoolean(String key, boolean defaultValue) {
        return map.get(key) instanceof Boolean value ? value : defaultValue;
    }

    /** The string of {@code key}, or null. */
    public String getString(String key) {
        return map.get(key) instanceof String value ? value : null;
    }

    /** The string of {@code key}, or {@code defaultValue} if missing, null or not a string. */
    public String getString(String key, String defaultValue) {
        return map.get(key) instanceof String value ? value : defaultValue;
    }

    /** The byte array of {@code key} (not a copy), or null. */
    public byte[] getByteArray(String key) {
        return map.get(key) instanceof byte[] value ? value : null;
    }

    /** The string array of {@code key} (not a copy), or null. */
    public String[] getStringArray(String key) {
        return map.get(key) instanceof String[] value ? value : null;
    }

    /** The int array of {@code key} (not a copy), or null. */
    public int[] getIntArray(String key) {
        return map.get(key) instanceof int[] value ? value : null;
    }

    /** The nested bundle of {@code key}, or null. */
    public Bundle getBundle(String key) {
        return map.get(key) instanceof Bundle value ? value : null;
    }

    /** Writes this bundle in the format described on the class (never the null form). */
    @Override
    public void writeToParcel(Parcel dest, int flags) {
        if (map.isEmpty()) {
            dest.writeInt(0);
            return;
        }
        int lengthPosition = dest.dataPosition();
        dest.writeInt(0);
        dest.writeInt(BUNDLE_MAGIC);
        int start = dest.dataPosition();
        dest.writeInt(map.size());
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            dest.writeString(entry.getKey());
            ParcelValues.write(dest, entry.getValue());
        }
        int end = dest.dataPosition();
        dest.setDataPosition(lengthPosition);
        dest.writeInt(end - start);
        dest.setDataPosition(end);
    }

    /**
     * Reads the rest of a bundle whose int32 length was just read: empty for 0, else magic, count and
     * entries, leaving the position at the declared end.
     */
    static Bundle readBody(Parcel source, int length) {
        Bundle bundle = new Bundle();
        if (length == 0) {
            return bundle;
        }
        int lengthPosition = source.dataPosition() - 4;
        if (length % 4 != 0 || length > source.dataAvail() - 4) {
            throw new BadParcelableException("bundle length " + length + " at position " + lengthPosition
                    + " is not a multiple of 4 or exceeds the " + source.dataAvail() + " bytes left");
        }
        int magic = source.readInt();
        if (magic != BUNDLE_MAGIC && magic != BUNDLE_MAGIC_NATIVE) {
            throw new BadParcelableException(String.format(
                    "bad bundle magic 0x%08x at position %d", magic, lengthPosition + 4));
        }
        int start = source.dataPosition();
        int end = start + length;
        int count = source.readInt();
        // Each entry takes at least a key length word and a type tag.
        if (count < 0 || count > (length - 4) / 8) {
            throw new BadParcelableException("bundle entry count " + count + " does not fit its length " + length);
        }
        for (int i = 0; i < count; i++) {
            String key = source.readString();
            bundle.map.put(key, readValue(source, key));
        }
        if (source.dataPosition() > end) {
            throw new BadParcelableException("bundle entries end at " + source.dataPosition()
                    + ", past the declared end " + end);
        }
        source.setDataPosition(end);
        return bundle;
    }

    private static Object readValue(Parcel source, String key) {
        try {
            return ParcelValues.read(source, null);
        } catch (BadParcelableException e) {
            throw new BadParcelableException("bundle value for key \"" + key + "\": " + e.getMessage(), e);
        }
    }

    /** Same keys, and values equal element by element for arrays; order does not matter. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Bundle other) || other.map.size() != map.size()) {
            return false;
        }
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            String key = entry.getKey();
            if (!other.map.containsKey(key) || !Objects.deepEquals(entry.getValue(), other.map.get(key))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            hash += Objects.hashCode(entry.getKey()) ^ Arrays.deepHashCode(new Object[] {entry.getValue()});
        }
        return hash;
    }

    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(", ", "Bundle{", "}");
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            String text = Arrays.deepToString(new Object[] {entry.getValue()});
            joiner.add(entry.getKey() + "=" + text.substring(1, text.length() - 1));
        }
        return joiner.toString();
    }
}
