package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnixSocketTest {
    private final Cleanup cleanup = new Cleanup();
    private final Arena arena = cleanup.add(Arena.ofShared());
    private final MemorySegment out = arena.allocate(4096, 8);
    private final MemorySegment in = arena.allocate(4096, 8);

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        cleanup.run();
    }

    @Test
    void socketPairCarriesMessagesWithTheirBoundaries() {
        int[] pair = cleanup.fds(UnixSocket.socketPair());
        out.set(JAVA_LONG, 0, 0x1122334455667788L);
        out.set(JAVA_INT, 8, 99);

        assertEquals(12, UnixSocket.send(pair[0], out, 12));
        assertEquals(3, UnixSocket.send(pair[0], out, 3));

        assertEquals(12, UnixSocket.receive(pair[1], in, in.byteSize()));
        assertEquals(0x1122334455667788L, in.get(JAVA_LONG, 0));
        assertEquals(99, in.get(JAVA_INT, 8));
        assertEquals(3, UnixSocket.receive(pair[1], in, in.byteSize()));
    }

    @Test
    void memfdTravelsWithTheMessage() {
        int[] pair = cleanup.fds(UnixSocket.socketPair());
        int memfd = cleanup.fd(Memfd.create("passed", 65536));
        try (MappedRegion region = MappedRegion.map(memfd, 65536, true)) {
            region.segment().set(JAVA_LONG, 4096, 0xfeedfacecafebeefL);
        }
        out.set(JAVA_INT, 0, 7);

        assertEquals(4, UnixSocket.sendWithFds(pair[0], out, 4, memfd));
        Received received = UnixSocket.receiveWithFds(pair[1], in, in.byteSize(), 4);

        assertEquals(4, received.sizeBytes());
        assertEquals(7, in.get(JAVA_INT, 0));
        assertEquals(1, received.fds().length);
        int passed = cleanup.fd(received.fds()[0]);
        assertTrue(passed != memfd);
        assertEquals(65536, Fds.size(passed));
        try (MappedRegion region = MappedRegion.map(passed, 65536, false)) {
            assertEquals(0xfeedfacecafebeefL, region.segment().get(JAVA_LONG, 4096));
        }
    }

    @Test
    void severalFdsArriveInOrder() {
        int[] pair = cleanup.fds(UnixSocket.socketPair());
        int[] memfds = cleanup.fds(Memfd.create("a", 4096), Memfd.create("b", 8192), Memfd.create("c", 12288));

        UnixSocket.sendWithFds(pair[0], out, 1, memfds);
        Received received = UnixSocket.receiveWithFds(pair[1], in, in.byteSize(), 3);

        assertEquals(1, received.sizeBytes());
        cleanup.fds(received.fds());
        assertEquals(3, received.fds().length);
        for (int i = 0; i < 3; i++) {
            assertEquals(4096L * (i + 1), Fds.size(received.fds()[i]));
        }
    }

    @Test
    void messageWithoutFdsReceivesNoFds() {
        int[] pair = cleanup.fds(UnixSocket.socketPair());

        UnixSocket.send(pair[0], out, 10);
        Received received = UnixSocket.receiveWithFds(pair[1], in, in.byteSize(), 4);

        assertEquals(10, received.sizeBytes());
        assertArrayEquals(new int[0], received.fds());
    }

    @Test
    void unexpectedFdsAreClosed() {
        int[] pair = cleanup.fds(UnixSocket.socketPair());
        int memfd = cleanup.fd(Memfd.create("unexpected", 4096));
        int before = Fds.countOpen();

        UnixSocket.sendWithFds(pair[0], out, 5, memfd, memfd);
        assertEquals(5, UnixSocket.receive(pair[1], in, in.byteSize()));

        assertEquals(before, Fds.countOpen());
    }

    @Test
    void tooManyFdsIsAProtocolViolationAndLeaksNothing() {
        int[] pair = cleanup.fds(UnixSocket.socketPair());
        int memfd = cleanup.fd(Memfd.create("too-many", 4096));
        int before = Fds.countOpen();

        UnixSocket.sendWithFds(pair[0], out, 5, memfd, memfd, memfd);
        Received received = UnixSocket.receiveWithFds(pair[1], in, in.byteSize(), 2);

        assertEquals(-Errnos.EMSGSIZE, received.sizeBytes());
        assertEquals(0, received.fds().length);
        assertEquals(before, Fds.countOpen());
    }

    @Test
    void reusableListKeepsTheDescriptorsOfEachMessage() {
        int[] pair = cleanup.fds(UnixSocket.socketPair());
        int[] pipe = cleanup.fds(Fds.pipe());
        ReceivedFds fds = new ReceivedFds();
        out.set(JAVA_INT, 0, 1);

        assertEquals(4, UnixSocket.sendWithFds(pair[0], out, 4, new int[] {pipe[1], pipe[0], -1}, 2));
        assertEquals(4, UnixSocket.sendWithFds(pair[0], out, 4, pipe, 0));

        assertEquals(4, UnixSocket.receive(pair[1], in, in.byteSize(), fds));
        assertEquals(2, fds.count());
        assertEquals(false, fds.truncated());
        int first = fds.get(0);
        int second = fds.get(1);
        assertTrue(Fds.isCloseOnExec(first));
        assertEquals(Fds.O_WRONLY, Fds.statusFlags(first) & Fds.O_ACCMODE, "the pipe's write end came first");
        fds.clear();
        assertEquals(4, UnixSocket.receive(pair[1], in, in.byteSize(), fds));
        assertEquals(0, fds.count());
        assertTrue(Fds.isOpen(first), "clear leaves them to whoever took them");
        Fds.close(first);
        Fds.close(second);
        assertThrows(IndexOutOfBoundsException.class, () -> fds.get(0));
    }

    @Test
    void sendingADescriptorThatIsNotOpenFailsWithEbadfAndSendsNothing() {
        int[] pair = cleanup.fds(UnixSocket.socketPair());
        int closed = Fds.dup(pair[0]);
        Fds.close(closed);

        SysException e = assertThrows(SysException.class,
                () -> UnixSocket.sendWithFds(pair[0], out, 4, new int[] {closed}, 1));

        assertEquals(Errnos.EBADF, e.errno());
        assertEquals(-Errnos.EAGAIN, UnixSocket.receiveNonBlocking(pair[1], in, in.byteSize()));
    }

    @Test
    void truncatedMessageIsReportedAsEmsgsize() {
        int[] pair = cleanup.fds(UnixSocket.socketPair());

        UnixSocket.send(pair[0], out, 100);
        UnixSocket.send(pair[0], out, 100);

        assertEquals(-Errnos.EMSGSIZE, UnixSocket.receive(pair[1], in, 99));
        assertEquals(-Errnos.EMSGSIZE, UnixSocket.receiveWithFds(pair[1], in, 99, 1).sizeBytes());
    }

    @Test
    void receiveReturnsZeroAfterThePeerCloses() {
        int[] pair = cleanup.fds(UnixSocket.socketPair());
        UnixSocket.send(pair[0], out, 8);
        Fds.close(pair[0]);
        pair[0] = -1; // already closed; keeps the cleanup from closing a reused number

        assertEquals(8, UnixSocket.receive(pair[1], in, in.byteSize()));
        assertEquals(0, UnixSocket.receive(pair[1], in, in.byteSize()));
        assertEquals(0, UnixSocket.receiveNonBlocking(pair[1], in, in.byteSize()));
    }

    @Test
    void receiveNonBlockingReturnsEagainWhenEmpty() {
        int[] pair = cleanup.fds(UnixSocket.socketPair());

        assertEquals(-Errnos.EAGAIN, UnixSocket.receiveNonBlocking(pair[1], in, in.byteSize()));
        UnixSocket.send(pair[0], out, 6);
        assertEquals(6, UnixSocket.receiveNonBlocking(pair[1], in, in.byteSize()));
        assertEquals(-Errnos.EAGAIN, UnixSocket.receiveNonBlocking(pair[1], in, in.byteSize()));
    }

    @Test
    void sendingToAClosedPeerIsEpipeNotASignal() {
        int[] pair = cleanup.fds(UnixSocket.socketPair());
        Fds.close(pair[1]);
        pair[1] = -1;

        SysException e = assertThrows(SysException.class, () -> UnixSocket.send(pair[0], out, 4));
        assertEquals(Errnos.EPIPE, e.errno());
        assertTrue(e.getMessage().startsWith("sendmsg(fd=" + pair[0] + ", size=4"), e.getMessage());
    }

    @Test
    void emptyMessagesAndHeapBuffersAreRefused() {
        int[] pair = cleanup.fds(UnixSocket.socketPair());

        assertThrows(IllegalArgumentException.class, () -> UnixSocket.send(pair[0], out, 0));
        assertThrows(IllegalArgumentException.class, () -> UnixSocket.send(pair[0], out, out.byteSize() + 1));
        assertThrows(IllegalArgumentException.class,
                () -> UnixSocket.send(pair[0], MemorySegment.ofArray(new byte[8]), 8));
        assertThrows(IllegalArgumentException.class, () -> UnixSocket.receiveWithFds(pair[1], in, 8, 254));
    }

    @Test
    void listenConnectAcceptAndPeerCredentials() {
        Path path = dir.resolve("server.sock");
        int listener = cleanup.fd(UnixSocket.listen(path, 8));
        assertTrue(Files.exists(path));

        int client = cleanup.fd(UnixSocket.connect(path));
        int server = cleanup.fd(UnixSocket.accept(listener));

        Credentials peer = UnixSocket.peerCredentials(server);
        assertEquals(new Credentials(Os.getpid(), Os.getuid(), Os.getgid()), peer);
        assertEquals(Os.getpid(), UnixSocket.peerCredentials(client).pid());
        out.set(JAVA_BYTE, 0, (byte) 'x');
        UnixSocket.send(client, out, 1);
        assertEquals(1, UnixSocket.receive(server, in, in.byteSize()));
        assertEquals((byte) 'x', in.get(JAVA_BYTE, 0));
    }

    @Test
    void listeningOnAnExistingPathFails() {
        Path path = dir.resolve("taken.sock");
        cleanup.fd(UnixSocket.listen(path, 1));

        SysException e = assertThrows(SysException.class, () -> UnixSocket.listen(path, 1));
        assertEquals("bind(" + path + ") failed: EADDRINUSE (Address already in use)", e.getMessage());
    }

    @Test
    void tooLongPathIsRefusedWithItsLength() {
        Path path = dir.resolve("x".repeat(200));
        int length = path.toString().length();

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> UnixSocket.listen(path, 1));
        assertTrue(e.getMessage().contains(length + " bytes"), e.getMessage());
        assertTrue(e.getMessage().contains(path.toString()), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> UnixSocket.connect(path));
    }

    @Test
    void connectingToAMissingPathNamesConnectThePathAndEnoent() {
        Path path = dir.resolve("missing.sock");
        int before = Fds.countOpen();

        SysException e = assertThrows(SysException.class, () -> UnixSocket.connect(path));

        assertTrue(e.getMessage().contains("connect"), e.getMessage());
        assertTrue(e.getMessage().contains(path.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("ENOENT"), e.getMessage());
        assertEquals(before, Fds.countOpen());
    }

    @Test
    void shutdownUnblocksAReceivingThread() throws Exception {
        int[] pair = cleanup.fds(UnixSocket.socketPair());
        Blocked<Integer> receiver = Blocked.start(() -> UnixSocket.receive(pair[1], in, in.byteSize()));
        receiver.awaitIn("recvmsg");

        UnixSocket.shutdown(pair[1]);

        assertEquals(0, receiver.result());
        UnixSocket.shutdown(pair[1]);
    }

    @Test
    void shutdownUnblocksAnAcceptingThread() throws Exception {
        int listener = cleanup.fd(UnixSocket.listen(dir.resolve("accept.sock"), 1));
        Blocked<Object> acceptor = Blocked.start(() -> {
            try {
                return UnixSocket.accept(listener);
            } catch (SysException e) {
                return e;
            }
        });
        acceptor.awaitIn("accept4");

        UnixSocket.shutdown(listener);

        SysException e = assertInstanceOf(SysException.class, acceptor.result());
        assertTrue(e.getMessage().startsWith("accept4(fd=" + listener + ")"), e.getMessage());
    }

    @Test
    void bufferSizesCanBeSet() {
        int[] pair = cleanup.fds(UnixSocket.socketPair());

        UnixSocket.setBufferSizes(pair[0], 65536, 65536);

        SysException e = assertThrows(SysException.class, () -> UnixSocket.setBufferSizes(-1, 4096, 4096));
        assertEquals(Errnos.EBADF, e.errno());
    }
}
