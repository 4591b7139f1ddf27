package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Android's self-describing values ({@code writeValue}: a VAL_* tag, a length prefix for maps, lists, parcelables
 * and object arrays), the untyped List and Map built on them, and AIDL's {@code Map<String, V>}.
 */
class ParcelValuesTest {
    private final Parcel p = Parcel.obtain();

    @AfterEach
    void recycle() {
        p.recycle();
    }

    private String hex() {
        return HexFormat.ofDelimiter(" ").formatHex(p.marshall());
    }

    private Object roundTrip(Object value) {
        p.setDataSize(0);
        p.writeValue(value);
        p.setDataPosition(0);
        Object read = p.readValue(null);
        assertEquals(0, p.dataAvail(), () -> "unread bytes after " + value);
        return read;
    }

    @Test
    void scalarsAreATagAndTheValue() {
        p.writeValue(5);
        p.writeValue(null);
        p.writeValue(true);
        assertEquals("01 00 00 00 05 00 00 00 ff ff ff ff 09 00 00 00 01 00 00 00", hex());
    }

    @Test
    void listsHaveALengthPrefixAfterTheTag() {
        p.writeValue(List.of(7));
        // VAL_LIST, 12 bytes follow: count 1, VAL_INTEGER, 7
        assertEquals("0b 00 00 00 0c 00 00 00 01 00 00 00 01 00 00 00 07 00 00 00", hex());
    }

    @Test
    void everySupportedTypeRoundTrips() {
        for (Object value : List.of("s", 1, 2L, (short) 3, (byte) 4, 5.5f, 6.5d, false, 'c')) {
            assertEquals(value, roundTrip(value));
        }
        assertArrayEquals(new int[] {1, 2}, (int[]) roundTrip(new int[] {1, 2}));
        assertArrayEquals(new long[] {3}, (long[]) roundTrip(new long[] {3}));
        assertArrayEquals(new byte[] {4}, (byte[]) roundTrip(new byte[] {4}));
        assertArrayEquals(new short[] {5}, (short[]) roundTrip(new short[] {5}));
        assertArrayEquals(new char[] {'x'}, (char[]) roundTrip(new char[] {'x'}));
        assertArrayEquals(new float[] {1f}, (float[]) roundTrip(new float[] {1f}));
        assertArrayEquals(new double[] {2d}, (double[]) roundTrip(new double[] {2d}));
        assertArrayEquals(new boolean[] {true}, (boolean[]) roundTrip(new boolean[] {true}));
        assertArrayEquals(new String[] {"a"}, (String[]) roundTrip(new String[] {"a"}));
        assertArrayEquals(new Object[] {"a", 1}, (Object[]) roundTrip(new Object[] {"a", 1}));
        assertArrayEquals(new CharSequence[] {"q"}, (CharSequence[]) roundTrip(new CharSequence[] {"q"}));
        assertEquals("text", roundTrip(new StringBuilder("text")).toString());
        Bundle bundle = new Bundle();
        bundle.putInt("k", 1);
        assertEquals(bundle, roundTrip(bundle));
        assertEquals(List.of(1, "two"), roundTrip(List.of(1, "two")));
        assertEquals(Map.of("k", List.of(1L)), roundTrip(Map.of("k", List.of(1L))));
        Binder binder = new Binder();
        assertEquals(binder, roundTrip(binder));
        ParcelFixedArraysTest.Cell cell = new ParcelFixedArraysTest.Cell(9);
        assertEquals(9, ((ParcelFixedArraysTest.Cell) roundTrip(cell)).value, "by class name, length-prefixed");
    }

    @Test
    void unsupportedTypesAreRefusedOnBothSides() {
        IllegalArgumentException write = assertThrows(IllegalArgumentException.class,
                () -> p.writeValue(new java.util.Date()));
        assertEquals("Parcel: no encoding for a value of type java.util.Date (serializable objects are not supported)",
                write.getMessage());
        assertEquals(0, p.dataSize(), "nothing is written");
        p.writeInt(21);
        p.setDataPosition(0);
        BadParcelableException read = assertThrows(BadParcelableException.class, () -> p.readValue(null));
        assertEquals("unsupported value type 21 at position 0", read.getMessage());
    }

    @Test
    void aLengthPrefixThatDisagreesIsABadParcelable() {
        p.writeInt(11); // VAL_LIST
        p.writeInt(8); // but the list takes 12 bytes
        p.writeInt(1);
        p.writeValue(7);
        p.setDataPosition(0);
        BadParcelableException e = assertThrows(BadParcelableException.class, () -> p.readValue(null));
        assertEquals("value of type 11 at position 0 took 12 bytes, its length prefix says 8", e.getMessage());
    }

    @Test
    void untypedListAndMap() {
        p.writeList(List.of("a", 1));
        p.writeList(null);
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("k", 2);
        map.put(3, null);
        p.writeMap(map);
        p.writeMap(null);
        p.setDataPosition(0);
        assertEquals(List.of("a", 1), p.readArrayList(null));
        assertNull(p.readArrayList(null));
        assertEquals(map, p.readHashMap(null));
        assertNull(p.readHashMap(null));
    }

    @Test
    void readListAndReadMapAddToTheDestinationAsAndroidDoes() {
        p.writeList(List.of(2));
        p.writeMap(Map.of("b", 2));
        p.setDataPosition(0);
        List<Object> list = new ArrayList<>(List.of(1));
        p.readList(list, null);
        assertEquals(List.of(1, 2), list);
        Map<Object, Object> map = new HashMap<>(Map.of("a", 1));
        p.readMap(map, null);
        assertEquals(Map.of("a", 1, "b", 2), map);
    }

    @Test
    void stringKeyedMapIsCountThenKeyAndValuePairs() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("a", "b");
        p.writeTypedMap(map, 0, (parcel, value, flags) -> parcel.writeString(value));
        assertEquals("01 00 00 00 01 00 00 00 61 00 00 00 01 00 00 00 62 00 00 00", hex());
        p.<String>writeTypedMap(null, 0, (parcel, value, flags) -> parcel.writeString(value));
        p.setDataPosition(0);
        assertEquals(Map.of("a", "b"), p.createTypedHashMap(Parcel::readString));
        assertNull(p.createTypedHashMap(Parcel::readString));
    }

    @Test
    void stringKeyedMapPassesTheFlagsAndReadIntoReplacesEntries() {
        List<Integer> flagsSeen = new ArrayList<>();
        p.writeTypedMap(Map.of("k", 1), Parcelable.PARCELABLE_WRITE_RETURN_VALUE, (parcel, value, flags) -> {
            flagsSeen.add(flags);
            parcel.writeInt(value);
        });
        assertEquals(List.of(Parcelable.PARCELABLE_WRITE_RETURN_VALUE), flagsSeen);
        p.setDataPosition(0);
        Map<String, Integer> dest = new HashMap<>(Map.of("old", 0));
        p.readTypedMap(dest, Parcel::readInt);
        assertEquals(Map.of("k", 1), dest);
    }
}
