package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scenario 69: how a binder object is laid out in a parcel, byte for byte. */
class ParcelBinderLayoutTest {
    private final Parcel p = Parcel.obtain();

    @AfterEach
    void recycle() {
        p.recycle();
    }

    private String hex(int from, int to) {
        byte[] bytes = new byte[to - from];
        MemorySegment.copy(p.dataSegment(), ValueLayout.JAVA_BYTE, from, bytes, 0, bytes.length);
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }

    @Test
    void scenario69_strongBinderIsAListedFlatObjectThenASystemStabilityWord() {
        Binder local = new Binder("layout.test");
        p.writeInt(7);
        p.writeStrongBinder(local);
        assertEquals(4 + 24 + 4, p.dataSize());
        assertEquals(1, p.objectCount());
        assertEquals(4, p.objectOffset(0));
        // type BINDER_TYPE_BINDER ('sb*' 0x85), flags ACCEPTS_FDS | priority 0x13
        assertEquals("85 2a 62 73 13 01 00 00", hex(4, 12));
        long cookie = local.cookie();
        String cookieHex = HexFormat.ofDelimiter(" ")
                .formatHex(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(cookie).array());
        assertEquals(cookieHex + " " + cookieHex, hex(12, 28), "binder and cookie both name the local object");
        assertEquals("0c 00 00 00", hex(28, 32), "SYSTEM stability, never 0 for a non-null binder");
        p.setDataPosition(4);
        assertSame(local, p.readStrongBinder());
    }

    @Test
    void scenario69_nullBinderIsAZeroBinderObjectOutsideTheTableThenZero() {
        p.writeStrongBinder(null);
        assertEquals(24 + 4, p.dataSize());
        assertEquals(0, p.objectCount());
        assertFalse(p.isObjectAt(0));
        assertEquals("85 2a 62 73 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00",
                hex(0, 28));
        p.setDataPosition(0);
        assertNull(p.readStrongBinder());
        assertEquals(0, p.dataAvail(), "the reader consumed the stability word too");
    }
}
