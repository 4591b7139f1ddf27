package org.binder4j.it.fd;

import static org.binder4j.it.fd.FdTestSupport.call;
import static org.binder4j.it.fd.FdTestSupport.filesHeldByDriver;
import static org.binder4j.it.fd.FdTestSupport.openFdsOf;
import static org.binder4j.it.fd.FdTestSupport.readByteNow;
import static org.binder4j.it.fd.FdTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.binder4j.DeadObjectException;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.ParcelFileDescriptor;
import org.binder4j.ServiceManager;
import org.binder4j.it.BinderWorld;
import org.binder4j.protocol.FlatObjectDescriptor;
import org.binder4j.sys.Fds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * File descriptors between a client and a peer (scenarios 31, 32, 33, 35 of the reference) and dump,
 * over every transport. Each test runs its scenario twice and checks that the second run leaves the
 * descriptor counts of both processes where the first left them, and that the driver holds no file.
 * The peer serves on one thread, so a call to it also waits until it is done with the previous one
 * (which closes its copy of a reply's descriptors after sending the reply).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
abstract class AbstractFdPassingTest {
    private static final String NAME = "fd.main";

    private BinderWorld world;
    private IBinder service;

    @TempDir
    Path directory;

    abstract BinderWorld createWorld() throws Exception;

    /** Starts a peer publishing an {@link FdService} under {@code name}, served by one thread. */
    abstract void startFdPeer(BinderWorld world, String name) throws Exception;

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    @BeforeAll
    void startWorld() throws Exception {
        world = createWorld();
        startFdPeer(world, NAME);
        service = ServiceManager.of(world.client()).checkService(NAME);
        assertNotNull(service, NAME + " is registered");
    }

    @AfterAll
    void stopWorld() throws Exception {
        if (world != null) {
            world.close();
        }
    }

    /** Runs {@code scenario} twice; the second run must leave every count as the first left it. */
    private void withoutLeaks(Scenario scenario) throws Exception {
        scenario.run();
        int server = openFdsOf(service);
        int client = Fds.countOpen();
        scenario.run();
        assertEquals(server, openFdsOf(service), "descriptors open in the server");
        assertEquals(client, Fds.countOpen(), "descriptors open in the client");
        assertEquals(0, filesHeldByDriver(world), "files held by the driver");
    }

    @Test
    void scenario31_handlerWritesIntoTheSentPipeAndTheReaderSeesEndOfFileAfterBothClose() throws Exception {
        withoutLeaks(() -> {
            ParcelFileDescriptor[] pipe = ParcelFileDescriptor.createPipe();
            try {
                Parcel data = request();
                data.writeFileDescriptor(pipe[1].getFd());
                data.writeByte((byte) 'x');
                call(service, FdService.WRITE_BYTE, data).recycle();

                assertEquals('x', readByteNow(pipe[0]));
                pipe[1].close();
                assertEquals(-1, readByteNow(pipe[0]), "end of file: no copy of the write end is left anywhere");
            } finally {
                pipe[0].close();
                pipe[1].close();
            }
        });
    }

    @Test
    void scenario32_receivedDescriptorIsANewCloseOnExecNumberSharingTheOpenFile() throws Exception {
        Path file = directory.resolve("shared");
        Files.writeString(file, "abcdef");
        withoutLeaks(() -> {
            int fd = Fds.open(file, Fds.O_RDONLY | Fds.O_NONBLOCK, 0);
            int sent = Fds.dup(fd, 1000);
            try {
                Parcel data = request();
                data.writeFileDescriptor(sent, false);
                data.writeInt(2);
                Parcel reply = call(service, FdService.DESCRIBE, data);

                assertEquals("ab", new String(reply.createByteArray(), StandardCharsets.US_ASCII));
                int seen = reply.readInt();
                List<Integer> received = new ArrayList<>();
                for (int i = 0; i < seen; i++) {
                    int number = reply.readInt();
                    boolean closeOnExec = reply.readBoolean();
                    int flags = reply.readInt();
                    if (number != fd && number != sent) {
                        received.add(number);
                        assertTrue(closeOnExec, "descriptor " + number + " is close-on-exec");
                        assertEquals(Fds.O_NONBLOCK, flags & Fds.O_NONBLOCK, "O_NONBLOCK of descriptor " + number);
                    }
                }
                reply.recycle();
                assertEquals(2, received.size(), "the received descriptor and the handler's copy: " + received);
                assertTrue(received.stream().allMatch(number -> number < 1000), "never the sender's " + sent);
                ParcelFileDescriptor mine = ParcelFileDescriptor.adoptFd(fd);
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment next = arena.allocate(2);
                    assertEquals(2, Fds.read(mine.getFd(), next, 2));
                    assertEquals("cd", new String(next.toArray(ValueLayout.JAVA_BYTE), StandardCharsets.US_ASCII),
                            "the handler's read moved the shared offset");
                } finally {
                    mine.close();
                }
            } finally {
                Fds.closeQuietly(sent);
            }
        });
    }

    @Test
    void scenario33_descriptorToTheServiceManagersObjectFailsAndNothingLeaks() throws Exception {
        IBinder manager = world.client().getContextObject();
        withoutLeaks(() -> {
            ParcelFileDescriptor[] pipe = ParcelFileDescriptor.createPipe();
            Parcel data = Parcel.obtain();
            Parcel reply = Parcel.obtain();
            try {
                data.writeFileDescriptor(pipe[1].getFd());

                DeadObjectException e = assertThrows(DeadObjectException.class,
                        () -> manager.transact(IBinder.INTERFACE_TRANSACTION, data, reply, 0));

                assertTrue(e.getMessage().contains("does not accept file descriptors"), e.getMessage());
                assertTrue(manager.pingBinder(), "the service manager goes on");
                assertNotNull(ServiceManager.of(world.client()).checkService(NAME));
            } finally {
                data.recycle();
                reply.recycle();
                pipe[0].close();
                pipe[1].close();
            }
        });
    }

    @Test
    void scenario35_replyWithOwnedAndBorrowedDescriptorsClosesOnlyTheReceivedCopies() throws Exception {
        withoutLeaks(() -> {
            int serverBefore = openFdsOf(service);
            Parcel reply = call(service, FdService.REPLY_FDS, request());
            assertTrue(reply.hasFileDescriptors());
            List<ParcelFileDescriptor> fds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                fds.add(reply.readFileDescriptor());
            }
            reply.recycle();
            for (int i = 0; i < 4; i++) {
                assertEquals('1' + i, readByteNow(fds.get(i)), "descriptor " + i + " after the reply was recycled");
                assertEquals(-1, readByteNow(fds.get(i)));
            }
            fds.forEach(ParcelFileDescriptor::close);
            assertEquals(serverBefore + 2, openFdsOf(service), "the server still holds what it lent, nothing else");
            call(service, FdService.CLOSE_LENT, request()).recycle();
        });
    }

    @Test
    void parcelFileDescriptorTravelsAsAParcelableArgumentAndResult() throws Exception {
        withoutLeaks(() -> {
            ParcelFileDescriptor[] pipe = ParcelFileDescriptor.createPipe();
            try {
                Parcel data = request();
                data.writeTypedObject(pipe[1], 0);
                Parcel reply = call(service, FdService.ECHO_PFD, data);
                ParcelFileDescriptor echoed = reply.readTypedObject(ParcelFileDescriptor.CREATOR);
                reply.recycle();
                pipe[1].close();
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment one = arena.allocate(1);
                    one.set(ValueLayout.JAVA_BYTE, 0, (byte) 'e');
                    assertEquals(1, Fds.write(echoed.getFd(), one, 1));
                }
                echoed.close();
                assertArrayEquals(new byte[] {'e'}, readToEnd(pipe[0]), "end of file once the handler's copies are gone");
            } finally {
                pipe[0].close();
                pipe[1].close();
            }
        });
    }

    @Test
    void moreDescriptorsThanATransactionCarriesFailBeforeSending() throws Exception {
        withoutLeaks(() -> {
            ParcelFileDescriptor[] pipe = ParcelFileDescriptor.createPipe();
            Parcel data = request();
            Parcel reply = Parcel.obtain();
            try {
                int count = FlatObjectDescriptor.MAX_FDS_PER_TRANSACTION + 1;
                data.writeInt(count);
                for (int i = 0; i < count; i++) {
                    data.writeFileDescriptor(pipe[0].getFd());
                }

                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> service.transact(FdService.TAKE_FDS, data, reply, 0));

                assertEquals("BAD_VALUE: the parcel holds 254 file descriptors; a transaction carries at most 253",
                        e.getMessage());
            } finally {
                data.recycle();
                reply.recycle();
                pipe[0].close();
                pipe[1].close();
            }
        });
    }

    @Test
    void dumpWritesIntoTheDescriptorAndTheHandlerClosesItsCopy() throws Exception {
        withoutLeaks(() -> {
            ParcelFileDescriptor[] pipe = ParcelFileDescriptor.createPipe();
            try {
                service.dump(pipe[1].getFileDescriptor(), new String[] {"-a", "b"});
                pipe[1].close();

                byte[] text = new byte[64];
                int length = 0;
                int b;
                while ((b = readByteNow(pipe[0])) != -1) {
                    text[length++] = (byte) b;
                }
                assertEquals("dump of FdService: -a b\n", new String(text, 0, length, StandardCharsets.UTF_8));
            } finally {
                pipe[0].close();
                pipe[1].close();
            }
        });
    }

    @Test
    void dumpAsyncReturnsAtOnceAndTheDumpArrivesBeforeEndOfFile() throws Exception {
        withoutLeaks(() -> {
            ParcelFileDescriptor[] pipe = ParcelFileDescriptor.createPipe();
            try {
                service.dumpAsync(pipe[1].getFileDescriptor(), new String[] {"async"});
                pipe[1].close();

                assertArrayEquals("dump of FdService: async\n".getBytes(StandardCharsets.UTF_8), readToEnd(pipe[0]));
            } finally {
                pipe[0].close();
                pipe[1].close();
            }
        });
    }

    /** Blocks until end of file: the handler's copy closes once its oneway call is done. */
    private static byte[] readToEnd(ParcelFileDescriptor fd) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(256);
            long n;
            while ((n = Fds.read(fd.getFd(), buffer, buffer.byteSize())) > 0) {
                bytes.writeBytes(buffer.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE));
            }
        }
        return bytes.toByteArray();
    }
}
