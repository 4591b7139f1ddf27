package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import org.binder4j.protocol.FlatObjectDescriptor;
import org.binder4j.sys.Fds;
import org.binder4j.sys.SysException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * File descriptors in parcels: the FD object byte for byte, who owns which descriptor (scenario 35's
 * rules: a parcel closes the copies it made or was given and every descriptor it received, nothing
 * else), and reading them back as copies.
 */
class ParcelFileDescriptorsTest {
    private static final ValueLayout.OfInt INT_LE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong LONG_LE = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final Arena arena = Arena.ofConfined();
    private int[] pipe;
    private int openBefore;

    @BeforeEach
    void openPipe() {
        openBefore = Fds.countOpen();
        pipe = Fds.pipe();
    }

    @AfterEach
    void closeEverything() {
        Fds.closeQuietly(pipe[0]);
        Fds.closeQuietly(pipe[1]);
        arena.close();
        assertEquals(openBefore, Fds.countOpen(), "descriptors left open");
    }

    private static String hex(MemorySegment bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes.toArray(ValueLayout.JAVA_BYTE));
    }

    private static String le32(int value) {
        return HexFormat.ofDelimiter(" ").formatHex(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array());
    }

    /** Writes one byte into the pipe through {@code fd} and reads it from the pipe's read end. */
    private int roundTripThrough(int fd, int value) {
        MemorySegment buffer = arena.allocate(1);
        buffer.set(ValueLayout.JAVA_BYTE, 0, (byte) value);
        assertEquals(1, Fds.write(fd, buffer, 1));
        buffer.set(ValueLayout.JAVA_BYTE, 0, (byte) 0);
        assertEquals(1, Fds.read(pipe[0], buffer, 1));
        return buffer.get(ValueLayout.JAVA_BYTE, 0);
    }

    @Test
    void fdObjectIsTwentyFourBytesListedInTheObjectTable() {
        Parcel p = Parcel.obtain();
        p.writeInt(5);
        p.writeFileDescriptor(pipe[1]);

        MemorySegment bytes = p.dataSegment();
        int copy = bytes.get(INT_LE, 4 + FlatObjectDescriptor.FD_OFFSET);
        assertEquals("05 00 00 00 85 2a 64 66 00 00 00 00 " + le32(copy) + " 00 00 00 00 01 00 00 00 00 00 00 00",
                hex(bytes));
        assertEquals(28, p.dataSize());
        assertEquals(1, p.objectCount());
        assertEquals(4, p.objectOffset(0));
        assertTrue(p.hasFileDescriptors());
        assertNotEquals(pipe[1], copy, "the parcel holds a copy");
        assertTrue(Fds.isCloseOnExec(copy));
        assertEquals(7, roundTripThrough(copy, 7));

        p.recycle();

        assertFalse(Fds.isOpen(copy), "the parcel closed its copy");
        assertTrue(Fds.isOpen(pipe[1]), "the caller's descriptor is untouched");
    }

    @Test
    void borrowedDescriptorIsWrittenAsItselfWithCookieZeroAndLeftOpen() {
        Parcel p = Parcel.obtain();
        p.writeFileDescriptor(pipe[1], false);

        MemorySegment bytes = p.dataSegment();
        assertEquals(pipe[1], bytes.get(INT_LE, FlatObjectDescriptor.FD_OFFSET));
        assertEquals(0, bytes.get(LONG_LE, FlatObjectDescriptor.COOKIE_OFFSET));
        p.recycle();

        assertTrue(Fds.isOpen(pipe[1]));
    }

    @Test
    void ownedDescriptorIsWrittenAsItselfWithCookieOneAndClosedOnRecycle() {
        int given = Fds.dup(pipe[1]);
        Parcel p = Parcel.obtain();
        p.writeFileDescriptor(given, true);

        assertEquals(given, p.dataSegment().get(INT_LE, FlatObjectDescriptor.FD_OFFSET));
        assertEquals(FlatObjectDescriptor.FD_COOKIE_OWNED, p.dataSegment().get(LONG_LE, FlatObjectDescriptor.COOKIE_OFFSET));
        p.recycle();

        assertFalse(Fds.isOpen(given));
    }

    @Test
    void writingADescriptorThatIsNotOpenFails() {
        Parcel p = Parcel.obtain();
        int closed = Fds.dup(pipe[1]);
        Fds.close(closed);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.writeFileDescriptor(closed, false));
        assertEquals("descriptor " + closed + " is not open", e.getMessage());
        assertThrows(SysException.class, () -> p.writeFileDescriptor(closed));
        assertEquals(0, p.dataSize(), "nothing written");
        p.recycle();
    }

    @Test
    void readFileDescriptorReturnsACopyTheCallerOwns() throws IOException {
        Parcel p = Parcel.obtain();
        p.writeFileDescriptor(pipe[1]);
        int parcelCopy = p.dataSegment().get(INT_LE, FlatObjectDescriptor.FD_OFFSET);
        p.setDataPosition(0);

        ParcelFileDescriptor read = p.readFileDescriptor();
        p.recycle();

        assertNotEquals(parcelCopy, read.getFd());
        assertEquals(9, roundTripThrough(read.getFd(), 9), "still open after the parcel went");
        read.close();
    }

    @Test
    void receivedParcelOwnsItsDescriptorsAndObjectsIndexThem() {
        int first = Fds.dup(pipe[1]);
        int second = Fds.dup(pipe[1]);
        Parcel p = received(1, first, second);

        ParcelFileDescriptor read = p.readFileDescriptor();
        assertEquals(3, roundTripThrough(read.getFd(), 3));
        assertNotEquals(second, read.getFd(), "a copy of the received descriptor");
        p.recycle();

        assertFalse(Fds.isOpen(first), "every received descriptor belongs to the parcel");
        assertFalse(Fds.isOpen(second));
        assertTrue(Fds.isOpen(read.getFd()));
        read.close();
    }

    @Test
    void writingToAReceivedParcelKeepsItsDescriptorsReadable() {
        Parcel p = received(0, Fds.dup(pipe[1]));

        p.setDataPosition(FlatObjectDescriptor.SIZE_BYTES);
        p.writeInt(77);
        p.setDataPosition(0);

        try (ParcelFileDescriptor read = p.readFileDescriptor()) {
            assertEquals(4, roundTripThrough(read.getFd(), 4));
        }
        assertEquals(77, p.readInt());
        p.recycle();
    }

    @Test
    void readingWhereThereIsNoFileDescriptorFails() {
        Parcel p = Parcel.obtain();
        p.writeInt(1);
        p.setDataPosition(0);

        BadParcelableException e = assertThrows(BadParcelableException.class, p::readFileDescriptor);
        assertEquals("no file descriptor object at position 0", e.getMessage());
        assertFalse(p.hasFileDescriptors());
        p.recycle();
    }

    @Test
    void receivedObjectNamingADescriptorThatDidNotComeFails() {
        Parcel p = received(5, Fds.dup(pipe[1]), Fds.dup(pipe[1]));

        BadParcelableException e = assertThrows(BadParcelableException.class, p::readFileDescriptor);
        assertEquals("the file descriptor object at position 0 names descriptor 5 of the 2 that came with the"
                + " transaction", e.getMessage());
        p.recycle();
    }

    @Test
    void fileDescriptorObjectWithJavaFileDescriptor() throws IOException {
        try (ParcelFileDescriptor writeEnd = ParcelFileDescriptor.fromFd(pipe[1])) {
            Parcel p = Parcel.obtain();
            p.writeFileDescriptor(writeEnd.getFileDescriptor());
            p.setDataPosition(0);
            try (ParcelFileDescriptor read = p.readFileDescriptor()) {
                assertEquals(6, roundTripThrough(read.getFd(), 6));
            }
            p.recycle();
        }
    }

    @Test
    void parcelableFormIsZeroThenTheDescriptor() throws IOException {
        ParcelFileDescriptor pfd = ParcelFileDescriptor.fromFd(pipe[1]);
        Parcel p = Parcel.obtain();
        p.writeTypedObject(pfd, 0);

        assertEquals(1, p.dataSegment().get(INT_LE, 0), "typed-object marker");
        assertEquals(0, p.dataSegment().get(INT_LE, 4), "no comm channel");
        assertEquals(FlatObjectDescriptor.BINDER_TYPE_FD, p.dataSegment().get(INT_LE, 8));
        assertEquals(8, p.objectOffset(0));
        assertEquals(Parcelable.CONTENTS_FILE_DESCRIPTOR, pfd.describeContents());
        p.setDataPosition(0);
        ParcelFileDescriptor back = p.readTypedObject(ParcelFileDescriptor.CREATOR);
        assertEquals(8, roundTripThrough(back.getFd(), 8));
        back.close();
        pfd.close();
        p.recycle();
    }

    @Test
    void writtenAsAReturnValueItClosesItself() throws IOException {
        ParcelFileDescriptor pfd = ParcelFileDescriptor.fromFd(pipe[1]);
        Parcel p = Parcel.obtain();

        pfd.writeToParcel(p, Parcelable.PARCELABLE_WRITE_RETURN_VALUE);

        assertThrows(IllegalStateException.class, pfd::getFd);
        assertTrue(p.hasFileDescriptors(), "the parcel holds its own copy");
        p.recycle();
    }

    /** A received parcel with one FD object at offset 0 holding {@code index}, and the descriptors {@code fds}. */
    private Parcel received(long index, int... fds) {
        MemorySegment data = arena.allocate(FlatObjectDescriptor.SIZE_BYTES);
        data.set(INT_LE, 0, FlatObjectDescriptor.BINDER_TYPE_FD);
        data.set(LONG_LE, FlatObjectDescriptor.FD_OFFSET, index);
        data.set(LONG_LE, FlatObjectDescriptor.COOKIE_OFFSET, 1);
        MemorySegment offsets = arena.allocate(8);
        Parcel p = Parcel.obtain();
        p.setReceived(data.asReadOnly(), data.byteSize(), offsets.asReadOnly(), 1, token -> {}, 0, fds, fds.length);
        return p;
    }
}
