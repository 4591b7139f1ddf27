package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * AIDL's fixed-size arrays: every dimension but the innermost as int32 length and its sub-arrays, the innermost as
 * the one-dimensional writers write it, -1 for a null array; lengths must match the declared dimensions.
 */
class ParcelFixedArraysTest {
    private final Parcel p = Parcel.obtain();

    @AfterEach
    void recycle() {
        p.recycle();
    }

    private String hex() {
        return HexFormat.ofDelimiter(" ").formatHex(p.marshall());
    }

    /** A parcelable of one int, for arrays of parcelables. */
    static final class Cell implements Parcelable {
        public static final Creator<Cell> CREATOR =
                Creator.of(Cell::new, (cell, source) -> cell.value = source.readInt(), Cell[]::new);
        int value;

        Cell() {}

        Cell(int value) {
            this.value = value;
        }

        @Override
        public void writeToParcel(Parcel dest, int flags) {
            dest.writeInt(value);
        }
    }

    @Test
    void twoDimensionalIntArrayLayout() {
        p.writeFixedArray(new int[][] {{1, 2}, {3, 4}}, 0, 2, 2);
        assertEquals("02 00 00 00 02 00 00 00 01 00 00 00 02 00 00 00 02 00 00 00 03 00 00 00 04 00 00 00", hex());
        p.setDataPosition(0);
        assertArrayEquals(new int[][] {{1, 2}, {3, 4}}, p.createFixedArray(int[][].class, 2, 2));
        assertEquals(0, p.dataAvail());
    }

    @Test
    void nullArrayIsMinusOneAndReadsAsNull() {
        p.writeFixedArray(null, 0, 2, 2);
        assertEquals("ff ff ff ff", hex());
        p.setDataPosition(0);
        assertNull(p.createFixedArray(int[][].class, 2, 2));
    }

    @Test
    void byteArraysAndStringsUseTheirOneDimensionalForms() {
        p.writeFixedArray(new byte[] {1, 2, 3}, 0, 3);
        p.writeFixedArray(new String[] {"a", null}, 0, 2);
        assertEquals("03 00 00 00 01 02 03 00 02 00 00 00 01 00 00 00 61 00 00 00 ff ff ff ff", hex());
        p.setDataPosition(0);
        assertArrayEquals(new byte[] {1, 2, 3}, p.createFixedArray(byte[].class, 3));
        assertArrayEquals(new String[] {"a", null}, p.createFixedArray(String[].class, 2));
    }

    @Test
    void parcelablesAreTypedArraysAndReadWithTheirCreator() {
        p.writeFixedArray(new Cell[][] {{new Cell(5), null}}, 0, 1, 2);
        assertEquals("01 00 00 00 02 00 00 00 01 00 00 00 05 00 00 00 00 00 00 00", hex());
        p.setDataPosition(0);
        Cell[][] read = p.createFixedArray(Cell[][].class, Cell.CREATOR, 1, 2);
        assertEquals(5, read[0][0].value);
        assertNull(read[0][1]);
        p.setDataPosition(0);
        Cell[][] dest = {{new Cell(), new Cell()}};
        p.readFixedArray(dest, Cell.CREATOR);
        assertEquals(5, dest[0][0].value);
    }

    @Test
    void interfacesAreInterfaceArrays() {
        ParcelBinderCollectionsTest.Thing thing = new ParcelBinderCollectionsTest.Thing();
        p.writeFixedArray(new ParcelBinderCollectionsTest.IThing[] {thing}, 0, 1);
        p.setDataPosition(0);
        ParcelBinderCollectionsTest.IThing[] read = p.createFixedArray(ParcelBinderCollectionsTest.IThing[].class,
                b -> (ParcelBinderCollectionsTest.IThing) b.queryLocalInterface("test.IThing"), 1);
        assertSame(thing, read[0]);
    }

    @Test
    void readIntoFillsEachDimension() {
        p.writeFixedArray(new long[][] {{1, 2}, {3, 4}}, 0, 2, 2);
        p.setDataPosition(0);
        long[][] dest = new long[2][2];
        p.readFixedArray(dest);
        assertArrayEquals(new long[][] {{1, 2}, {3, 4}}, dest);
    }

    @Test
    void writingTheWrongShapeSaysWhichDimension() {
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> p.writeFixedArray(new int[][] {{1, 2}, {3}}, 0, 2, 2));
        assertEquals("dimension 1 of a fixed-size array has length 1, its type says 2", length.getMessage());
        IllegalArgumentException inner = assertThrows(IllegalArgumentException.class,
                () -> p.writeFixedArray(new int[][] {{1, 2}, null}, 0, 2, 2));
        assertEquals("element 1 of dimension 0 of a fixed-size array is null: only the whole array may be null",
                inner.getMessage());
        IllegalArgumentException rank = assertThrows(IllegalArgumentException.class,
                () -> p.writeFixedArray(new int[][] {{1}}, 0, 1));
        assertEquals("a fixed-size array has more dimensions than the 1 its type says", rank.getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.writeFixedArray(new Object[] {new Object()}, 0, 1));
    }

    @Test
    void readingALengthOtherThanTheDeclaredOneIsABadParcelable() {
        p.writeIntArray(new int[] {1, 2, 3});
        p.setDataPosition(0);
        BadParcelableException e = assertThrows(BadParcelableException.class,
                () -> p.createFixedArray(int[].class, 2));
        assertEquals("fixed-size array at position 0 has length 3, its type says 2", e.getMessage());
        p.setDataPosition(0);
        assertThrows(BadParcelableException.class, () -> p.readFixedArray(new int[2]));
    }

    @Test
    void anInnerNullIsRefusedOnRead() {
        p.writeInt(2);
        p.writeInt(-1);
        p.setDataPosition(0);
        assertThrows(BadParcelableException.class, () -> p.createFixedArray(int[][].class, 2, 2));
    }

    @Test
    void anArrayThatDoesNotFitIsRefused() {
        p.writeInt(4);
        p.writeInt(1);
        p.setDataPosition(0);
        BadParcelableException e = assertThrows(BadParcelableException.class,
                () -> p.createFixedArray(int[].class, 4));
        assertEquals("fixed-size array of 4 elements at position 0 does not fit the 4 bytes left", e.getMessage());
    }
}
