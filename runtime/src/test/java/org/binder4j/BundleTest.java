package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bundle API and wire format (scenario 71). */
class BundleTest {
    private final Parcel p = Parcel.obtain();

    @AfterEach
    void recycle() {
        p.recycle();
    }

    private static String hex(Parcel parcel) {
        return HexFormat.ofDelimiter(" ").formatHex(parcel.marshall());
    }

    @Test
    void scenario71_singleIntEntry() {
        Bundle b = new Bundle();
        b.putInt("k", 5);
        p.writeBundle(b);
        // length 20 (bytes after the magic), 'BNDL', N=1, String16 "k", VAL_INTEGER, 5
        assertEquals("14 00 00 00 42 4e 44 4c 01 00 00 00 01 00 00 00 6b 00 00 00 01 00 00 00 05 00 00 00", hex(p));
    }

    @Test
    void scenario71_emptyAndNull() {
        p.writeBundle(new Bundle());
        p.writeBundle(null);
        assertEquals("00 00 00 00 ff ff ff ff", hex(p));
        p.setDataPosition(0);
        Bundle empty = p.readBundle();
        assertTrue(empty.isEmpty());
        assertNull(p.readBundle());
        assertEquals(0, p.dataAvail());
    }

    @Test
    void everySupportedTypeRoundTripsInInsertionOrder() {
        Bundle inner = new Bundle();
        inner.putString("deep", "yes");
        Bundle b = new Bundle();
        b.putString("s", "str\uD83D\uDE00");
        b.putInt("i", -3);
        b.putLong("l", 1L << 40);
        b.putDouble("d", 2.5);
        b.putBoolean("t", true);
        b.putBoolean("f", false);
        b.putByteArray("bytes", new byte[] {1, 2, 3});
        b.putStringArray("strings", new String[] {"a", null});
        b.putIntArray("ints", new int[] {4, 5});
        b.putBundle("inner", inner);
        b.putBundle("emptyInner", new Bundle());
        b.putString("nothing", null);
        p.writeBundle(b);
        p.writeInt(0x5a5a);
        p.setDataPosition(0);
        Bundle read = p.readBundle();
        assertEquals(0x5a5a, p.readInt());
        assertEquals(b, read);
        assertEquals(List.copyOf(b.keySet()), List.copyOf(read.keySet()));
        assertEquals("str\uD83D\uDE00", read.getString("s"));
        assertEquals(-3, read.getInt("i"));
        assertEquals(1L << 40, read.getLong("l"));
        assertInstanceOf(Long.class, read.get("l"));
        assertEquals(2.5, read.getDouble("d"));
        assertTrue(read.getBoolean("t"));
        assertFalse(read.getBoolean("f", true));
        assertArrayEquals(new byte[] {1, 2, 3}, read.getByteArray("bytes"));
        assertArrayEquals(new String[] {"a", null}, read.getStringArray("strings"));
        assertArrayEquals(new int[] {4, 5}, read.getIntArray("ints"));
        assertEquals("yes", read.getBundle("inner").getString("deep"));
        assertTrue(read.getBundle("emptyInner").isEmpty());
        assertTrue(read.containsKey("nothing"));
        assertNull(read.get("nothing"));
        assertEquals(12, read.size());
    }

    @Test
    void valueTagsOnTheWire() {
        Bundle b = new Bundle();
        b.putString("n", null);
        b.putBoolean("b", true);
        b.putLong("l", 1);
        p.writeBundle(b);
        p.setDataPosition(12);
        assertEquals("n", p.readString());
        assertEquals(-1, p.readInt()); // VAL_NULL
        assertEquals("b", p.readString());
        assertEquals(9, p.readInt()); // VAL_BOOLEAN
        assertEquals(1, p.readInt());
        assertEquals("l", p.readString());
        assertEquals(6, p.readInt()); // VAL_LONG
        assertEquals(1L, p.readLong());
        assertEquals(0, p.dataAvail());
    }

    @Test
    void unsupportedTagNamesTagAndKey() {
        p.writeInt(20);
        p.writeInt(0x4C444E42);
        p.writeInt(1);
        p.writeString("f");
        p.writeInt(21); // VAL_SERIALIZABLE
        p.writeInt(0);
        p.setDataPosition(0);
        BadParcelableException e = assertThrows(BadParcelableException.class, p::readBundle);
        assertEquals("bundle value for key \"f\": unsupported value type 21 at position 20", e.getMessage());
    }

    @Test
    void nativeMagicIsAccepted() {
        p.writeInt(20);
        p.writeInt(0x4C444E44); // 'BNDN'
        p.writeInt(1);
        p.writeString("k");
        p.writeInt(1);
        p.writeInt(5);
        p.setDataPosition(0);
        assertEquals(5, p.readBundle().getInt("k"));
    }

    @Test
    void badMagicIsRejected() {
        p.writeInt(4);
        p.writeInt(0x12345678);
        p.writeInt(0);
        p.setDataPosition(0);
        assertEquals("bad bundle magic 0x12345678 at position 4",
                assertThrows(BadParcelableException.class, p::readBundle).getMessage());
    }

    @Test
    void lengthBeyondTheDataIsRejected() {
        p.writeInt(400);
        p.writeInt(0x4C444E42);
        p.writeInt(0);
        p.setDataPosition(0);
        assertThrows(BadParcelableException.class, p::readBundle);
    }

    @Test
    void unalignedLengthIsRejected() {
        p.writeInt(6);
        p.writeInt(0x4C444E42);
        p.writeInt(0);
        p.writeInt(0);
        p.setDataPosition(0);
        assertThrows(BadParcelableException.class, p::readBundle);
    }

    @Test
    void entryCountThatCannotFitIsRejected() {
        p.writeInt(4);
        p.writeInt(0x4C444E42);
        p.writeInt(1);
        p.setDataPosition(0);
        assertEquals("bundle entry count 1 does not fit its length 4",
                assertThrows(BadParcelableException.class, p::readBundle).getMessage());
    }

    @Test
    void entriesRunningPastTheDeclaredLengthAreRejected() {
        p.writeInt(12); // declares N plus one 8-byte entry, but the entry takes 16
        p.writeInt(0x4C444E42);
        p.writeInt(1);
        p.writeString("k");
        p.writeInt(1);
        p.writeInt(5);
        p.setDataPosition(0);
        assertEquals("bundle entries end at 28, past the declared end 20",
                assertThrows(BadParcelableException.class, p::readBundle).getMessage());
    }

    @Test
    void readerSkipsToTheDeclaredEnd() {
        p.writeInt(24); // four spare bytes after the one entry
        p.writeInt(0x4C444E42);
        p.writeInt(1);
        p.writeString("k");
        p.writeInt(1);
        p.writeInt(5);
        p.writeInt(0xdead);
        p.writeInt(42);
        p.setDataPosition(0);
        assertEquals(5, p.readBundle().getInt("k"));
        assertEquals(42, p.readInt());
    }

    @Test
    void creatorRejectsTheNullForm() {
        p.writeBundle(null);
        p.setDataPosition(0);
        assertThrows(BadParcelableException.class, () -> Bundle.CREATOR.createFromParcel(p));
        assertEquals(3, Bundle.CREATOR.newArray(3).length);
    }

    @Test
    void gettersReturnDefaultsForMissingOrOtherTypes() {
        Bundle b = new Bundle();
        b.putString("s", "x");
        b.putInt("i", 1);
        assertEquals(0, b.getInt("s"));
        assertEquals(9, b.getInt("missing", 9));
        assertEquals(0L, b.getLong("i"));
        assertEquals(7L, b.getLong("i", 7));
        assertEquals(0.0, b.getDouble("i"));
        assertFalse(b.getBoolean("s"));
        assertNull(b.getString("i"));
        assertEquals("dflt", b.getString("missing", "dflt"));
        assertNull(b.getByteArray("s"));
        assertNull(b.getStringArray("s"));
        assertNull(b.getIntArray("s"));
        assertNull(b.getBundle("s"));
    }

    @Test
    void mapOperations() {
        Bundle b = new Bundle();
        b.putInt("a", 1);
        b.putInt("b", 2);
        b.putInt("a", 3); // keeps its position
        assertEquals(List.of("a", "b"), List.copyOf(b.keySet()));
        assertEquals(3, b.getInt("a"));
        assertThrows(UnsupportedOperationException.class, () -> b.keySet().remove("a"));
        Bundle copy = new Bundle(b);
        b.remove("a");
        assertFalse(b.containsKey("a"));
        assertEquals(2, copy.size());
        b.clear();
        assertTrue(b.isEmpty());
        assertEquals(0, b.size());
    }

    @Test
    void equalityComparesArrayContents() {
        Bundle a = new Bundle();
        a.putIntArray("x", new int[] {1, 2});
        a.putString("s", "v");
        Bundle b = new Bundle();
        b.putString("s", "v");
        b.putIntArray("x", new int[] {1, 2});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        b.putIntArray("x", new int[] {1, 3});
        assertNotEquals(a, b);
        Bundle c = new Bundle();
        c.putString("s", null);
        Bundle d = new Bundle();
        d.putString("t", null);
        assertNotEquals(c, d);
    }

    @Test
    void toStringShowsArrayContents() {
        Bundle b = new Bundle();
        b.putIntArray("x", new int[] {1, 2});
        b.putString("s", null);
        assertEquals("Bundle{x=[1, 2], s=null}", b.toString());
    }
}
