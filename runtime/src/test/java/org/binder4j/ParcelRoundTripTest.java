package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Values written and read back, including null, empty, extreme and malformed inputs. */
class ParcelRoundTripTest {
    private final Parcel p = Parcel.obtain();

    @AfterEach
    void recycle() {
        p.recycle();
    }

    /** Rewinds for reading and checks afterwards that the reader consumed exactly what was written. */
    private void rewind() {
        p.setDataPosition(0);
    }

    @Test
    void scalars() {
        p.writeInt(Integer.MIN_VALUE);
        p.writeLong(Long.MAX_VALUE);
        p.writeFloat(-1.5f);
        p.writeDouble(Math.PI);
        p.writeBoolean(true);
        p.writeBoolean(false);
        p.writeChar('\uFFFF');
        p.writeByte(Byte.MIN_VALUE);
        p.writeFloat(Float.NaN);
        rewind();
        assertEquals(Integer.MIN_VALUE, p.readInt());
        assertEquals(Long.MAX_VALUE, p.readLong());
        assertEquals(-1.5f, p.readFloat());
        assertEquals(Math.PI, p.readDouble());
        assertTrue(p.readBoolean());
        assertFalse(p.readBoolean());
        assertEquals('\uFFFF', p.readChar());
        assertEquals(Byte.MIN_VALUE, p.readByte());
        assertTrue(Float.isNaN(p.readFloat()));
        assertEquals(0, p.dataAvail());
    }

    @Test
    void anyNonZeroIntIsTrue() {
        p.writeInt(7);
        rewind();
        assertTrue(p.readBoolean());
    }

    @Test
    void strings() {
        String nonBmp = "a\uD83D\uDE00b\uD801\uDC37"; // surrogate pairs
        String[] values = {"", "a", "ab", "abc", "abcd", null, nonBmp, "é\u0000x"};
        for (String v : values) {
            p.writeString(v);
            p.writeString8(v);
            p.writeString16(v);
        }
        rewind();
        for (String v : values) {
            assertEquals(v, p.readString());
            assertEquals(v, p.readString8());
            assertEquals(v, p.readString16());
        }
        assertEquals(0, p.dataAvail());
    }

    @Test
    void longStringGrowsTheParcel() {
        String big = "x".repeat(100_000);
        p.writeString(big);
        assertEquals(4 + 200_004, p.dataSize());
        rewind();
        assertEquals(big, p.readString());
    }

    @Test
    void bogusStringLengthReturnsNull() {
        p.writeInt(1000);
        p.writeInt(0);
        rewind();
        assertNull(p.readString());
        assertEquals(4, p.dataPosition());
        rewind();
        assertNull(p.readString8());
        assertEquals(4, p.dataPosition());
    }

    @Test
    void negativeStringLengthOtherThanMinusOneIsNull() {
        p.writeInt(-7);
        rewind();
        assertNull(p.readString());
    }

    @Test
    void stringWithoutTerminatorIsNull() {
        p.writeInt(1);
        p.writeInt(0x00620061); // 'a' then 'b' where the terminator should be
        rewind();
        assertNull(p.readString());
        assertEquals(8, p.dataPosition());
    }

    @Test
    void primitiveArrays() {
        byte[] bytes = {1, -2, 3, 4, 5};
        int[] ints = {1, -2, Integer.MAX_VALUE};
        long[] longs = {Long.MIN_VALUE, 0, 9};
        float[] floats = {1.25f, -0f};
        double[] doubles = {Double.MAX_VALUE, -2.5};
        boolean[] booleans = {true, false, true};
        char[] chars = {'a', '\uD83D', '\uFFFF'};
        p.writeByteArray(bytes);
        p.writeIntArray(ints);
        p.writeLongArray(longs);
        p.writeFloatArray(floats);
        p.writeDoubleArray(doubles);
        p.writeBooleanArray(booleans);
        p.writeCharArray(chars);
        rewind();
        assertArrayEquals(bytes, p.createByteArray());
        assertArrayEquals(ints, p.createIntArray());
        assertArrayEquals(longs, p.createLongArray());
        assertArrayEquals(floats, p.createFloatArray());
        assertArrayEquals(doubles, p.createDoubleArray());
        assertArrayEquals(booleans, p.createBooleanArray());
        assertArrayEquals(chars, p.createCharArray());
        assertEquals(0, p.dataAvail());
    }

    @Test
    void nullAndEmptyArrays() {
        p.writeByteArray(null);
        p.writeIntArray(null);
        p.writeLongArray(null);
        p.writeFloatArray(null);
        p.writeDoubleArray(null);
        p.writeBooleanArray(null);
        p.writeCharArray(null);
        p.writeStringArray(null);
        p.writeStringList(null);
        p.writeByteArray(new byte[0]);
        p.writeIntArray(new int[0]);
        p.writeLongArray(new long[0]);
        p.writeFloatArray(new float[0]);
        p.writeDoubleArray(new double[0]);
        p.writeBooleanArray(new boolean[0]);
        p.writeCharArray(new char[0]);
        p.writeStringArray(new String[0]);
        p.writeStringList(List.of());
        assertEquals(18 * 4, p.dataSize());
        rewind();
        assertNull(p.createByteArray());
        assertNull(p.createIntArray());
        assertNull(p.createLongArray());
        assertNull(p.createFloatArray());
        assertNull(p.createDoubleArray());
        assertNull(p.createBooleanArray());
        assertNull(p.createCharArray());
        assertNull(p.createStringArray());
        assertNull(p.createStringArrayList());
        assertArrayEquals(new byte[0], p.createByteArray());
        assertArrayEquals(new int[0], p.createIntArray());
        assertArrayEquals(new long[0], p.createLongArray());
        assertArrayEquals(new float[0], p.createFloatArray());
        assertArrayEquals(new double[0], p.createDoubleArray());
        assertArrayEquals(new boolean[0], p.createBooleanArray());
        assertArrayEquals(new char[0], p.createCharArray());
        assertArrayEquals(new String[0], p.createStringArray());
        assertEquals(List.of(), p.createStringArrayList());
    }

    @Test
    void readIntoExistingArrays() {
        p.writeByteArray(new byte[] {7, 8});
        p.writeIntArray(new int[] {1, 2});
        p.writeLongArray(new long[] {3});
        p.writeFloatArray(new float[] {4f});
        p.writeDoubleArray(new double[] {5d});
        p.writeBooleanArray(new boolean[] {true});
        p.writeCharArray(new char[] {'c'});
        p.writeStringArray(new String[] {"s", null});
        rewind();
        byte[] b = new byte[2];
        int[] i = new int[2];
        long[] l = new long[1];
        float[] f = new float[1];
        double[] d = new double[1];
        boolean[] z = new boolean[1];
        char[] c = new char[1];
        String[] s = {"old", "old"};
        p.readByteArray(b);
        p.readIntArray(i);
        p.readLongArray(l);
        p.readFloatArray(f);
        p.readDoubleArray(d);
        p.readBooleanArray(z);
        p.readCharArray(c);
        p.readStringArray(s);
        assertArrayEquals(new byte[] {7, 8}, b);
        assertArrayEquals(new int[] {1, 2}, i);
        assertArrayEquals(new long[] {3}, l);
        assertArrayEquals(new float[] {4f}, f);
        assertArrayEquals(new double[] {5d}, d);
        assertArrayEquals(new boolean[] {true}, z);
        assertArrayEquals(new char[] {'c'}, c);
        assertArrayEquals(new String[] {"s", null}, s);
        assertEquals(0, p.dataAvail());
    }

    @Test
    void readIntoArrayOfWrongLengthThrows() {
        p.writeIntArray(new int[] {1, 2, 3});
        rewind();
        BadParcelableException e = assertThrows(BadParcelableException.class, () -> p.readIntArray(new int[2]));
        assertEquals("array length 3 at position 0 does not match the destination length 2", e.getMessage());
    }

    @Test
    void readIntoArrayWithTooLittleDataThrows() {
        p.writeInt(3);
        p.writeInt(1);
        rewind();
        assertEquals("array of 3 elements at position 0 does not fit in the 4 bytes left",
                assertThrows(BadParcelableException.class, () -> p.readIntArray(new int[3])).getMessage());
        p.setDataSize(6);
        rewind();
        assertThrows(BadParcelableException.class, () -> p.readByteArray(new byte[3]));
        p.setDataSize(7);
        rewind();
        assertEquals("byte array of 3 bytes at position 4 lacks its padding: 3 bytes left",
                assertThrows(BadParcelableException.class, () -> p.readByteArray(new byte[3])).getMessage());
    }

    @Test
    void bogusArrayLengthsAreRejectedWithNull() {
        // A count of 3 with only 8 bytes of elements: too long for every element size but bytes.
        p.writeInt(3);
        p.writeInt(1);
        p.writeInt(2);
        rewind();
        assertNull(p.createIntArray());
        assertEquals(4, p.dataPosition());
        for (Runnable read : List.<Runnable>of(
                () -> assertNull(p.createLongArray()),
                () -> assertNull(p.createFloatArray()),
                () -> assertNull(p.createDoubleArray()),
                () -> assertNull(p.createBooleanArray()),
                () -> assertNull(p.createCharArray()),
                () -> assertNull(p.createStringArray()),
                () -> assertNull(p.createStringArrayList()),
                () -> assertNull(p.createTypedArray(ParcelParcelableTest.Point.CREATOR)),
                () -> assertNull(p.createTypedArrayList(ParcelParcelableTest.Point.CREATOR)))) {
            rewind();
            read.run();
            assertEquals(4, p.dataPosition());
        }
    }

    @Test
    void hugeArrayLengthIsRejectedWithoutAllocating() {
        p.writeInt(Integer.MAX_VALUE);
        rewind();
        assertNull(p.createByteArray());
        rewind();
        assertNull(p.createLongArray());
    }

    @Test
    void byteArrayWithoutPaddingIsNull() {
        p.writeInt(3);
        p.setDataSize(7); // three bytes but no pad byte
        rewind();
        assertNull(p.createByteArray());
    }

    @Test
    void byteArraySlice() {
        p.writeByteArray(new byte[] {0, 1, 2, 3, 4}, 1, 3);
        rewind();
        assertArrayEquals(new byte[] {1, 2, 3}, p.createByteArray());
        assertThrows(IndexOutOfBoundsException.class, () -> p.writeByteArray(new byte[2], 1, 2));
    }

    @Test
    void stringLists() {
        p.writeStringList(Arrays.asList("a", null, "c"));
        p.writeStringList(List.of("x"));
        p.writeStringList(null);
        rewind();
        assertEquals(Arrays.asList("a", null, "c"), p.createStringArrayList());
        List<String> into = new ArrayList<>(List.of("1", "2", "3"));
        p.readStringList(into);
        assertEquals(List.of("x"), into);
        p.readStringList(into);
        assertEquals(List.of(), into);
    }

    @Test
    void readStringListExtendsShorterList() {
        p.writeStringList(List.of("a", "b"));
        rewind();
        List<String> into = new ArrayList<>(List.of("old"));
        p.readStringList(into);
        assertEquals(List.of("a", "b"), into);
    }

    @Test
    void readStringArrayOfWrongLengthThrows() {
        p.writeStringArray(new String[] {"a"});
        rewind();
        assertThrows(BadParcelableException.class, () -> p.readStringArray(new String[2]));
    }
}
