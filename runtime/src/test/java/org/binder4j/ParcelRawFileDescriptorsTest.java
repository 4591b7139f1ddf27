package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FileDescriptor;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.binder4j.sys.Fds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AIDL's {@code FileDescriptor} and {@code FileDescriptor[]}: FD objects like {@code writeFileDescriptor}'s, the
 * parcel owning its copies and the reader getting copies of its own.
 */
class ParcelRawFileDescriptorsTest {
    private int openBefore;
    private int[] pipe;
    private final Parcel p = Parcel.obtain();

    @BeforeEach
    void openPipe() {
        openBefore = Fds.countOpen();
        pipe = Fds.pipe();
    }

    @AfterEach
    void closeEverything() {
        p.recycle();
        Fds.closeQuietly(pipe[0]);
        Fds.closeQuietly(pipe[1]);
        assertEquals(openBefore, Fds.countOpen(), "descriptors left open");
    }

    private static void close(FileDescriptor fd) {
        Fds.closeQuietly(JavaFileDescriptors.numberOf(fd));
    }

    @Test
    void rawDescriptorIsAnFdObjectAndReadsAsANewCopy() {
        p.writeRawFileDescriptor(JavaFileDescriptors.of(pipe[1]));
        assertEquals(24, p.dataSize());
        assertEquals(1, p.fileDescriptorCount());
        p.setDataPosition(0);
        FileDescriptor read = p.readRawFileDescriptor();
        int number = JavaFileDescriptors.numberOf(read);
        assertNotEquals(pipe[1], number);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(1);
            buffer.set(ValueLayout.JAVA_BYTE, 0, (byte) 9);
            assertEquals(1, Fds.write(number, buffer, 1));
            buffer.set(ValueLayout.JAVA_BYTE, 0, (byte) 0);
            assertEquals(1, Fds.read(pipe[0], buffer, 1));
            assertEquals(9, buffer.get(ValueLayout.JAVA_BYTE, 0), "the copy writes into the same pipe");
        }
        close(read);
    }

    @Test
    void rawDescriptorArraysRoundTrip() {
        p.writeRawFileDescriptorArray(new FileDescriptor[] {JavaFileDescriptors.of(pipe[0]),
            JavaFileDescriptors.of(pipe[1])});
        p.writeRawFileDescriptorArray(null);
        p.setDataPosition(0);
        FileDescriptor[] read = p.createRawFileDescriptorArray();
        assertEquals(2, read.length);
        assertNull(p.createRawFileDescriptorArray());
        p.setDataPosition(0);
        FileDescriptor[] into = new FileDescriptor[2];
        p.readRawFileDescriptorArray(into);
        for (FileDescriptor fd : read) {
            close(fd);
        }
        for (FileDescriptor fd : into) {
            close(fd);
        }
    }

    @Test
    void aNullRawDescriptorIsRefused() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> p.writeRawFileDescriptor(null));
        assertEquals("a raw FileDescriptor cannot be null", e.getMessage());
    }
}
