package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.binder4j.sys.Fds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ParcelFileDescriptor's own life: opening, copying, adopting, detaching, closing, and Java interop. */
class ParcelFileDescriptorTest {
    @TempDir
    Path directory;
    private int openBefore;

    @BeforeEach
    void countOpen() {
        openBefore = Fds.countOpen();
    }

    @AfterEach
    void nothingLeaked() {
        assertEquals(openBefore, Fds.countOpen(), "descriptors left open");
    }

    @Test
    void pipeCarriesBytesFromTheWriteEndToTheReadEnd() throws IOException {
        ParcelFileDescriptor[] pipe = ParcelFileDescriptor.createPipe();
        try (FileOutputStream out = new FileOutputStream(pipe[1].getFileDescriptor());
                FileInputStream in = new FileInputStream(pipe[0].getFileDescriptor())) {
            out.write("hey".getBytes(StandardCharsets.US_ASCII));
            assertArrayEquals("hey".getBytes(StandardCharsets.US_ASCII), in.readNBytes(3));
            assertTrue(Fds.isCloseOnExec(pipe[0].getFd()));
        } finally {
            // The streams closed the descriptors; the objects still think they own them.
            pipe[0].detachFd();
            pipe[1].detachFd();
        }
    }

    @Test
    void openHonoursTheModes() throws IOException {
        File file = directory.resolve("data").toFile();
        try (ParcelFileDescriptor created = ParcelFileDescriptor.open(file,
                ParcelFileDescriptor.MODE_WRITE_ONLY | ParcelFileDescriptor.MODE_CREATE)) {
            assertEquals(Fds.O_WRONLY, Fds.statusFlags(created.getFd()) & Fds.O_ACCMODE);
            new FileOutputStream(created.getFileDescriptor()).write(new byte[] {1, 2});
        }
        try (ParcelFileDescriptor appending = ParcelFileDescriptor.open(file,
                ParcelFileDescriptor.MODE_WRITE_ONLY | ParcelFileDescriptor.MODE_APPEND)) {
            assertEquals(Fds.O_APPEND, Fds.statusFlags(appending.getFd()) & Fds.O_APPEND);
            new FileOutputStream(appending.getFileDescriptor()).write(new byte[] {3});
        }
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(file.toPath()));
        try (ParcelFileDescriptor truncating = ParcelFileDescriptor.open(file,
                ParcelFileDescriptor.MODE_READ_WRITE | ParcelFileDescriptor.MODE_TRUNCATE)) {
            assertEquals(Fds.O_RDWR, Fds.statusFlags(truncating.getFd()) & Fds.O_ACCMODE);
        }
        assertEquals(0, Files.size(file.toPath()));
    }

    @Test
    void openingAMissingFileSaysWhy() {
        File missing = directory.resolve("missing").toFile();

        FileNotFoundException e = assertThrows(FileNotFoundException.class,
                () -> ParcelFileDescriptor.open(missing, ParcelFileDescriptor.MODE_READ_ONLY));

        assertEquals(missing + ": ENOENT (No such file or directory)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParcelFileDescriptor.open(missing, 0));
    }

    @Test
    void copiesAreNewDescriptorsForTheSameFile() throws IOException {
        ParcelFileDescriptor[] pipe = ParcelFileDescriptor.createPipe();
        try (ParcelFileDescriptor copy = pipe[1].dup();
                ParcelFileDescriptor fromFd = ParcelFileDescriptor.fromFd(pipe[1].getFd());
                ParcelFileDescriptor fromJava = ParcelFileDescriptor.dup(pipe[1].getFileDescriptor())) {
            assertNotEquals(pipe[1].getFd(), copy.getFd());
            assertNotEquals(copy.getFd(), fromFd.getFd());
            assertNotEquals(fromFd.getFd(), fromJava.getFd());
            pipe[1].close();
            new FileOutputStream(fromJava.getFileDescriptor()).write(5);
            assertEquals(5, new FileInputStream(pipe[0].getFileDescriptor()).read());
        } finally {
            pipe[0].close();
        }
    }

    @Test
    void adoptedDescriptorIsClosedWithTheObjectAndDetachedOneIsNot() throws IOException {
        int[] pipe = Fds.pipe();
        ParcelFileDescriptor adopted = ParcelFileDescriptor.adoptFd(pipe[0]);
        ParcelFileDescriptor detaching = ParcelFileDescriptor.adoptFd(pipe[1]);

        adopted.close();
        adopted.close();
        int detached = detaching.detachFd();
        detaching.close();

        assertFalse(Fds.isOpen(pipe[0]));
        assertTrue(Fds.isOpen(detached));
        Fds.close(detached);
        assertThrows(IllegalArgumentException.class, () -> ParcelFileDescriptor.adoptFd(-1));
    }

    @Test
    void aClosedObjectRefusesUseAndInvalidatesItsFileDescriptor() throws IOException {
        ParcelFileDescriptor[] pipe = ParcelFileDescriptor.createPipe();
        FileDescriptor javaFd = pipe[0].getFileDescriptor();
        pipe[0].close();
        pipe[1].close();

        assertFalse(javaFd.valid(), "no stream can reach a number that may be reused");
        assertEquals("Already closed", assertThrows(IllegalStateException.class, pipe[0]::getFd).getMessage());
        assertThrows(IllegalStateException.class, pipe[0]::detachFd);
        assertThrows(IllegalStateException.class, pipe[0]::dup);
        assertEquals("{ParcelFileDescriptor: closed}", pipe[0].toString());
        assertThrows(IllegalArgumentException.class, () -> ParcelFileDescriptor.dup(javaFd));
    }
}
