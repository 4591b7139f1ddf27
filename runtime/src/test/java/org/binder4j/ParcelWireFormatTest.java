package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Byte-exact encodings: acceptance scenarios 65-68, 70 and 72 of the reference, and the padding rules. */
class ParcelWireFormatTest {
    private final Parcel p = Parcel.obtain();

    @AfterEach
    void recycle() {
        p.recycle();
    }

    private static String hex(Parcel parcel) {
        return HexFormat.ofDelimiter(" ").formatHex(parcel.marshall());
    }

    @Test
    void scenario65_int32AndInt64WithoutEightByteAlignment() {
        p.writeInt(1);
        assertEquals("01 00 00 00", hex(p));
        p.writeLong(2);
        assertEquals(12, p.dataSize());
        assertEquals("01 00 00 00 02 00 00 00 00 00 00 00", hex(p));
    }

    @Test
    void scenario66_string16() {
        p.writeString16("ab");
        assertEquals("02 00 00 00 61 00 62 00 00 00 00 00", hex(p));
    }

    @Test
    void scenario66_nullString16() {
        p.writeString(null);
        assertEquals("ff ff ff ff", hex(p));
    }

    @Test
    void scenario66_string8() {
        p.writeString8("ab");
        assertEquals("02 00 00 00 61 62 00 00", hex(p));
    }

    @Test
    void scenario67_byteArrayPaddedToFour() {
        p.writeByteArray(new byte[] {1, 2, 3});
        assertEquals("03 00 00 00 01 02 03 00", hex(p));
    }

    @Test
    void scenario67_nullByteArray() {
        p.writeByteArray(null);
        assertEquals("ff ff ff ff", hex(p));
    }

    @Test
    void scenario67_booleanCharByteTakeFourBytesEach() {
        p.writeBoolean(true);
        p.writeChar('A');
        p.writeByte((byte) -2);
        assertEquals("01 00 00 00 41 00 00 00 fe ff ff ff", hex(p));
    }

    @Test
    void scenario68_interfaceToken() {
        p.writeInterfaceToken("foo");
        assertEquals("00 00 00 80 ff ff ff ff 54 53 59 53 03 00 00 00 66 00 6f 00 6f 00 00 00", hex(p));
    }

    @Test
    void scenario70_sizedParcelableAndNullableMarker() {
        p.writeInt(1); // typed-object marker: present
        int start = p.beginSizedWrite();
        p.writeInt(7);
        p.writeLong(8);
        p.endSizedWrite(start);
        p.writeTypedObject(null, 0);
        assertEquals("01 00 00 00 10 00 00 00 07 00 00 00 08 00 00 00 00 00 00 00 00 00 00 00", hex(p));
    }

    @Test
    void scenario72_readingPastTheEndYieldsZero() {
        p.writeInt(5);
        p.setDataPosition(0);
        assertEquals(5, p.readInt());
        assertEquals(0, p.readInt());
        assertEquals(0L, p.readLong());
        assertEquals(0f, p.readFloat());
        assertEquals(0d, p.readDouble());
        assertEquals(4, p.dataPosition());
    }

    @Test
    void partialReadLeavesPositionAndReturnsZero() {
        p.writeInt(5);
        p.writeInt(6);
        p.setDataPosition(4);
        assertEquals(0L, p.readLong());
        assertEquals(4, p.dataPosition());
        assertEquals(6, p.readInt());
    }

    @Test
    void scalarsAreLittleEndian() {
        p.writeInt(0x01020304);
        p.writeLong(0x0102030405060708L);
        p.writeFloat(1.0f);
        p.writeDouble(1.0);
        assertEquals("04 03 02 01 08 07 06 05 04 03 02 01 00 00 80 3f 00 00 00 00 00 00 f0 3f", hex(p));
    }

    @Test
    void string16PaddingWhenTerminatorEndsAWord() {
        p.writeString("a");
        assertEquals("01 00 00 00 61 00 00 00", hex(p));
    }

    @Test
    void emptyStrings() {
        p.writeString("");
        p.writeString8("");
        assertEquals("00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00", hex(p));
    }

    @Test
    void nonBmpString16IsTwoUnits() {
        p.writeString("\uD83D\uDE00"); // U+1F600
        assertEquals("02 00 00 00 3d d8 00 de 00 00 00 00", hex(p));
    }

    @Test
    void string8IsUtf8() {
        p.writeString8("é");
        assertEquals("02 00 00 00 c3 a9 00 00", hex(p));
    }

    @Test
    void paddingBytesAreZeroEvenOverDirtyMemory() {
        // Fill the buffer with 0xff, then overwrite from the start: every pad byte must be rewritten.
        for (int i = 0; i < 8; i++) {
            p.writeInt(-1);
        }
        p.setDataSize(0);
        p.writeByteArray(new byte[] {9});
        p.writeString8("xyz");
        p.writeString("q");
        p.writeByteArray(new byte[] {1, 2, 3, 4, 5}, 1, 2);
        assertEquals("01 00 00 00 09 00 00 00 03 00 00 00 78 79 7a 00 01 00 00 00 71 00 00 00"
                + " 02 00 00 00 02 03 00 00", hex(p));
    }

    @Test
    void arraysAndLists() {
        p.writeIntArray(new int[] {1, -1});
        p.writeLongArray(new long[] {3});
        p.writeBooleanArray(new boolean[] {true, false});
        p.writeCharArray(new char[] {'z'});
        p.writeStringArray(new String[] {"a", null});
        p.writeIntArray(null);
        assertEquals("02 00 00 00 01 00 00 00 ff ff ff ff"
                + " 01 00 00 00 03 00 00 00 00 00 00 00"
                + " 02 00 00 00 01 00 00 00 00 00 00 00"
                + " 01 00 00 00 7a 00 00 00"
                + " 02 00 00 00 01 00 00 00 61 00 00 00 ff ff ff ff"
                + " ff ff ff ff", hex(p));
    }

    @Test
    void typedObjectMarkers() {
        p.writeTypedObject(new ParcelParcelableTest.Point(3, 4), 0);
        p.writeTypedObject(null, 0);
        p.writeTypedArray(new ParcelParcelableTest.Point[] {null}, 0);
        assertEquals("01 00 00 00 03 00 00 00 04 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00", hex(p));
    }

    @Test
    void exceptionReplyHeader_scenario62() {
        p.writeException(new IllegalStateException("x"));
        // code -5, String16 "x", stack trace header 0
        assertEquals("fb ff ff ff 01 00 00 00 78 00 00 00 00 00 00 00", hex(p));
    }

    @Test
    void serviceSpecificReplyHeader() {
        p.writeException(new ServiceSpecificException(42, null));
        assertEquals("f8 ff ff ff ff ff ff ff 00 00 00 00 2a 00 00 00", hex(p));
    }

    @Test
    void successReplyHeader_scenario62() {
        p.writeNoException();
        p.writeInt(9);
        assertEquals("00 00 00 00 09 00 00 00", hex(p));
    }
}
