package org.binder4j;

import static org.binder4j.protocol.FlatObjectDescriptor.BINDER_TYPE_BINDER;
import static org.binder4j.protocol.FlatObjectDescriptor.BINDER_TYPE_HANDLE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Backing memory: received buffers, pooling, binder objects, raw copies and misuse. */
class ParcelMemoryTest {
    private static final ValueLayout.OfInt INT_LE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong LONG_LE =
            ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final int[] NO_FDS = {};

    private static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }

    /** A read-only "transaction buffer" holding int 7, String16 "hi", and a HANDLE object at offset 12. */
    private static MemorySegment receivedData(Arena arena) {
        MemorySegment seg = arena.allocate(64);
        seg.set(INT_LE, 0, 7);
        seg.set(INT_LE, 4, 2);
        seg.set(ValueLayout.JAVA_CHAR_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 8, 'h');
        seg.set(ValueLayout.JAVA_CHAR_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 10, 'i');
        seg.set(INT_LE, 12, 0); // terminator + padding
        seg.set(INT_LE, 16, BINDER_TYPE_HANDLE);
        seg.set(INT_LE, 20, 0x13);
        seg.set(LONG_LE, 24, 5);
        seg.set(LONG_LE, 32, 0);
        return seg.asReadOnly();
    }

    @Test
    void receivedParcelReadsInPlaceAndReleasesOnceOnRecycle() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment data = receivedData(arena);
            MemorySegment offsets = arena.allocate(8);
            offsets.set(LONG_LE, 0, 16);
            AtomicInteger releases = new AtomicInteger();
            Parcel p = Parcel.obtain();
            p.setReceived(data, 40, offsets.asReadOnly(), 1, token -> releases.incrementAndGet(), 0, NO_FDS, 0);
            assertEquals(40, p.dataSize());
            assertEquals(0, p.dataPosition());
            assertEquals(40, p.dataCapacity());
            assertEquals(data.address(), p.dataSegment().address(), "read in place, not copied");
            assertEquals(40, p.dataSegment().byteSize());
            assertEquals(1, p.objectCount());
            assertEquals(16, p.objectOffset(0));
            assertTrue(p.isObjectAt(16));
            assertFalse(p.isObjectAt(12));
            assertEquals(7, p.readInt());
            assertEquals("hi", p.readString());
            assertEquals(BINDER_TYPE_HANDLE, p.readInt());
            assertEquals(0x13, p.readInt());
            assertEquals(5, p.readLong());
            assertEquals(0, p.readLong());
            assertEquals(0, p.dataAvail());
            assertEquals(0, releases.get());
            p.recycle();
            assertEquals(1, releases.get());
            assertThrows(IllegalStateException.class, p::recycle);
            assertEquals(1, releases.get());
        }
    }

    @Test
    void writingToAReceivedParcelCopiesThenReleases() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment data = receivedData(arena);
            AtomicInteger releases = new AtomicInteger();
            Parcel p = Parcel.obtain();
            p.setReceived(data, 16, MemorySegment.NULL, 0, token -> releases.incrementAndGet(), 0, NO_FDS, 0);
            p.setDataPosition(16);
            p.writeInt(9);
            assertEquals(1, releases.get());
            assertNotEquals(data.address(), p.dataSegment().address());
            assertEquals(20, p.dataSize());
            p.setDataPosition(0);
            assertEquals(7, p.readInt());
            assertEquals("hi", p.readString());
            assertEquals(9, p.readInt());
            p.recycle();
            assertEquals(1, releases.get());
        }
    }

    @Test
    void overwritingAReceivedParcelInTheMiddleKeepsTheRest() {
        try (Arena arena = Arena.ofConfined()) {
            AtomicInteger releases = new AtomicInteger();
            Parcel p = Parcel.obtain();
            p.setReceived(receivedData(arena), 16, MemorySegment.NULL, 0, token -> releases.incrementAndGet(), 0, NO_FDS, 0);
            p.writeInt(8);
            assertEquals(16, p.dataSize());
            p.setDataPosition(0);
            assertEquals(8, p.readInt());
            assertEquals("hi", p.readString());
            assertEquals(1, releases.get());
            p.recycle();
        }
    }

    @Test
    void receivingAgainOrUnmarshallingReleasesThePreviousBuffer() {
        try (Arena arena = Arena.ofConfined()) {
            AtomicInteger first = new AtomicInteger();
            AtomicInteger second = new AtomicInteger();
            Parcel p = Parcel.obtain();
            p.setReceived(receivedData(arena), 16, MemorySegment.NULL, 0, token -> first.incrementAndGet(), 0, NO_FDS, 0);
            p.setReceived(receivedData(arena), 4, MemorySegment.NULL, 0, token -> second.incrementAndGet(), 0, NO_FDS, 0);
            assertEquals(1, first.get());
            assertEquals(0, second.get());
            assertEquals(7, p.readInt());
            p.unmarshall(new byte[] {1, 0, 0, 0}, 0, 4);
            assertEquals(1, second.get());
            p.recycle();
            assertEquals(1, first.get());
            assertEquals(1, second.get());
        }
    }

    @Test
    void shrinkingAReceivedParcelStaysInPlace() {
        try (Arena arena = Arena.ofConfined()) {
            AtomicInteger releases = new AtomicInteger();
            MemorySegment data = receivedData(arena);
            Parcel p = Parcel.obtain();
            p.setReceived(data, 16, MemorySegment.NULL, 0, token -> releases.incrementAndGet(), 0, NO_FDS, 0);
            p.setDataSize(4);
            assertEquals(0, releases.get());
            assertEquals(data.address(), p.dataSegment().address());
            p.setDataSize(8);
            assertEquals(1, releases.get());
            assertEquals("07 00 00 00 00 00 00 00", hex(p.marshall()));
            p.recycle();
            assertEquals(1, releases.get());
        }
    }

    @Test
    void setReceivedRejectsOffsetsOutsideTheData() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment offsets = arena.allocate(8);
            offsets.set(LONG_LE, 0, 20);
            Parcel p = Parcel.obtain();
            AtomicInteger releases = new AtomicInteger();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> p.setReceived(receivedData(arena), 40, offsets, 1, token -> releases.incrementAndGet(), 0, NO_FDS, 0));
            assertEquals("object offset 20 outside data of 40 bytes", e.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> p.setReceived(receivedData(arena), 65, offsets, 0, token -> releases.incrementAndGet(), 0, NO_FDS, 0));
            assertThrows(IllegalArgumentException.class,
                    () -> p.setReceived(receivedData(arena), 40, offsets, 2, token -> releases.incrementAndGet(), 0, NO_FDS, 0));
            assertEquals(0, releases.get());
            assertEquals(0, p.dataSize());
            p.recycle();
        }
    }

    @Test
    void poolReturnsACleanParcel() {
        Parcel p = Parcel.obtain();
        p.writeInt(1);
        p.writeFlatObject(BINDER_TYPE_BINDER, 0, 1, 2, true);
        p.recycle();
        // The pool is shared with other tests; drain enough parcels to be sure we get ours back.
        Parcel[] taken = new Parcel[64];
        boolean sawIt = false;
        for (int i = 0; i < taken.length; i++) {
            taken[i] = Parcel.obtain();
            assertEquals(0, taken[i].dataSize());
            assertEquals(0, taken[i].dataPosition());
            assertEquals(0, taken[i].objectCount());
            sawIt |= taken[i] == p;
        }
        assertTrue(sawIt, "a recycled parcel is reused");
        p.writeInt(3);
        assertEquals(4, p.dataSize());
        for (Parcel t : taken) {
            t.recycle();
        }
    }

    @Test
    void warmParcelKeepsItsSegment() {
        Parcel p = Parcel.obtain();
        p.writeInt(1);
        long address = p.dataSegment().address();
        int capacity = p.dataCapacity();
        p.setDataSize(0);
        p.writeLong(2);
        assertEquals(address, p.dataSegment().address());
        assertEquals(capacity, p.dataCapacity());
        p.recycle();
    }

    @Test
    void growthDoublesAndKeepsData() {
        Parcel p = Parcel.obtain();
        p.writeInt(0);
        int before = p.dataCapacity();
        for (int i = 0; i < before / 4 + 1; i++) {
            p.writeInt(i);
        }
        assertEquals(2 * before, p.dataCapacity());
        p.setDataPosition(4);
        for (int i = 0; i < before / 4 + 1; i++) {
            assertEquals(i, p.readInt());
        }
        p.recycle();
    }

    @Test
    void useAfterRecycleIsRejected() {
        Parcel p = Parcel.obtain();
        p.writeInt(1);
        p.recycle();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.writeInt(2));
        assertEquals("Parcel used after recycle()", e.getMessage());
        assertThrows(IllegalStateException.class, () -> p.writeString("s"));
        assertThrows(IllegalStateException.class, () -> p.unmarshall(new byte[4], 0, 4));
        assertThrows(IllegalStateException.class, () -> p.setDataSize(8));
        assertEquals(0, p.readInt());
    }

    @Test
    void positionAndSizeMisuse() {
        Parcel p = Parcel.obtain();
        p.writeInt(1);
        assertEquals("data position 5 outside [0, 4]",
                assertThrows(IllegalArgumentException.class, () -> p.setDataPosition(5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.setDataPosition(-1));
        assertEquals("negative data size -1",
                assertThrows(IllegalArgumentException.class, () -> p.setDataSize(-1)).getMessage());
        p.recycle();
    }

    @Test
    void setDataSizeGrowsWithZerosAndShrinksPosition() {
        Parcel p = Parcel.obtain();
        p.writeInt(-1);
        p.writeInt(-1);
        p.setDataSize(2);
        assertEquals(2, p.dataPosition());
        p.setDataSize(8);
        assertEquals("ff ff 00 00 00 00 00 00", hex(p.marshall()));
        assertEquals(2, p.dataPosition());
        p.recycle();
    }

    @Test
    void flatObjectsAreWrittenInlineAndRecorded() {
        Parcel p = Parcel.obtain();
        p.writeInt(0x11);
        p.writeFlatObject(BINDER_TYPE_BINDER, 0x113, 0x1122334455667788L, 0x0102030405060708L, true);
        p.writeInt(12); // stability word
        p.writeFlatObject(BINDER_TYPE_BINDER, 0x13, 0, 0, false); // null binder: not in the table
        p.writeInt(0);
        p.writeFlatObject(BINDER_TYPE_HANDLE, 0x13, 3, 0, true);
        assertEquals(4 + 3 * 24 + 2 * 4, p.dataSize());
        assertEquals(2, p.objectCount());
        assertEquals(4, p.objectOffset(0));
        assertEquals(60, p.objectOffset(1));
        assertTrue(p.isObjectAt(4));
        assertFalse(p.isObjectAt(32));
        assertTrue(p.isObjectAt(60));
        assertThrows(IndexOutOfBoundsException.class, () -> p.objectOffset(2));
        byte[] bytes = new byte[p.dataSize()];
        MemorySegment.copy(p.dataSegment(), ValueLayout.JAVA_BYTE, 0, bytes, 0, bytes.length);
        assertEquals("11 00 00 00 85 2a 62 73 13 01 00 00 88 77 66 55 44 33 22 11 08 07 06 05 04 03 02 01"
                + " 0c 00 00 00 85 2a 62 73 13 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
                + " 00 00 00 00 85 2a 68 73 13 00 00 00 03 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00",
                hex(bytes));
        p.setDataPosition(4);
        assertEquals(BINDER_TYPE_BINDER, p.readInt());
        assertEquals(0x113, p.readInt());
        assertEquals(0x1122334455667788L, p.readLong());
        assertEquals(0x0102030405060708L, p.readLong());
        p.recycle();
    }

    @Test
    void objectTableGrowsAndShrinksWithTheData() {
        Parcel p = Parcel.obtain();
        for (int i = 0; i < 10; i++) {
            p.writeFlatObject(BINDER_TYPE_HANDLE, 0, i, 0, true);
        }
        assertEquals(10, p.objectCount());
        assertEquals(9 * 24, p.objectOffset(9));
        p.setDataSize(5 * 24 + 4);
        assertEquals(5, p.objectCount());
        p.setDataSize(0);
        assertEquals(0, p.objectCount());
        p.recycle();
    }

    @Test
    void marshallRefusesBinderObjects() {
        Parcel p = Parcel.obtain();
        p.writeFlatObject(BINDER_TYPE_BINDER, 0, 1, 2, true);
        assertEquals("cannot marshall a parcel holding 1 binder objects",
                assertThrows(IllegalStateException.class, p::marshall).getMessage());
        p.recycle();
    }

    @Test
    void unmarshallLeavesPositionAtTheEndLikeAndroid() {
        Parcel p = Parcel.obtain();
        p.writeInt(99);
        p.unmarshall(new byte[] {0, 5, 0, 0, 0, 6, 0, 0, 0}, 1, 8);
        assertEquals(8, p.dataSize());
        assertEquals(8, p.dataPosition());
        p.setDataPosition(0);
        assertEquals(5, p.readInt());
        assertEquals(6, p.readInt());
        assertArrayEquals(new byte[] {5, 0, 0, 0, 6, 0, 0, 0}, p.marshall());
        p.recycle();
    }

    @Test
    void appendFromCopiesPlainData() {
        Parcel src = Parcel.obtain();
        src.writeInt(1);
        src.writeString("ab");
        src.writeInt(3);
        Parcel dst = Parcel.obtain();
        dst.writeInt(9);
        dst.appendFrom(src, 4, 12);
        assertEquals(16, dst.dataPosition());
        dst.setDataPosition(4);
        assertEquals("ab", dst.readString());
        assertEquals(0, dst.dataAvail());
        assertThrows(IndexOutOfBoundsException.class, () -> dst.appendFrom(src, 16, 8));
        src.recycle();
        dst.recycle();
    }

    @Test
    void appendFromItselfAndFromAReceivedParcel() {
        try (Arena arena = Arena.ofConfined()) {
            Parcel src = Parcel.obtain();
            AtomicInteger releases = new AtomicInteger();
            src.setReceived(receivedData(arena), 16, MemorySegment.NULL, 0, token -> releases.incrementAndGet(), 0, NO_FDS, 0);
            Parcel dst = Parcel.obtain();
            dst.appendFrom(src, 0, 16);
            dst.appendFrom(dst, 0, 4);
            assertEquals(0, releases.get(), "reading a received parcel does not release it");
            dst.setDataPosition(0);
            assertEquals(7, dst.readInt());
            assertEquals("hi", dst.readString());
            assertEquals(7, dst.readInt());
            src.recycle();
            dst.recycle();
            assertEquals(1, releases.get());
        }
    }

    @Test
    void appendFromRefusesBinderObjects() {
        Parcel src = Parcel.obtain();
        src.writeInt(1);
        src.writeFlatObject(BINDER_TYPE_BINDER, 0, 1, 2, true);
        Parcel dst = Parcel.obtain();
        assertEquals("range [0, 8) overlaps the binder object at 4",
                assertThrows(IllegalArgumentException.class, () -> dst.appendFrom(src, 0, 8)).getMessage());
        dst.appendFrom(src, 0, 4);
        assertEquals(4, dst.dataSize());
        src.recycle();
        dst.recycle();
    }

    @Test
    void obtainHandsOutDistinctParcels() {
        Parcel a = Parcel.obtain();
        Parcel b = Parcel.obtain();
        assertNotSame(a, b);
        a.recycle();
        b.recycle();
        Parcel c = Parcel.obtain();
        Parcel d = Parcel.obtain();
        assertNotSame(c, d);
        c.recycle();
        d.recycle();
    }
}
