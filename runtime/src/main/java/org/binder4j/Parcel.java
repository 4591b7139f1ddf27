package org.binder4j;

import static org.binder4j.ExceptionCodes.EX_BAD_PARCELABLE;
import static org.binder4j.ExceptionCodes.EX_HAS_NOTED_APPOPS_REPLY_HEADER;
import static org.binder4j.ExceptionCodes.EX_HAS_REPLY_HEADER;
import static org.binder4j.ExceptionCodes.EX_ILLEGAL_ARGUMENT;
import static org.binder4j.ExceptionCodes.EX_ILLEGAL_STATE;
import static org.binder4j.ExceptionCodes.EX_NETWORK_MAIN_THREAD;
import static org.binder4j.ExceptionCodes.EX_NONE;
import static org.binder4j.ExceptionCodes.EX_NULL_POINTER;
import static org.binder4j.ExceptionCodes.EX_PARCELABLE;
import static org.binder4j.ExceptionCodes.EX_SECURITY;
import static org.binder4j.ExceptionCodes.EX_SERVICE_SPECIFIC;
import static org.binder4j.ExceptionCodes.EX_UNSUPPORTED_OPERATION;

import java.io.FileDescriptor;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.binder4j.protocol.FlatObjectDescriptor;
import org.binder4j.sys.Fds;

/**
 * A container of flattened values and object references sent through a binder transaction, encoded
 * exactly as Android's Parcel so that binder4j peers and Android peers read each other's data.
 *
 * <h2>Wire format</h2>
 * <ul>
 *   <li>Little-endian. Every item occupies a multiple of 4 bytes and padding bytes are zero. There is
 *       no 8-byte alignment: a long written after an int starts at offset 4.</li>
 *   <li>int, float: 4 bytes; long, double: 8 bytes; boolean, char and byte: an int32 (0/1, the UTF-16
 *       unit, the sign-extended byte).</li>
 *   <li>String (String16): int32 length in UTF-16 units, then length + 1 units (the last is 0), padded;
 *       null is int32 -1 alone. String8: int32 byte length, the UTF-8 bytes, a NUL, padded.</li>
 *   <li>Arrays and lists: int32 element count (-1 for null), then the elements; byte arrays are raw
 *       bytes padded to 4.</li>
 *   <li>Binder objects: a 24-byte {@code flat_binder_object} written inline; its offset goes into the
 *       parcel's object table, which travels next to the data as the transaction's offsets array.</li>
 *   <li>File descriptors: a 24-byte FD object (type BINDER_TYPE_FD, flags 0, the descriptor as a u32
 *       followed by 4 zero bytes, cookie 1 when the parcel owns the descriptor and 0 when it borrows
 *       it), listed in the object table like a binder.</li>
 * </ul>
 *
 * <h2>File descriptors</h2>
 * As on Android: {@link #writeFileDescriptor(int)} writes a copy that the parcel owns, and
 * {@link #readFileDescriptor()} returns a {@link ParcelFileDescriptor} owning a new copy, so the
 * caller's descriptors and the parcel's never mix. The descriptors that came with a received
 * transaction belong to the parcel: recycling it closes them, and only them.
 *
 * <h2>Memory</h2>
 * The data lives in native memory so the runtime can copy it into shared memory in one operation. A
 * parcel is either <em>owned</em> (its own growable segment, kept across {@link #recycle()} so the
 * obtain-write-recycle cycle allocates nothing once warmed up) or <em>received</em>: it reads a
 * transaction buffer in place, possibly from a read-only mapping, and releases that buffer exactly once
 * when recycled or when it is first written to (a write copies the data into owned memory first).
 *
 * <h2>Reading</h2>
 * A scalar read past the end returns 0 and leaves the position unchanged, like Android's Java Parcel.
 * Array, list and string reads return null when the length word is -1 or cannot fit in the remaining
 * data (also as on Android); the position is then just past the length word. Reads into an existing
 * array ({@code readIntArray(int[])} etc.) throw {@link BadParcelableException} on a length mismatch.
 * Unlike libbinder, plain reads are not refused over a binder object's bytes: the object readers are
 * built on them.
 *
 * <p>A parcel is not thread-safe; {@link #obtain()} and {@link #recycle()} are.
 */
public final class Parcel {
    /** Android's bound on the length of an array a reader allocates from a length it was sent. */
    public static final int ARRAY_ALLOCATION_LIMIT = 1_000_000;

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfDouble DOUBLE =
            ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfChar CHAR = ValueLayout.JAVA_CHAR_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /** First word of an interface token: STRICT_MODE_PENALTY_GATHER with an empty policy. */
    private static final int STRICT_MODE_PENALTY_GATHER = 0x80000000;
    /** Interface token magic of platform ("system") libbinder: 'SYST'. */
    private static final int HEADER_SYST = 0x53595354;

    /** Largest data size; keeps every position an int. */
    private static final int MAX_DATA_SIZE = Integer.MAX_VALUE - 8;
    private static final int INITIAL_CAPACITY = 256;
    /** A recycled parcel keeps its segment up to this size (a receive area is 1 MiB - 2 pages). */
    private static final int MAX_POOLED_CAPACITY = 1 << 20;
    private static final int POOL_SIZE = 16;
    private static final AtomicReferenceArray<Parcel> POOL = new AtomicReferenceArray<>(POOL_SIZE);
    private static final long[] NO_OBJECTS = new long[0];
    /** A binder object in the data: the flat object and the stability word after it. */
    private static final int BINDER_OBJECT_BYTES = FlatObjectDescriptor.SIZE_BYTES + 4;
    /** The smallest map entry: a null key (4 bytes) and a 4-byte value. */
    private static final int MAP_ENTRY_MIN_BYTES = 8;

    /** Creator of each Parcelable class, looked up once per class. */
    private static final ClassValue<Parcelable.Creator<?>> CREATORS = new ClassValue<>() {
        @Override
        protected Parcelable.Creator<?> computeValue(Class<?> type) {
            return findCreator(type);
        }
    };

    /** What reads see: the owned segment, or a received buffer. */
    private MemorySegment data = MemorySegment.NULL;
    /** This parcel's own memory; null until the first write. */
    private MemorySegment owned;
    /** Bytes writable in place; 0 while received, recycled or unallocated, which routes writes to prepareWrite. */
    private int writeLimit;
    private int size;
    private int pos;
    private long[] objects = NO_OBJECTS;
    private int objectCount;
    /** Non-null exactly while reading a received buffer: gives that buffer back. */
    private BufferReleaser releaser;
    private long releaseToken;
    private boolean recycled;
    /** Set by {@link #markSensitive()}: the data is zeroed before the memory is reused or dropped. */
    private boolean sensitive;
    /** The runtime whose handles this parcel's HANDLE objects are (set when it came from the driver or holds a proxy). */
    private BinderRuntime runtime;
    /** Local objects written here, kept alive until the parcel is recycled. */
    private final ArrayList<Binder> heldBinders = new ArrayList<>(0);
    /**
     * Descriptors closed when the parcel is emptied. In a received parcel its FD objects hold indexes
     * into these; in one written here, the descriptor numbers themselves.
     */
    private final OwnedFds fds = new OwnedFds();

    private Parcel() {}

    /** A clean, empty parcel, from the pool when one is available. Give it back with {@link #recycle()}. */
    public static Parcel obtain() {
        for (int i = 0; i < POOL_SIZE; i++) {
            if (POOL.get(i) != null) {
                Parcel p = POOL.getAndSet(i, null);
                if (p != null) {
                    p.recycled = false;
                    p.writeLimit = p.owned == null ? 0 : (int) p.owned.byteSize();
                    return p;
                }
            }
        }
        return new Parcel();
    }

    /**
     * Empties this parcel, releases a received buffer, closes the descriptors the parcel owns, and
     * returns the parcel to the pool. The parcel must not be used afterwards; writing to it throws
     * {@link IllegalStateException}.
     *
     * @throws IllegalStateException if the parcel was already recycled
     */
    public void recycle() {
        if (recycled) {
            throw new IllegalStateException("Parcel recycled twice");
        }
        recycled = true;
        clear();
        if (owned != null && owned.byteSize() > MAX_POOLED_CAPACITY) {
            owned = null;
            data = MemorySegment.NULL;
        }
        for (int i = 0; i < POOL_SIZE; i++) {
            if (POOL.get(i) == null && POOL.compareAndSet(i, null, this)) {
                return;
            }
        }
    }

    /**
     * Marks the data as sensitive (AIDL's {@code @SensitiveData}): the memory that held it is zeroed when the parcel
     * is recycled, emptied or grows into new memory. Send such a parcel with {@link IBinder#FLAG_CLEAR_BUF} so that
     * the driver's copy is zeroed too. The mark lasts until the parcel is recycled.
     */
    public void markSensitive() {
        sensitive = true;
    }

    // ---- size and position ----

    /** The number of data bytes. */
    public int dataSize() {
        return size;
    }

    /**
     * Sets the number of data bytes. Growing appends zero bytes; shrinking drops the data (and any
     * binder objects) past the new end and moves the position back if it was beyond it.
     *
     * @throws IllegalArgumentException if {@code newSize} is negative
     */
    public void setDataSize(int newSize) {
        if (newSize < 0) {
            throw new IllegalArgumentException("negative data size " + newSize);
        }
        if (newSize > size) {
            if (newSize > writeLimit) {
                prepareWrite(newSize, size);
            }
            data.asSlice(size, newSize - size).fill((byte) 0);
        } else {
            dropObjectsBeyond(newSize);
        }
        size = newSize;
        if (pos > newSize) {
            pos = newSize;
        }
    }

    /** The offset of the next read or write. */
    public int dataPosition() {
        return pos;
    }

    /**
     * Moves the read/write position.
     *
     * @throws IllegalArgumentException if {@code position} is outside {@code [0, dataSize()]}
     */
    public void setDataPosition(int position) {
        if (position < 0 || position > size) {
            throw new IllegalArgumentException("data position " + position + " outside [0, " + size + "]");
        }
        pos = position;
    }

    /** The number of bytes left to read: {@code dataSize() - dataPosition()}. */
    public int dataAvail() {
        return size - pos;
    }

    /** Bytes the parcel holds without reallocating; for a received parcel its data size. */
    public int dataCapacity() {
        if (releaser != null) {
            return size;
        }
        return owned == null ? 0 : (int) owned.byteSize();
    }

    /**
     * A copy of the data bytes, for storage or for {@link #unmarshall}.
     *
     * @throws IllegalStateException if the parcel holds binder objects, which mean nothing outside a
     *     transaction
     */
    public byte[] marshall() {
        if (objectCount > 0) {
            throw new IllegalStateException("cannot marshall a parcel holding " + objectCount + " binder objects");
        }
        byte[] bytes = new byte[size];
        MemorySegment.copy(data, ValueLayout.JAVA_BYTE, 0, bytes, 0, size);
        return bytes;
    }

    /**
     * Replaces the contents with {@code length} bytes of {@code bytes} from {@code offset}. As on
     * Android, the position is left at the end: call {@code setDataPosition(0)} before reading.
     */
    public void unmarshall(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        clear();
        int p = reserve(length);
        MemorySegment.copy(bytes, offset, data, ValueLayout.JAVA_BYTE, p, length);
    }

    /**
     * Appends {@code length} raw bytes of {@code source} starting at {@code offset} at the current
     * position. Only plain data can be copied this way.
     *
     * @throws IndexOutOfBoundsException if the range is outside the source's data
     * @throws IllegalArgumentException if the range overlaps one of the source's binder objects
     */
    public void appendFrom(Parcel source, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, source.size);
        for (int i = 0; i < source.objectCount; i++) {
            long object = source.objects[i];
            if (object < (long) offset + length && object + FlatObjectDescriptor.SIZE_BYTES > offset) {
                throw new IllegalArgumentException("range [" + offset + ", " + (offset + length)
                        + ") overlaps the binder object at " + object);
            }
        }
        int p = reserve(length);
        MemorySegment.copy(source.data, offset, data, p, length);
    }

    /** Appends {@code bytes} as they are at the current position (a multiple of 4 keeps the data aligned). */
    void writePlainBytes(byte[] bytes) {
        int p = reserve(bytes.length);
        MemorySegment.copy(bytes, 0, data, ValueLayout.JAVA_BYTE, p, bytes.length);
    }

    /**
     * Copies the next {@code n} bytes and moves past them.
     *
     * @throws BadParcelableException if fewer bytes are left, or a binder object or descriptor lies among them
     *     ({@code objectsMessage} says why that matters)
     */
    byte[] readPlainBytes(int n, String objectsMessage) {
        int start = pos;
        if (n < 0 || n > size - start) {
            throw new BadParcelableException(n + " bytes at position " + start + " do not fit the " + (size - start)
                    + " bytes left");
        }
        for (int i = 0; i < objectCount; i++) {
            if (objects[i] < (long) start + n && objects[i] + FlatObjectDescriptor.SIZE_BYTES > start) {
                throw new BadParcelableException(objectsMessage + ": an object lies at position " + objects[i]);
            }
        }
        byte[] bytes = new byte[n];
        MemorySegment.copy(data, ValueLayout.JAVA_BYTE, start, bytes, 0, n);
        pos = start + n;
        return bytes;
    }

    // ---- scalars ----

    /** Writes an int32. */
    public void writeInt(int value) {
        int p = reserve(4);
        data.set(INT, p, value);
    }

    /** Reads an int32; 0 if fewer than 4 bytes remain. */
    public int readInt() {
        int p = pos;
        if (p > size - 4) {
            return 0;
        }
        pos = p + 4;
        return data.get(INT, p);
    }

    /** Writes an int64 (4-byte aligned only). */
    public void writeLong(long value) {
        int p = reserve(8);
        data.set(LONG, p, value);
    }

    /** Reads an int64; 0 if fewer than 8 bytes remain. */
    public long readLong() {
        int p = pos;
        if (p > size - 8) {
            return 0;
        }
        pos = p + 8;
        return data.get(LONG, p);
    }

    /** Writes an IEEE-754 float. */
    public void writeFloat(float value) {
        int p = reserve(4);
        data.set(FLOAT, p, value);
    }

    /** Reads a float; 0 if fewer than 4 bytes remain. */
    public float readFloat() {
        int p = pos;
        if (p > size - 4) {
            return 0;
        }
        pos = p + 4;
        return data.get(FLOAT, p);
    }

    /** Writes an IEEE-754 double. */
    public void writeDouble(double value) {
        int p = reserve(8);
        data.set(DOUBLE, p, value);
    }

    /** Reads a double; 0 if fewer than 8 bytes remain. */
    public double readDouble() {
        int p = pos;
        if (p > size - 8) {
            return 0;
        }
        pos = p + 8;
        return data.get(DOUBLE, p);
    }

    /** Writes a boolean as int32 1 or 0. */
    public void writeBoolean(boolean value) {
        writeInt(value ? 1 : 0);
    }

    /** Reads a boolean: any non-zero int32 is true. */
    public boolean readBoolean() {
        return readInt() != 0;
    }

    /** Writes a char as an int32 holding the UTF-16 unit. */
    public void writeChar(char value) {
        writeInt(value);
    }

    /** Reads a char written by {@link #writeChar}. */
    public char readChar() {
        return (char) readInt();
    }

    /** Writes a byte as a sign-extended int32. */
    public void writeByte(byte value) {
        writeInt(value);
    }

    /** Reads a byte written by {@link #writeByte}. */
    public byte readByte() {
        return (byte) readInt();
    }

    // ---- strings ----

    /** Writes a String16: int32 length in UTF-16 units, the units and a 0 unit, padded; null is -1. */
    public void writeString(String value) {
        if (value == null) {
            writeInt(-1);
            return;
        }
        int length = value.length();
        int body = padded(2L * length + 2);
        int p = reserve(4 + body);
        data.set(INT, p, length);
        // Zero the last word first: it holds the terminator and the padding, and the units overwrite the rest.
        data.set(INT, p + body, 0);
        MemorySegment d = data;
        long at = p + 4;
        for (int i = 0; i < length; i++, at += 2) {
            d.set(CHAR, at, value.charAt(i));
        }
    }

    /** Reads a String16; null for -1, a length that does not fit, or a missing terminator. */
    public String readString() {
        int length = readInt();
        if (length < 0) {
            return null;
        }
        long body = (2L * length + 2 + 3) & ~3L;
        int p = pos;
        if (body > size - p) {
            return null;
        }
        pos = p + (int) body;
        if (data.get(CHAR, p + 2L * length) != 0) {
            return null;
        }
        char[] units = new char[length];
        MemorySegment.copy(data, CHAR, p, units, 0, length);
        return new String(units);
    }

    /** Same as {@link #writeString}. */
    public void writeString16(String value) {
        writeString(value);
    }

    /** Same as {@link #readString}. */
    public String readString16() {
        return readString();
    }

    /** Writes a String8: int32 UTF-8 byte length, the bytes and a NUL, padded; null is -1. */
    public void writeString8(String value) {
        if (value == null) {
            writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        int body = padded(utf8.length + 1L);
        int p = reserve(4 + body);
        data.set(INT, p, utf8.length);
        data.set(INT, p + body, 0);
        MemorySegment.copy(utf8, 0, data, ValueLayout.JAVA_BYTE, p + 4, utf8.length);
    }

    /** Reads a String8; null for -1, a length that does not fit, or a missing NUL. */
    public String readString8() {
        int length = readInt();
        if (length < 0) {
            return null;
        }
        long body = (length + 1L + 3) & ~3L;
        int p = pos;
        if (body > size - p) {
            return null;
        }
        pos = p + (int) body;
        if (data.get(ValueLayout.JAVA_BYTE, p + (long) length) != 0) {
            return null;
        }
        byte[] utf8 = new byte[length];
        MemorySegment.copy(data, ValueLayout.JAVA_BYTE, p, utf8, 0, length);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** Writes int32 N (-1 for null) and N String16 values. */
    public void writeStringArray(String[] values) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        writeInt(values.length);
        for (String value : values) {
            writeString(value);
        }
    }

    /** Reads an array written by {@link #writeStringArray}; null for -1 or a count that cannot fit. */
    public String[] createStringArray() {
        int n = readLength(4);
        if (n < 0) {
            return null;
        }
        String[] values = new String[n];
        for (int i = 0; i < n; i++) {
            values[i] = readString();
        }
        return values;
    }

    /** Reads a string array into {@code dest}, whose length must match the written one. */
    public void readStringArray(String[] dest) {
        readLengthInto(dest.length, 4);
        for (int i = 0; i < dest.length; i++) {
            dest[i] = readString();
        }
    }

    /** Writes a list of strings like {@link #writeStringArray}. */
    public void writeStringList(List<String> values) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        writeInt(values.size());
        for (String value : values) {
            writeString(value);
        }
    }

    /** Reads a list written by {@link #writeStringList}; null for -1 or a count that cannot fit. */
    public ArrayList<String> createStringArrayList() {
        int n = readLength(4);
        if (n < 0) {
            return null;
        }
        ArrayList<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(readString());
        }
        return values;
    }

    /**
     * Reads a string list into {@code dest}, replacing its elements and trimming or extending it to the
     * written count; a null list (-1) empties it.
     */
    public void readStringList(List<String> dest) {
        int n = readLength(4);
        for (int i = 0; i < n; i++) {
            setOrAdd(dest, i, readString());
        }
        trim(dest, Math.max(n, 0));
    }

    // ---- primitive arrays ----

    /** Writes int32 N (-1 for null) and the bytes, padded to 4. */
    public void writeByteArray(byte[] values) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        writeByteArray(values, 0, values.length);
    }

    /** Writes {@code length} bytes of {@code values} from {@code offset} like {@link #writeByteArray(byte[])}. */
    public void writeByteArray(byte[] values, int offset, int length) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        Objects.checkFromIndexSize(offset, length, values.length);
        int body = padded(length);
        int p = reserve(4 + body);
        data.set(INT, p, length);
        if (body != length) {
            data.set(INT, p + body, 0);
        }
        MemorySegment.copy(values, offset, data, ValueLayout.JAVA_BYTE, p + 4, length);
    }

    /** Reads a byte array; null for -1 or a length that (padded) does not fit. */
    public byte[] createByteArray() {
        int n = readInt();
        if (n < 0 || ((n + 3L) & ~3L) > dataAvail()) {
            return null;
        }
        byte[] values = new byte[n];
        readBytes(values);
        return values;
    }

    /** Reads a byte array into {@code dest}, whose length must match the written one. */
    public void readByteArray(byte[] dest) {
        readLengthInto(dest.length, 1);
        if (((dest.length + 3L) & ~3L) > dataAvail()) {
            throw new BadParcelableException("byte array of " + dest.length + " bytes at position " + pos
                    + " lacks its padding: " + dataAvail() + " bytes left");
        }
        readBytes(dest);
    }

    private void readBytes(byte[] dest) {
        MemorySegment.copy(data, ValueLayout.JAVA_BYTE, pos, dest, 0, dest.length);
        pos += (dest.length + 3) & ~3;
    }

    /** Writes int32 N (-1 for null) and N int32 values. */
    public void writeIntArray(int[] values) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        int p = reserve(arrayBytes(values.length, 4));
        data.set(INT, p, values.length);
        MemorySegment.copy(values, 0, data, INT, p + 4, values.length);
    }

    /** Reads an int array; null for -1 or a count that cannot fit. */
    public int[] createIntArray() {
        int n = readLength(4);
        if (n < 0) {
            return null;
        }
        int[] values = new int[n];
        MemorySegment.copy(data, INT, pos, values, 0, n);
        pos += 4 * n;
        return values;
    }

    /** Reads an int array into {@code dest}, whose length must match the written one. */
    public void readIntArray(int[] dest) {
        readLengthInto(dest.length, 4);
        MemorySegment.copy(data, INT, pos, dest, 0, dest.length);
        pos += 4 * dest.length;
    }

    /** Writes int32 N (-1 for null) and N int64 values. */
    public void writeLongArray(long[] values) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        int p = reserve(arrayBytes(values.length, 8));
        data.set(INT, p, values.length);
        MemorySegment.copy(values, 0, data, LONG, p + 4, values.length);
    }

    /** Reads a long array; null for -1 or a count that cannot fit. */
    public long[] createLongArray() {
        int n = readLength(8);
        if (n < 0) {
            return null;
        }
        long[] values = new long[n];
        MemorySegment.copy(data, LONG, pos, values, 0, n);
        pos += 8 * n;
        return values;
    }

    /** Reads a long array into {@code dest}, whose length must match the written one. */
    public void readLongArray(long[] dest) {
        readLengthInto(dest.length, 8);
        MemorySegment.copy(data, LONG, pos, dest, 0, dest.length);
        pos += 8 * dest.length;
    }

    /** Writes int32 N (-1 for null) and N floats. */
    public void writeFloatArray(float[] values) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        int p = reserve(arrayBytes(values.length, 4));
        data.set(INT, p, values.length);
        MemorySegment.copy(values, 0, data, FLOAT, p + 4, values.length);
    }

    /** Reads a float array; null for -1 or a count that cannot fit. */
    public float[] createFloatArray() {
        int n = readLength(4);
        if (n < 0) {
            return null;
        }
        float[] values = new float[n];
        MemorySegment.copy(data, FLOAT, pos, values, 0, n);
        pos += 4 * n;
        return values;
    }

    /** Reads a float array into {@code dest}, whose length must match the written one. */
    public void readFloatArray(float[] dest) {
        readLengthInto(dest.length, 4);
        MemorySegment.copy(data, FLOAT, pos, dest, 0, dest.length);
        pos += 4 * dest.length;
    }

    /** Writes int32 N (-1 for null) and N doubles. */
    public void writeDoubleArray(double[] values) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        int p = reserve(arrayBytes(values.length, 8));
        data.set(INT, p, values.length);
        MemorySegment.copy(values, 0, data, DOUBLE, p + 4, values.length);
    }

    /** Reads a double array; null for -1 or a count that cannot fit. */
    public double[] createDoubleArray() {
        int n = readLength(8);
        if (n < 0) {
            return null;
        }
        double[] values = new double[n];
        MemorySegment.copy(data, DOUBLE, pos, values, 0, n);
        pos += 8 * n;
        return values;
    }

    /** Reads a double array into {@code dest}, whose length must match the written one. */
    public void readDoubleArray(double[] dest) {
        readLengthInto(dest.length, 8);
        MemorySegment.copy(data, DOUBLE, pos, dest, 0, dest.length);
        pos += 8 * dest.length;
    }

    /** Writes int32 N (-1 for null) and N booleans as int32 1/0. */
    public void writeBooleanArray(boolean[] values) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        int p = reserve(arrayBytes(values.length, 4));
        data.set(INT, p, values.length);
        for (int i = 0; i < values.length; i++) {
            data.set(INT, p + 4 + 4L * i, values[i] ? 1 : 0);
        }
    }

    /** Reads a boolean array; null for -1 or a count that cannot fit. */
    public boolean[] createBooleanArray() {
        int n = readLength(4);
        if (n < 0) {
            return null;
        }
        boolean[] values = new boolean[n];
        readBooleans(values);
        return values;
    }

    /** Reads a boolean array into {@code dest}, whose length must match the written one. */
    public void readBooleanArray(boolean[] dest) {
        readLengthInto(dest.length, 4);
        readBooleans(dest);
    }

    private void readBooleans(boolean[] dest) {
        int p = pos;
        for (int i = 0; i < dest.length; i++) {
            dest[i] = data.get(INT, p + 4L * i) != 0;
        }
        pos = p + 4 * dest.length;
    }

    /** Writes int32 N (-1 for null) and N chars as int32 UTF-16 units. */
    public void writeCharArray(char[] values) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        int p = reserve(arrayBytes(values.length, 4));
        data.set(INT, p, values.length);
        for (int i = 0; i < values.length; i++) {
            data.set(INT, p + 4 + 4L * i, values[i]);
        }
    }

    /** Reads a char array; null for -1 or a count that cannot fit. */
    public char[] createCharArray() {
        int n = readLength(4);
        if (n < 0) {
            return null;
        }
        char[] values = new char[n];
        readChars(values);
        return values;
    }

    /** Reads a char array into {@code dest}, whose length must match the written one. */
    public void readCharArray(char[] dest) {
        readLengthInto(dest.length, 4);
        readChars(dest);
    }

    private void readChars(char[] dest) {
        int p = pos;
        for (int i = 0; i < dest.length; i++) {
            dest[i] = (char) data.get(INT, p + 4L * i);
        }
        pos = p + 4 * dest.length;
    }

    /**
     * Reads an element count for a fresh array: -1 for null, and also for a negative count or one
     * whose elements of at least {@code elementSize} bytes cannot fit in the remaining data.
     */
    int readLength(int elementSize) {
        int n = readInt();
        return n >= 0 && n <= dataAvail() / elementSize ? n : -1;
    }

    /** Reads an element count that must equal {@code expected} and fit in the remaining data. */
    private void readLengthInto(int expected, int elementSize) {
        int start = pos;
        int n = readInt();
        if (n != expected) {
            throw new BadParcelableException("array length " + n + " at position " + start
                    + " does not match the destination length " + expected);
        }
        if (n > dataAvail() / elementSize) {
            throw new BadParcelableException("array of " + n + " elements at position " + start
                    + " does not fit in the " + dataAvail() + " bytes left");
        }
    }

    /**
     * Reads the length an AIDL proxy sends for a pure {@code out} array (the caller's array length, -1 for null), so
     * that the stub can allocate the array the implementation fills.
     *
     * @return the length, or -1 for null
     * @throws BadParcelableException for a length below -1 or above {@value #ARRAY_ALLOCATION_LIMIT}
     */
    public int readOutArrayLength() {
        int start = pos;
        int n = readInt();
        if (n < -1 || n > ARRAY_ALLOCATION_LIMIT) {
            throw new BadParcelableException("out array length " + n + " at position " + start + " is outside [-1, "
                    + ARRAY_ALLOCATION_LIMIT + "]");
        }
        return n;
    }

    // ---- arrays and lists of binders, interfaces and descriptors ----

    /** Writes int32 N (-1 for null) and N binder objects as {@link #writeStrongBinder} writes them. */
    public void writeBinderArray(IBinder[] values) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        writeInt(values.length);
        for (IBinder value : values) {
            writeStrongBinder(value);
        }
    }

    /** Reads an array written by {@link #writeBinderArray}; null for -1 or a count that cannot fit. */
    public IBinder[] createBinderArray() {
        int n = readLength(BINDER_OBJECT_BYTES);
        if (n < 0) {
            return null;
        }
        IBinder[] values = new IBinder[n];
        for (int i = 0; i < n; i++) {
            values[i] = readStrongBinder();
        }
        return values;
    }

    /** Reads a binder array into {@code dest}, whose length must match the written one. */
    public void readBinderArray(IBinder[] dest) {
        readLengthInto(dest.length, BINDER_OBJECT_BYTES);
        for (int i = 0; i < dest.length; i++) {
            dest[i] = readStrongBinder();
        }
    }

    /** Writes a list of binders like {@link #writeBinderArray}. */
    public void writeBinderList(List<IBinder> values) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        writeInt(values.size());
        for (IBinder value : values) {
            writeStrongBinder(value);
        }
    }

    /** Reads a list written by {@link #writeBinderList}; null for -1 or a count that cannot fit. */
    public ArrayList<IBinder> createBinderArrayList() {
        int n = readLength(BINDER_OBJECT_BYTES);
        if (n < 0) {
            return null;
        }
        ArrayList<IBinder> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(readStrongBinder());
        }
        return values;
    }

    /**
     * Reads a binder list into {@code dest}, replacing its elements and trimming or extending it to the written
     * count; a null list (-1) empties it.
     */
    public void readBinderList(List<IBinder> dest) {
        int n = readLength(BINDER_OBJECT_BYTES);
        for (int i = 0; i < n; i++) {
            setOrAdd(dest, i, readStrongBinder());
        }
        trim(dest, Math.max(n, 0));
    }

    /** Writes int32 N (-1 for null) and each interface's binder as {@link #writeStrongInterface} writes it. */
    public <T extends IInterface> void writeInterfaceArray(T[] values) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        writeInt(values.length);
        for (T value : values) {
            writeStrongInterface(value);
        }
    }

    /**
     * Reads an array written by {@link #writeInterfaceArray}, turning each binder into an interface with
     * {@code asInterface} (an AIDL {@code Stub::asInterface}); null for -1 or a count that cannot fit.
     */
    public <T extends IInterface> T[] createInterfaceArray(IntFunction<T[]> newArray,
            Function<IBinder, T> asInterface) {
        int n = readLength(BINDER_OBJECT_BYTES);
        if (n < 0) {
            return null;
        }
        T[] values = newArray.apply(n);
        for (int i = 0; i < n; i++) {
            values[i] = asInterface.apply(readStrongBinder());
        }
        return values;
    }

    /** Reads an interface array into {@code dest}, whose length must match the written one. */
    public <T extends IInterface> void readInterfaceArray(T[] dest, Function<IBinder, T> asInterface) {
        readLengthInto(dest.length, BINDER_OBJECT_BYTES);
        for (int i = 0; i < dest.length; i++) {
            dest[i] = asInterface.apply(readStrongBinder());
        }
    }

    /** Writes a list of interfaces like {@link #writeInterfaceArray}. */
    public <T extends IInterface> void writeInterfaceList(List<T> values) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        writeInt(values.size());
        for (T value : values) {
            writeStrongInterface(value);
        }
    }

    /** Reads a list written by {@link #writeInterfaceList}; null for -1 or a count that cannot fit. */
    public <T extends IInterface> ArrayList<T> createInterfaceArrayList(Function<IBinder, T> asInterface) {
        int n = readLength(BINDER_OBJECT_BYTES);
        if (n < 0) {
            return null;
        }
        ArrayList<T> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(asInterface.apply(readStrongBinder()));
        }
        return values;
    }

    /**
     * Reads an interface list into {@code dest}, replacing its elements and trimming or extending it to the written
     * count; a null list (-1) empties it.
     */
    public <T extends IInterface> void readInterfaceList(List<T> dest, Function<IBinder, T> asInterface) {
        int n = readLength(BINDER_OBJECT_BYTES);
        for (int i = 0; i < n; i++) {
            setOrAdd(dest, i, asInterface.apply(readStrongBinder()));
        }
        trim(dest, Math.max(n, 0));
    }

    /**
     * Writes a copy of {@code fd} as a file descriptor object, like {@link #writeFileDescriptor(FileDescriptor)}
     * (AIDL's {@code FileDescriptor}).
     *
     * @throws NullPointerException if {@code fd} is null: a raw descriptor has no null form
     */
    public void writeRawFileDescriptor(FileDescriptor fd) {
        writeFileDescriptor(Objects.requireNonNull(fd, "a raw FileDescriptor cannot be null"));
    }

    /**
     * Reads a file descriptor object and returns a {@link FileDescriptor} for a new copy of it, which the caller
     * owns and must close (for instance through a stream on it).
     *
     * @throws BadParcelableException as {@link #readFileDescriptor()}
     */
    public FileDescriptor readRawFileDescriptor() {
        return JavaFileDescriptors.of(readFileDescriptor().detachFd());
    }

    /** Writes int32 N (-1 for null) and N descriptors as {@link #writeRawFileDescriptor} writes them. */
    public void writeRawFileDescriptorArray(FileDescriptor[] values) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        writeInt(values.length);
        for (FileDescriptor value : values) {
            writeRawFileDescriptor(value);
        }
    }

    /** Reads an array written by {@link #writeRawFileDescriptorArray}; null for -1 or a count that cannot fit. */
    public FileDescriptor[] createRawFileDescriptorArray() {
        int n = readLength(FlatObjectDescriptor.SIZE_BYTES);
        if (n < 0) {
            return null;
        }
        FileDescriptor[] values = new FileDescriptor[n];
        for (int i = 0; i < n; i++) {
            values[i] = readRawFileDescriptor();
        }
        return values;
    }

    /** Reads a descriptor array into {@code dest}, whose length must match the written one. */
    public void readRawFileDescriptorArray(FileDescriptor[] dest) {
        readLengthInto(dest.length, FlatObjectDescriptor.SIZE_BYTES);
        for (int i = 0; i < dest.length; i++) {
            dest[i] = readRawFileDescriptor();
        }
    }

    // ---- fixed-size arrays (AIDL T[N]...) ----

    /**
     * Writes an array whose dimensions are fixed by its AIDL type ({@code int[2][3]} has {@code dimensions} 2, 3):
     * int32 -1 for a null array, else each dimension as an int32 length followed by its elements, the innermost
     * written as the one-dimensional array writers do (primitives, String, IBinder, interfaces, parcelables).
     *
     * @throws IllegalArgumentException if the array's shape differs from {@code dimensions}, an inner array is null,
     *     or the element type has no parcel form
     */
    public void writeFixedArray(Object array, int flags, int... dimensions) {
        ParcelFixedArrays.write(this, array, flags, dimensions);
    }

    /**
     * Reads an array written by {@link #writeFixedArray} of primitives, String or IBinder, as {@code type}
     * ({@code int[][].class}); null if a null array was written.
     *
     * @throws BadParcelableException if a length differs from {@code dimensions} or the data ends early
     */
    public <T> T createFixedArray(Class<T> type, int... dimensions) {
        return type.cast(ParcelFixedArrays.create(this, type, ParcelFixedArrays.plainElements(), dimensions));
    }

    /** Like {@link #createFixedArray(Class, int...)} for an array of parcelables, read with {@code creator}. */
    public <T, S> T createFixedArray(Class<T> type, Parcelable.Creator<S> creator, int... dimensions) {
        return type.cast(ParcelFixedArrays.create(this, type, ParcelFixedArrays.parcelables(creator), dimensions));
    }

    /** Like {@link #createFixedArray(Class, int...)} for an array of interfaces, made with {@code asInterface}. */
    public <T, S extends IInterface> T createFixedArray(Class<T> type, Function<IBinder, S> asInterface,
            int... dimensions) {
        return type.cast(ParcelFixedArrays.create(this, type, ParcelFixedArrays.interfaces(asInterface),
                dimensions));
    }

    /**
     * Reads an array written by {@link #writeFixedArray} of primitives, String or IBinder into {@code dest}, whose
     * shape must match the written one.
     *
     * @throws BadParcelableException if a length differs from {@code dest}'s or the data ends early
     */
    public void readFixedArray(Object dest) {
        ParcelFixedArrays.readInto(this, dest, ParcelFixedArrays.plainElements());
    }

    /** Like {@link #readFixedArray(Object)} for an array of parcelables, read with {@code creator}. */
    public <S> void readFixedArray(Object dest, Parcelable.Creator<S> creator) {
        ParcelFixedArrays.readInto(this, dest, ParcelFixedArrays.parcelables(creator));
    }

    /** Like {@link #readFixedArray(Object)} for an array of interfaces, made with {@code asInterface}. */
    public <S extends IInterface> void readFixedArray(Object dest, Function<IBinder, S> asInterface) {
        ParcelFixedArrays.readInto(this, dest, ParcelFixedArrays.interfaces(asInterface));
    }

    // ---- maps with String keys (AIDL Map<String, V>) ----

    /** Writes one value of a typed collection: what AIDL generates for the value type. */
    @FunctionalInterface
    public interface ValueWriter<V> {
        void write(Parcel dest, V value, int flags);
    }

    /** Reads one value of a typed collection. */
    @FunctionalInterface
    public interface ValueReader<V> {
        V read(Parcel source);
    }

    /**
     * Writes AIDL's {@code Map<String, V>}: int32 N (-1 for null), then N times the key as a String16 and the value
     * with {@code writer}, in the map's iteration order.
     */
    public <V> void writeTypedMap(Map<String, V> map, int flags, ValueWriter<V> writer) {
        if (map == null) {
            writeInt(-1);
            return;
        }
        writeInt(map.size());
        for (Map.Entry<String, V> entry : map.entrySet()) {
            writeString(entry.getKey());
            writer.write(this, entry.getValue(), flags);
        }
    }

    /** Reads a map written by {@link #writeTypedMap}; null for -1 or a count that cannot fit. */
    public <V> HashMap<String, V> createTypedHashMap(ValueReader<V> reader) {
        int n = readLength(MAP_ENTRY_MIN_BYTES);
        if (n < 0) {
            return null;
        }
        HashMap<String, V> map = HashMap.newHashMap(n);
        readEntries(n, map, reader);
        return map;
    }

    /** Replaces {@code dest}'s entries with those of a map written by {@link #writeTypedMap}; null empties it. */
    public <V> void readTypedMap(Map<String, V> dest, ValueReader<V> reader) {
        int n = readLength(MAP_ENTRY_MIN_BYTES);
        dest.clear();
        readEntries(n, dest, reader);
    }

    private <V> void readEntries(int n, Map<String, V> dest, ValueReader<V> reader) {
        for (int i = 0; i < n; i++) {
            String key = readString();
            dest.put(key, reader.read(this));
        }
    }

    // ---- self-describing values (Android's writeValue; AIDL's untyped List and Map) ----

    /**
     * Writes {@code value} with an int32 type tag, so that {@link #readValue} needs no type: null, String, Integer,
     * Long, Short, Byte, Float, Double, Boolean, Character, CharSequence, Bundle, Parcelable (by class name), IBinder,
     * Map and List (of such values), and arrays of primitives, String, CharSequence, Parcelable and Object. Android's
     * tags and layout, including the length prefix of maps, lists, parcelables and object arrays.
     *
     * @throws IllegalArgumentException for any other type (Serializable objects are not supported)
     */
    public void writeValue(Object value) {
        ParcelValues.write(this, value);
    }

    /**
     * Reads a value written by {@link #writeValue}; parcelables are loaded through {@code loader} (binder4j's own
     * loader if null).
     *
     * @throws BadParcelableException for a type tag binder4j cannot read
     */
    public Object readValue(ClassLoader loader) {
        return ParcelValues.read(this, loader);
    }

    /** Writes int32 N (-1 for null) and N values as {@link #writeValue} writes them. */
    public void writeList(List<?> values) {
        ParcelValues.writeList(this, values);
    }

    /** Reads a list written by {@link #writeList}; null for -1 or a count that cannot fit. */
    public ArrayList<Object> readArrayList(ClassLoader loader) {
        int n = readLength(4);
        if (n < 0) {
            return null;
        }
        ArrayList<Object> values = new ArrayList<>(n);
        ParcelValues.readList(this, n, values, loader);
        return values;
    }

    /**
     * Appends the elements of a list written by {@link #writeList} to {@code dest} (as Android does); the elements
     * are of whatever types were written, so {@code dest} must accept them.
     */
    @SuppressWarnings("unchecked")
    public void readList(List<?> dest, ClassLoader loader) {
        ParcelValues.readList(this, Math.max(readLength(4), 0), (List<Object>) dest, loader);
    }

    /** Writes int32 N (-1 for null) and N key/value pairs, keys and values as {@link #writeValue} writes them. */
    public void writeMap(Map<?, ?> map) {
        ParcelValues.writeMap(this, map);
    }

    /** Reads a map written by {@link #writeMap}; null for -1 or a count that cannot fit. */
    public HashMap<Object, Object> readHashMap(ClassLoader loader) {
        int n = readLength(8);
        if (n < 0) {
            return null;
        }
        HashMap<Object, Object> map = HashMap.newHashMap(n);
        ParcelValues.readMap(this, n, map, loader);
        return map;
    }

    /**
     * Puts the entries of a map written by {@link #writeMap} into {@code dest} (as Android does); keys and values
     * are of whatever types were written, so {@code dest} must accept them.
     */
    @SuppressWarnings("unchecked")
    public void readMap(Map<?, ?> dest, ClassLoader loader) {
        ParcelValues.readMap(this, Math.max(readLength(8), 0), (Map<Object, Object>) dest, loader);
    }

    // ---- parcelables ----

    /** Writes int32 0 for null, else int32 1 and the object's body. */
    public <T extends Parcelable> void writeTypedObject(T value, int flags) {
        if (value == null) {
            writeInt(0);
        } else {
            writeInt(1);
            value.writeToParcel(this, flags);
        }
    }

    /** Reads an object written by {@link #writeTypedObject}; null if the marker is 0. */
    public <T> T readTypedObject(Parcelable.Creator<T> creator) {
        return readInt() != 0 ? creator.createFromParcel(this) : null;
    }

    /** Writes int32 N (-1 for null) and N typed objects, each with its own 1/0 marker. */
    public <T extends Parcelable> void writeTypedArray(T[] values, int flags) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        writeInt(values.length);
        for (T value : values) {
            writeTypedObject(value, flags);
        }
    }

    /** Reads an array written by {@link #writeTypedArray}; null for -1 or a count that cannot fit. */
    public <T> T[] createTypedArray(Parcelable.Creator<T> creator) {
        int n = readLength(4);
        if (n < 0) {
            return null;
        }
        T[] values = creator.newArray(n);
        for (int i = 0; i < n; i++) {
            values[i] = readTypedObject(creator);
        }
        return values;
    }

    /** Reads a typed array into {@code dest}, whose length must match the written one. */
    public <T> void readTypedArray(T[] dest, Parcelable.Creator<T> creator) {
        readLengthInto(dest.length, 4);
        for (int i = 0; i < dest.length; i++) {
            dest[i] = readTypedObject(creator);
        }
    }

    /** Writes a list of typed objects like {@link #writeTypedArray}. */
    public <T extends Parcelable> void writeTypedList(List<T> values, int flags) {
        if (values == null) {
            writeInt(-1);
            return;
        }
        writeInt(values.size());
        for (T value : values) {
            writeTypedObject(value, flags);
        }
    }

    /** Reads a list written by {@link #writeTypedList}; null for -1 or a count that cannot fit. */
    public <T> ArrayList<T> createTypedArrayList(Parcelable.Creator<T> creator) {
        int n = readLength(4);
        if (n < 0) {
            return null;
        }
        ArrayList<T> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(readTypedObject(creator));
        }
        return values;
    }

    /**
     * Reads a typed list into {@code dest}, replacing its elements and trimming or extending it to the
     * written count; a null list (-1) empties it.
     */
    public <T> void readTypedList(List<T> dest, Parcelable.Creator<T> creator) {
        int n = readLength(4);
        for (int i = 0; i < n; i++) {
            setOrAdd(dest, i, readTypedObject(creator));
        }
        trim(dest, Math.max(n, 0));
    }

    private static <T> void setOrAdd(List<T> list, int index, T value) {
        if (index < list.size()) {
            list.set(index, value);
        } else {
            list.add(value);
        }
    }

    private static void trim(List<?> list, int length) {
        if (list.size() > length) {
            list.subList(length, list.size()).clear();
        }
    }

    /** Writes the object's class name as a String16 and then its body; null is a null class name (-1). */
    public void writeParcelable(Parcelable value, int flags) {
        if (value == null) {
            writeString(null);
            return;
        }
        writeString(value.getClass().getName());
        value.writeToParcel(this, flags);
    }

    /**
     * Reads an object written by {@link #writeParcelable}: loads the named class through {@code loader}
     * (this class's loader if null) and calls its static {@code CREATOR}.
     *
     * @throws BadParcelableException if the class is missing, is not Parcelable or has no usable CREATOR
     */
    public <T extends Parcelable> T readParcelable(ClassLoader loader) {
        return castCreated(readCreated(loader, null));
    }

    /**
     * Like {@link #readParcelable(ClassLoader)}, and checks that the named class is a {@code type}.
     *
     * @throws BadParcelableException also if the written class is not a subtype of {@code type}
     */
    public <T> T readParcelable(ClassLoader loader, Class<T> type) {
        return type.cast(readCreated(loader, type));
    }

    @SuppressWarnings("unchecked")
    private static <T> T castCreated(Object created) {
        return (T) created;
    }

    private Object readCreated(ClassLoader loader, Class<?> requiredType) {
        String name = readString();
        if (name == null) {
            return null;
        }
        Class<?> type;
        try {
            type = Class.forName(name, false, loader != null ? loader : Parcel.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new BadParcelableException("Parcelable class not found: " + name, e);
        }
        if (!Parcelable.class.isAssignableFrom(type)) {
            throw new BadParcelableException("class " + name + " does not implement Parcelable");
        }
        if (requiredType != null && !requiredType.isAssignableFrom(type)) {
            throw new BadParcelableException("Parcelable class " + name + " is not a " + requiredType.getName());
        }
        return CREATORS.get(type).createFromParcel(this);
    }

    private static Parcelable.Creator<?> findCreator(Class<?> type) {
        Field field;
        try {
            field = type.getField("CREATOR");
        } catch (NoSuchFieldException e) {
            throw new BadParcelableException("Parcelable class " + type.getName() + " has no public CREATOR field");
        }
        if (!Modifier.isStatic(field.getModifiers()) || !Parcelable.Creator.class.isAssignableFrom(field.getType())) {
            throw new BadParcelableException(
                    "CREATOR of " + type.getName() + " must be a static Parcelable.Creator field");
        }
        Object creator;
        try {
            field.trySetAccessible();
            creator = field.get(null);
        } catch (IllegalAccessException e) {
            throw new BadParcelableException("CREATOR of " + type.getName() + " is not accessible", e);
        }
        if (creator == null) {
            throw new BadParcelableException("CREATOR of " + type.getName() + " is null");
        }
        return (Parcelable.Creator<?>) creator;
    }

    /** Writes a {@link Bundle}: -1 for null, 0 for empty, else length, 'BNDL' magic and the entries. */
    public void writeBundle(Bundle value) {
        if (value == null) {
            writeInt(-1);
        } else {
            value.writeToParcel(this, 0);
        }
    }

    /**
     * Reads a bundle written by {@link #writeBundle}; null for a negative length.
     *
     * @throws BadParcelableException for a bad length or magic, or a value type Bundle does not support
     */
    public Bundle readBundle() {
        int length = readInt();
        return length < 0 ? null : Bundle.readBody(this, length);
    }

    // ---- structured parcelables (AIDL) ----

    /**
     * Starts the body of a structured parcelable: reserves the int32 size word that
     * {@link #endSizedWrite} fills in, and returns its position.
     */
    public int beginSizedWrite() {
        int start = pos;
        writeInt(0);
        return start;
    }

    /**
     * Ends a structured parcelable body begun at {@code start}: stores the byte count from {@code start}
     * to the current position (the size word included) in the size word.
     *
     * @throws IllegalArgumentException if {@code start} is not at least 4 bytes before the position
     */
    public void endSizedWrite(int start) {
        int end = pos;
        if (start < 0 || start > end - 4) {
            throw new IllegalArgumentException("sized write start " + start + " is not a size word before position " + end);
        }
        pos = start;
        writeInt(end - start);
        pos = end;
    }

    /**
     * Starts reading a structured parcelable body: reads its size word and returns where the body ends.
     * Read fields only while {@code dataPosition() < end}, so that data from an older writer (fewer fields)
     * leaves the remaining fields at their defaults; then call {@link #endSizedRead} to skip fields a
     * newer writer added.
     *
     * @throws BadParcelableException if the size is below 4 or the end overflows
     */
    public int beginSizedRead() {
        int start = pos;
        int bodySize = readInt();
        if (bodySize < 4) {
            throw new BadParcelableException("parcelable size " + bodySize + " < 4 at position " + start);
        }
        if (bodySize > Integer.MAX_VALUE - start) {
            throw new BadParcelableException("parcelable size " + bodySize + " at position " + start + " overflows");
        }
        return start + bodySize;
    }

    /**
     * Moves to the end of a structured parcelable body returned by {@link #beginSizedRead}, skipping the
     * fields this reader does not know.
     *
     * @throws BadParcelableException if the body ends beyond the data
     */
    public void endSizedRead(int end) {
        if (end > size) {
            throw new BadParcelableException("parcelable ends at " + end + ", beyond the data size " + size);
        }
        setDataPosition(end);
    }

    // ---- interface token ----

    /**
     * Writes the RPC header every AIDL call starts with: int32 0x80000000 (strict-mode gather bit, empty
     * policy), int32 work source uid (or -1 when not propagated), int32 'SYST' and the descriptor as a
     * String16.
     */
    public void writeInterfaceToken(String descriptor) {
        writeInt(STRICT_MODE_PENALTY_GATHER);
        writeInt(WorkSource.headerValue());
        writeInt(HEADER_SYST);
        writeString(descriptor);
    }

    /**
     * Reads the header written by {@link #writeInterfaceToken}, adopts the caller's work source for this
     * thread, and checks the magic and the descriptor.
     *
     * @throws SecurityException if the magic is not 'SYST' or the descriptor differs
     */
    public void enforceInterface(String descriptor) {
        readInt(); // strict-mode policy: binder4j has no StrictMode to apply it to
        WorkSource.onIncomingHeader(readInt());
        int magic = readInt();
        if (magic != HEADER_SYST) {
            throw new SecurityException(String.format(
                    "Expecting header 0x%x but found 0x%x. Mixing copies of libbinder?", HEADER_SYST, magic));
        }
        if (!readStringEquals(descriptor)) {
            throw new SecurityException("Binder invocation to an incorrect interface");
        }
    }

    /** Reads a String16 and compares it with {@code expected} in place, without decoding it. */
    private boolean readStringEquals(String expected) {
        int length = readInt();
        if (expected == null || length != expected.length()) {
            return expected == null && length == -1;
        }
        long body = (2L * length + 2 + 3) & ~3L;
        int p = pos;
        if (body > size - p) {
            return false;
        }
        pos = p + (int) body;
        MemorySegment d = data;
        for (int i = 0; i < length; i++) {
            if (d.get(CHAR, p + 2L * i) != expected.charAt(i)) {
                return false;
            }
        }
        return d.get(CHAR, p + 2L * length) == 0;
    }

    /**
     * Checks that everything was read, as newer AIDL stubs do after the arguments.
     *
     * @throws BadParcelableException naming the number of unread bytes
     */
    public void enforceNoDataAvail() {
        int unread = dataAvail();
        if (unread > 0) {
            throw new BadParcelableException("Parcel data not fully consumed, unread size: " + unread);
        }
    }

    // ---- exceptions in replies ----

    /** Writes the success header of a reply: int32 0. */
    public void writeNoException() {
        writeInt(EX_NONE);
    }

    /**
     * Writes {@code e} as a reply header: int32 code ({@link ExceptionCodes#forException}), String16
     * message, int32 0 (no remote stack trace), and for {@link ServiceSpecificException} its error code.
     *
     * @throws RuntimeException {@code e} itself, or {@code e} wrapped if checked, when it has no code: such
     *     exceptions cannot cross processes. Nothing is written then.
     */
    public void writeException(Exception e) {
        int code = ExceptionCodes.forException(e);
        if (code == EX_NONE) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new RuntimeException(e);
        }
        writeInt(code);
        writeString(e.getMessage());
        writeInt(0);
        if (e instanceof ServiceSpecificException specific) {
            writeInt(specific.errorCode);
        }
    }

    /**
     * Reads a reply header and throws the exception it carries; returns normally on success.
     *
     * @throws RuntimeException the mapped exception (SecurityException, IllegalArgumentException, …),
     *     or {@code RuntimeException("Unknown exception code: <code> msg <msg>")}
     */
    public void readException() {
        int code = readExceptionCode();
        if (code != EX_NONE) {
            String message = readString();
            throw readExceptionBody(code, message);
        }
    }

    /**
     * Reads the first reply word, skipping an app-ops header (then reading the next word) and a fat
     * StrictMode header (which means success). Both headers start with an int32 size that counts itself.
     *
     * @return the exception code, {@link ExceptionCodes#EX_NONE} on success
     */
    public int readExceptionCode() {
        int code = readInt();
        if (code == EX_HAS_NOTED_APPOPS_REPLY_HEADER) {
            skipSizedHeader("app-ops reply header");
            code = readInt();
        }
        if (code == EX_HAS_REPLY_HEADER) {
            skipSizedHeader("reply header");
            return EX_NONE;
        }
        return code;
    }

    private RuntimeException readExceptionBody(int code, String message) {
        skipSizedHeader("remote stack trace header");
        return switch (code) {
            case EX_SECURITY -> new SecurityException(message);
            case EX_BAD_PARCELABLE -> new BadParcelableException(message);
            case EX_ILLEGAL_ARGUMENT -> new IllegalArgumentException(message);
            case EX_NULL_POINTER -> new NullPointerException(message);
            case EX_ILLEGAL_STATE -> new IllegalStateException(message);
            case EX_NETWORK_MAIN_THREAD -> new RuntimeException(
                    message == null ? "NetworkOnMainThreadException" : "NetworkOnMainThreadException: " + message);
            case EX_UNSUPPORTED_OPERATION -> new UnsupportedOperationException(message);
            case EX_SERVICE_SPECIFIC -> new ServiceSpecificException(readInt(), message);
            case EX_PARCELABLE -> readParcelableException(message);
            default -> new RuntimeException("Unknown exception code: " + code + " msg " + message);
        };
    }

    private RuntimeException readParcelableException(String message) {
        if (readInt() <= 0) {
            return new RuntimeException(message + " [missing Parcelable]");
        }
        Exception e = readParcelable(null, Exception.class);
        return e instanceof RuntimeException runtime ? runtime : new RuntimeException(e);
    }

    /** Skips a header whose int32 size counts itself; size 0 means nothing follows the size word. */
    private void skipSizedHeader(String what) {
        int start = pos;
        int headerSize = readInt();
        if (headerSize == 0) {
            return;
        }
        if (headerSize < 4 || headerSize > size - start) {
            throw new BadParcelableException(what + " size " + headerSize + " at position " + start
                    + " is invalid with " + (size - start) + " bytes left");
        }
        pos = start + headerSize;
    }

    // ---- binder objects (low level) ----

    /**
     * Appends a 24-byte {@code flat_binder_object} at the current position and, if asked, records its
     * offset in the object table (null binders are written without an entry).
     */
    void writeFlatObject(int type, int flags, long binderOrHandle, long cookie, boolean addToObjectTable) {
        int p = reserve(FlatObjectDescriptor.SIZE_BYTES);
        data.set(INT, p + FlatObjectDescriptor.TYPE_OFFSET, type);
        data.set(INT, p + FlatObjectDescriptor.FLAGS_OFFSET, flags);
        data.set(LONG, p + FlatObjectDescriptor.BINDER_OFFSET, binderOrHandle);
        data.set(LONG, p + FlatObjectDescriptor.COOKIE_OFFSET, cookie);
        if (addToObjectTable) {
            if (objectCount == objects.length) {
                objects = Arrays.copyOf(objects, Math.max(4, objectCount * 2));
            }
            objects[objectCount++] = p;
        }
    }

    /** The number of entries in the object table. */
    int objectCount() {
        return objectCount;
    }

    /** The data offset of object {@code i}, in the order the objects were written or received. */
    long objectOffset(int i) {
        Objects.checkIndex(i, objectCount);
        return objects[i];
    }

    /** Whether the object table lists an object starting at {@code position}. */
    boolean isObjectAt(int position) {
        for (int i = 0; i < objectCount; i++) {
            if (objects[i] == position) {
                return true;
            }
        }
        return false;
    }

    private void dropObjectsBeyond(int newSize) {
        int kept = 0;
        for (int i = 0; i < objectCount; i++) {
            if (objects[i] + FlatObjectDescriptor.SIZE_BYTES <= newSize) {
                objects[kept++] = objects[i];
            }
        }
        objectCount = kept;
    }

    // ---- received buffers ----

    /**
     * Makes this parcel read a received transaction buffer in place: {@code dataSizeBytes} bytes of
     * {@code data} (which may be read-only) with {@code objectCount} u64 object offsets in
     * {@code offsets}. Whatever the parcel held before is dropped (and released, if received).
     * {@code releaser} is called exactly once, with {@code releaseToken}: on {@link #recycle()}, on the
     * next setReceived or {@link #unmarshall}, or when the parcel is first written to, after its data
     * was copied. The parcel owns the first {@code fdCount} of {@code receivedFds}, the descriptors that
     * came with the buffer, from here on, even if this throws.
     *
     * @throws IllegalArgumentException if the sizes or an offset do not fit in the data
     */
    void setReceived(MemorySegment data, long dataSizeBytes, MemorySegment offsets, int objectCount,
            BufferReleaser releaser, long releaseToken, int[] receivedFds, int fdCount) {
        Objects.requireNonNull(releaser, "releaser");
        if (recycled) {
            throw new IllegalStateException("Parcel used after recycle()");
        }
        clear();
        fds.addAll(receivedFds, fdCount);
        if (dataSizeBytes < 0 || dataSizeBytes > data.byteSize() || dataSizeBytes > MAX_DATA_SIZE) {
            throw new IllegalArgumentException("data size " + dataSizeBytes + " does not fit a segment of "
                    + data.byteSize() + " bytes");
        }
        if (objectCount < 0 || (long) objectCount * 8 > offsets.byteSize()) {
            throw new IllegalArgumentException(objectCount + " object offsets do not fit in "
                    + offsets.byteSize() + " bytes");
        }
        if (objects.length < objectCount) {
            objects = new long[objectCount];
        }
        for (int i = 0; i < objectCount; i++) {
            long offset = offsets.get(LONG, 8L * i);
            if (offset < 0 || offset > dataSizeBytes - FlatObjectDescriptor.SIZE_BYTES) {
                throw new IllegalArgumentException("object offset " + offset + " outside data of "
                        + dataSizeBytes + " bytes");
            }
            objects[i] = offset;
        }
        this.data = data;
        this.size = (int) dataSizeBytes;
        this.objectCount = objectCount;
        this.writeLimit = 0;
        this.releaser = releaser;
        this.releaseToken = releaseToken;
    }

    /**
     * The data bytes, exactly {@link #dataSize()} long: the owned segment or the received buffer. Valid
     * until the next write, {@link #setDataSize}, {@link #recycle()} or setReceived.
     */
    MemorySegment dataSegment() {
        return data.asSlice(0, size);
    }

    /** Copies the data bytes to the start of {@code target}, without a view of them: the transaction path. */
    void copyDataTo(MemorySegment target) {
        MemorySegment.copy(data, 0, target, 0, size);
    }

    // ---- binder objects ----

    /**
     * Writes a binder object: a local {@link Binder} travels as itself and arrives in other processes as
     * a proxy (or as itself when it comes home); a {@link BinderProxy} arrives as the same remote object.
     * Null is allowed.
     */
    public void writeStrongBinder(IBinder binder) {
        ParcelBinders.write(this, binder);
    }

    /** Writes {@code value.asBinder()}, or null. */
    public void writeStrongInterface(IInterface value) {
        writeStrongBinder(value == null ? null : value.asBinder());
    }

    /**
     * Reads a binder object written by {@link #writeStrongBinder}.
     *
     * @throws BadParcelableException if there is no binder object listed in the object table here
     */
    public IBinder readStrongBinder() {
        return ParcelBinders.read(this);
    }

    // ---- file descriptors ----

    /**
     * Writes a copy of {@code fd} (close-on-exec) that the parcel owns and closes when recycled; the
     * caller keeps {@code fd}. The receiver gets a descriptor of its own for the same open file.
     *
     * @throws org.binder4j.sys.SysException if {@code fd} is not an open descriptor, or none is left
     */
    public void writeFileDescriptor(int fd) {
        int copy = Fds.dup(fd);
        try {
            writeFileDescriptor(copy, true);
        } catch (RuntimeException e) {
            Fds.closeQuietly(copy);
            throw e;
        }
    }

    /**
     * Writes a copy of {@code fd}, as {@link #writeFileDescriptor(int)} (needs the JVM option
     * {@code --add-opens=java.base/java.io=ALL-UNNAMED}).
     */
    public void writeFileDescriptor(FileDescriptor fd) {
        writeFileDescriptor(JavaFileDescriptors.numberOf(fd));
    }

    /**
     * Writes {@code fd} itself, libbinder's {@code writeFileDescriptor(fd, takeOwnership)}: with
     * {@code takeOwnership} the parcel closes it when recycled, without it the caller must keep it open
     * until the parcel is sent or recycled. The FD object's cookie says which (1 or 0).
     *
     * @throws IllegalArgumentException if {@code fd} is not an open descriptor
     */
    public void writeFileDescriptor(int fd, boolean takeOwnership) {
        if (fd < 0 || !Fds.isOpen(fd)) {
            throw new IllegalArgumentException("descriptor " + fd + " is not open");
        }
        writeFlatObject(FlatObjectDescriptor.BINDER_TYPE_FD, 0, Integer.toUnsignedLong(fd),
                takeOwnership ? FlatObjectDescriptor.FD_COOKIE_OWNED : 0, true);
        if (takeOwnership) {
            fds.add(fd);
        }
    }

    /**
     * Reads an FD object and returns a new {@link ParcelFileDescriptor} owning a copy of its descriptor;
     * the parcel keeps its own.
     *
     * @throws BadParcelableException if there is no FD object listed in the object table here, or a
     *     received one names no descriptor that came with the transaction
     * @throws org.binder4j.sys.SysException if no descriptor is left for the copy
     */
    public ParcelFileDescriptor readFileDescriptor() {
        int position = pos;
        if (size - position < FlatObjectDescriptor.SIZE_BYTES || !isObjectAt(position) || !isFdObject(position)) {
            throw new BadParcelableException("no file descriptor object at position " + position);
        }
        int fd = objectFd(position);
        if (fd < 0) {
            throw new BadParcelableException("the file descriptor object at position " + position + " names descriptor "
                    + data.get(INT, position + FlatObjectDescriptor.FD_OFFSET) + " of the " + fds.count()
                    + " that came with the transaction");
        }
        pos = position + FlatObjectDescriptor.SIZE_BYTES;
        return ParcelFileDescriptor.adoptFd(Fds.dup(fd));
    }

    /** Whether the object table lists a file descriptor. */
    public boolean hasFileDescriptors() {
        for (int i = 0; i < objectCount; i++) {
            if (isFdObject((int) objects[i])) {
                return true;
            }
        }
        return false;
    }

    /** The number of FD objects in the object table. */
    int fileDescriptorCount() {
        int count = 0;
        for (int i = 0; i < objectCount; i++) {
            if (isFdObject((int) objects[i])) {
                count++;
            }
        }
        return count;
    }

    /**
     * Puts the descriptors of the FD objects, in object-table order, into {@code into} (at least
     * {@link #fileDescriptorCount()} long): what a transaction of this parcel attaches.
     */
    void copyFileDescriptors(int[] into) {
        int n = 0;
        for (int i = 0; i < objectCount; i++) {
            int offset = (int) objects[i];
            if (isFdObject(offset)) {
                into[n++] = objectFd(offset);
            }
        }
    }

    private boolean isFdObject(int offset) {
        return data.get(INT, offset + FlatObjectDescriptor.TYPE_OFFSET) == FlatObjectDescriptor.BINDER_TYPE_FD;
    }

    /** The descriptor the FD object at {@code offset} stands for; -1 for a received one that names none. */
    private int objectFd(int offset) {
        return releaser != null ? receivedFd(offset) : data.get(INT, offset + FlatObjectDescriptor.FD_OFFSET);
    }

    /** The received descriptor a received FD object indexes, or -1. */
    private int receivedFd(int offset) {
        long index = data.get(LONG, offset + FlatObjectDescriptor.FD_OFFSET);
        return index >= 0 && index < fds.count() ? fds.get((int) index) : -1;
    }

    void setRuntime(BinderRuntime runtime) {
        this.runtime = runtime;
    }

    BinderRuntime runtime() {
        return runtime;
    }

    void holdBinder(Binder binder) {
        heldBinders.add(binder);
    }

    /** Gives a received buffer back to the driver; one per runtime, so adopting a buffer allocates nothing. */
    @FunctionalInterface
    interface BufferReleaser {
        void releaseBuffer(long token);
    }

    // ---- internals ----

    /** Empties the parcel back to its owned memory, releasing a received buffer. */
    private void clear() {
        if (sensitive) {
            zeroOwned();
            sensitive = false;
        }
        MemorySegment own = owned;
        data = own == null ? MemorySegment.NULL : own;
        writeLimit = own == null || recycled ? 0 : (int) own.byteSize();
        size = 0;
        pos = 0;
        objectCount = 0;
        runtime = null;
        heldBinders.clear();
        fds.closeAll();
        releaseReceived();
    }

    /** Zeroes the owned memory that held data (the whole segment: data may have been written and truncated). */
    private void zeroOwned() {
        if (owned != null) {
            owned.fill((byte) 0);
        }
    }

    /** Gives a received buffer back; the field is cleared first so it runs once even if it throws. */
    private void releaseReceived() {
        BufferReleaser r = releaser;
        if (r != null) {
            releaser = null;
            r.releaseBuffer(releaseToken);
        }
    }

    /** Makes room for {@code n} bytes at the position, advances past them and returns their offset. */
    private int reserve(int n) {
        int p = pos;
        if (n > writeLimit - p) {
            prepareWrite((long) p + n, size);
        }
        int end = p + n;
        pos = end;
        if (end > size) {
            size = end;
        }
        return p;
    }

    /**
     * Slow path of every write: rejects a recycled parcel, and makes {@code data} an owned segment of at
     * least {@code end} bytes holding the first {@code keep} bytes of the current data. A received
     * buffer is released once copied.
     */
    private void prepareWrite(long end, int keep) {
        if (recycled) {
            throw new IllegalStateException("Parcel used after recycle()");
        }
        if (end > MAX_DATA_SIZE) {
            throw new IllegalArgumentException("parcel data would grow to " + end + " bytes, above " + MAX_DATA_SIZE);
        }
        MemorySegment target = owned;
        if (target == null || target.byteSize() < end) {
            long current = target == null ? 0 : target.byteSize();
            long capacity = Math.min(MAX_DATA_SIZE, Math.max(end, Math.max(INITIAL_CAPACITY, 2 * current)));
            target = Arena.ofAuto().allocate(capacity, 8);
        }
        if (target != data) {
            MemorySegment.copy(data, 0, target, 0, keep);
        }
        if (sensitive && target != owned) {
            zeroOwned();
        }
        owned = target;
        data = target;
        writeLimit = (int) target.byteSize();
        if (releaser != null) {
            numberReceivedFds();
        }
        releaseReceived();
    }

    /** The copy of a received parcel: its FD objects now hold the received descriptors themselves. */
    private void numberReceivedFds() {
        for (int i = 0; i < objectCount; i++) {
            int offset = (int) objects[i];
            if (offset + FlatObjectDescriptor.SIZE_BYTES <= size && isFdObject(offset)) {
                data.set(LONG, offset + FlatObjectDescriptor.FD_OFFSET, Integer.toUnsignedLong(receivedFd(offset)));
            }
        }
    }

    /** {@code n} rounded up to a multiple of 4, checked against the maximum data size. */
    private static int padded(long n) {
        if (n > MAX_DATA_SIZE) {
            throw new IllegalArgumentException(n + " bytes exceed the maximum parcel size " + MAX_DATA_SIZE);
        }
        return (int) ((n + 3) & ~3L);
    }

    /** Bytes of an array write: the count word and {@code n} elements. */
    private static int arrayBytes(int n, int elementSize) {
        return padded(4 + (long) n * elementSize);
    }
}
