package org.binder4j.it;

import static org.binder4j.protocol.LittleEndian.INT;
import static org.binder4j.protocol.LittleEndian.LONG;
import static org.binder4j.protocol.LittleEndian.SHORT;
import static org.junit.jupiter.api.Assertions.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.ServiceManager;
import org.binder4j.protocol.Commands;
import org.binder4j.protocol.Errno;
import org.binder4j.protocol.ProtocolVersion;
import org.binder4j.protocol.Returns;
import org.binder4j.protocol.wire.WireDescriptor;
import org.binder4j.sys.Fds;
import org.binder4j.sys.Memfd;
import org.binder4j.sys.UnixSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** What only the daemon transport can show: one copy, read-only mappings, and surviving bad clients. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class DaemonRobustnessTest {
    private static final Pattern COPIED = Pattern.compile("bytes copied: (\\d+)");

    private DaemonWorld world;
    private IBinder service;

    @BeforeAll
    void start() throws Exception {
        world = new DaemonWorld();
        world.startPeer("test.robust");
        service = ServiceManager.of(world.client()).checkService("test.robust");
        assertNotNull(service);
    }

    @AfterAll
    void stop() throws Exception {
        if (world != null) {
            world.close();
        }
    }

    private long copiedBytes() {
        Matcher m = COPIED.matcher(world.debugView("stats"));
        assertTrue(m.find(), "stats show the copied-bytes counter");
        return Long.parseLong(m.group(1));
    }

    @Test
    void everyTransactionIsCopiedExactlyOnce() throws Exception {
        for (int size : new int[] {0, 1, 4096, 100_000}) {
            Parcel data = Parcel.obtain();
            data.writeInterfaceToken(TestService.DESCRIPTOR);
            data.writeByteArray(new byte[size]);
            long requestBytes = data.dataSize() + 8L * 0;
            Parcel reply = Parcel.obtain();
            long before = copiedBytes();
            assertTrue(service.transact(TestService.ECHO_BYTES, data, reply, 0));
            long after = copiedBytes();
            assertEquals(requestBytes + reply.dataSize(), after - before,
                    "payload " + size + ": request " + requestBytes + " + reply " + reply.dataSize());
            data.recycle();
            reply.recycle();
        }
    }

    @Test
    void objectOffsetsCountAsPayload() throws Exception {
        Parcel data = Parcel.obtain();
        data.writeInterfaceToken(TestService.DESCRIPTOR);
        data.writeStrongBinder(new org.binder4j.Binder("x"));
        Parcel reply = Parcel.obtain();
        long before = copiedBytes();
        assertTrue(service.transact(TestService.ECHO_BINDER, data, reply, 0));
        long after = copiedBytes();
        assertEquals(data.dataSize() + 8 + reply.dataSize() + 8, after - before);
        data.recycle();
        reply.recycle();
    }

    @Test
    void receiveAreaIsMappedReadOnly() throws Exception {
        List<String> maps = Files.readAllLines(Path.of("/proc/self/maps"));
        String area = "binder4j-area-" + world.client().pid();
        List<String> mappings = maps.stream().filter(line -> line.contains(area)).toList();
        assertFalse(mappings.isEmpty(), "the receive area is mapped: " + area);
        for (String mapping : mappings) {
            String perms = mapping.split("\\s+")[1];
            assertEquals("r--s", perms, mapping);
        }
        long size = mappings.stream().mapToLong(DaemonRobustnessTest::mappingSize).sum();
        assertEquals(1024 * 1024 - 2 * 4096, size);
    }

    private static long mappingSize(String line) {
        String[] range = line.split("\\s+")[0].split("-");
        return Long.parseUnsignedLong(range[1], 16) - Long.parseUnsignedLong(range[0], 16);
    }

    @Test
    void garbageOnTheSocketDisconnectsOnlyThatClient() throws Exception {
        sendGarbageAndAwaitDisconnect("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        sendGarbageAndAwaitDisconnect(new byte[] {1, 2, 3});
        assertTrue(service.pingBinder());
        assertTrue(world.daemon().transcript().contains("not a binder4j hello"), world.daemon().transcript());
    }

    private void sendGarbageAndAwaitDisconnect(byte[] garbage) {
        int fd = UnixSocket.connect(world.socket());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(WireDescriptor.MAX_MESSAGE_BYTES);
            MemorySegment.copy(MemorySegment.ofArray(garbage), 0, buffer, 0, garbage.length);
            UnixSocket.send(fd, buffer, garbage.length);
            assertEquals(0, UnixSocket.receive(fd, buffer, buffer.byteSize()), "the daemon closed the connection");
        } finally {
            Fds.closeQuietly(fd);
        }
    }

    @Test
    void anotherWireVersionIsRefusedWithAReason() {
        int fd = UnixSocket.connect(world.socket());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment hello = arena.allocate(WireDescriptor.MAX_MESSAGE_BYTES);
            hello.set(INT, WireDescriptor.MAGIC_OFFSET, WireDescriptor.MAGIC);
            hello.set(SHORT, WireDescriptor.VERSION_OFFSET, (short) 99);
            hello.set(SHORT, WireDescriptor.KIND_OFFSET, WireDescriptor.KIND_SESSION);
            hello.set(INT, WireDescriptor.BINDER_VERSION_OFFSET, 8);
            UnixSocket.send(fd, hello, WireDescriptor.HELLO_SIZE_BYTES);
            int size = UnixSocket.receive(fd, hello, hello.byteSize());
            assertEquals(WireDescriptor.TYPE_REFUSED, hello.get(SHORT, WireDescriptor.KIND_OFFSET));
            String reason = new String(hello.asSlice(WireDescriptor.HELLO_SIZE_BYTES, size - WireDescriptor.HELLO_SIZE_BYTES)
                    .toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
            assertTrue(reason.contains("wire protocol " + ProtocolVersion.WIRE) && reason.contains("wire protocol 99"), reason);
        } finally {
            Fds.closeQuietly(fd);
        }
    }

    @Test
    void aWriteReadWithoutResponseThatReadsDisconnectsThatThread() {
        int session = UnixSocket.connect(world.socket());
        int thread = -1;
        int memfd = -1;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment message = arena.allocate(WireDescriptor.MAX_MESSAGE_BYTES, 8);
            putHello(message, WireDescriptor.KIND_SESSION, WireDescriptor.NO_RECEIVE_AREA, 0);
            UnixSocket.send(session, message, WireDescriptor.HELLO_SIZE_BYTES);
            assertEquals(WireDescriptor.HELLO_SIZE_BYTES, UnixSocket.receive(session, message, message.byteSize()));
            long token = message.get(LONG, WireDescriptor.WELCOME_TOKEN_OFFSET);

            thread = UnixSocket.connect(world.socket());
            memfd = Memfd.create("robustness-send", 4096);
            putHello(message, WireDescriptor.KIND_THREAD, token, 4096);
            UnixSocket.sendWithFds(thread, message, WireDescriptor.HELLO_SIZE_BYTES, memfd);
            assertEquals(WireDescriptor.TYPE_WELCOME, receiveHelloReply(thread, message));

            message.set(INT, WireDescriptor.TYPE_OFFSET, WireDescriptor.WRITE_READ);
            message.set(INT, WireDescriptor.FLAGS_OFFSET, WireDescriptor.FLAG_NO_RESPONSE);
            message.set(LONG, WireDescriptor.ARG0_OFFSET, 256);
            message.set(LONG, WireDescriptor.ARG1_OFFSET, 0);
            UnixSocket.send(thread, message, WireDescriptor.HEADER_SIZE_BYTES);
            assertEquals(0, UnixSocket.receive(thread, message, message.byteSize()), "the daemon closed the thread");
        } finally {
            Fds.closeQuietly(thread);
            Fds.closeQuietly(memfd);
            Fds.closeQuietly(session);
        }
        Await.until("the daemon says why", () -> world.daemon().transcript()
                .contains("sent a write-read without response that reads 256 bytes, carries 0 descriptors or refuses"
                        + " some: it may only write"));
        assertTrue(service.pingBinder(), "everyone else goes on");
    }

    private static void putHello(MemorySegment message, short kind, long areaSizeOrToken, long sendBufferBytes) {
        message.asSlice(0, WireDescriptor.HELLO_SIZE_BYTES).fill((byte) 0);
        message.set(INT, WireDescriptor.MAGIC_OFFSET, WireDescriptor.MAGIC);
        message.set(SHORT, WireDescriptor.VERSION_OFFSET, (short) ProtocolVersion.WIRE);
        message.set(SHORT, WireDescriptor.KIND_OFFSET, kind);
        message.set(INT, WireDescriptor.BINDER_VERSION_OFFSET, ProtocolVersion.BINDER);
        message.set(INT, WireDescriptor.TID_OFFSET, 1);
        message.set(LONG, WireDescriptor.AREA_SIZE_OFFSET, areaSizeOrToken);
        message.set(LONG, WireDescriptor.SEND_BUFFER_SIZE_OFFSET, sendBufferBytes);
    }

    private static short receiveHelloReply(int fd, MemorySegment message) {
        assertEquals(WireDescriptor.HELLO_SIZE_BYTES, UnixSocket.receive(fd, message, message.byteSize()));
        return message.get(SHORT, WireDescriptor.KIND_OFFSET);
    }

    @Test
    void badCommandsFromARawClientFailOnlyTheirTransaction() throws Exception {
        try (RawProcess raw = RawProcess.connect(world.socket(), "raw-client")) {
            RawThread thread = raw.thread();

            // A truncated command: BC_TRANSACTION without its 64-byte payload.
            assertEquals(-Errno.EINVAL, thread.command(Commands.BC_TRANSACTION).writeOnly());

            // An unknown command.
            assertEquals(-Errno.EINVAL, thread.command(0x12345678).writeOnly());

            // A transaction to a handle this process does not hold.
            thread.transaction(Commands.BC_TRANSACTION, 77, IBinder.PING_TRANSACTION, 0, new byte[0]).exchange();
            assertEquals(List.of(Returns.BR_NOOP, Returns.BR_FAILED_REPLY), thread.returns(), thread.names());

            // A bad offsets table: an object offset outside the data.
            thread.transaction(Commands.BC_TRANSACTION, 0, IBinder.PING_TRANSACTION, 0, new byte[16], 4096).exchange();
            assertEquals(List.of(Returns.BR_NOOP, Returns.BR_FAILED_REPLY), thread.returns(), thread.names());

            // Freeing a buffer this process was never given is ignored.
            assertEquals(0, thread.command(Commands.BC_FREE_BUFFER, 123456L).writeOnly());
        }
        assertTrue(service.pingBinder(), "everyone else goes on");
    }

    @Test
    void normalTrafficSurvivesAMisbehavingClient() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch abuserDone = new CountDownLatch(1);
        Thread abuser = Thread.ofPlatform().start(() -> {
            try {
                for (int i = 0; i < 200 && !stop.get(); i++) {
                    sendGarbageAndAwaitDisconnect(new byte[] {(byte) i, 0x42, 0x34, 0x4a});
                }
            } finally {
                abuserDone.countDown();
            }
        });
        try {
            for (int i = 0; i < 2000; i++) {
                byte[] payload = new byte[1 + i % 700];
                payload[0] = (byte) i;
                payload[payload.length - 1] = (byte) (i >> 3);
                Parcel data = Parcel.obtain();
                data.writeInterfaceToken(TestService.DESCRIPTOR);
                data.writeByteArray(payload);
                Parcel reply = Parcel.obtain();
                assertTrue(service.transact(TestService.ECHO_BYTES, data, reply, 0));
                assertArrayEquals(payload, reply.createByteArray(), "call " + i);
                data.recycle();
                reply.recycle();
            }
        } finally {
            stop.set(true);
            assertTrue(abuserDone.await(60, TimeUnit.SECONDS));
            abuser.join(Duration.ofSeconds(10));
        }
    }

    @Test
    void killedPeerLeavesNothingInTheDriver() throws Exception {
        int pid = world.startPeer("test.victim");
        IBinder victim = ServiceManager.of(world.client()).checkService("test.victim");
        assertTrue(world.debugView("state").contains("proc " + pid));
        CountDownLatch died = new CountDownLatch(1);
        victim.linkToDeath(died::countDown, 0);
        world.kill(pid);
        assertTrue(died.await(30, TimeUnit.SECONDS));
        String state = world.debugView("state");
        assertFalse(state.contains("proc " + pid + "\n"), state);
        assertNull(awaitGone("test.victim"), "its name is gone from the service manager");
    }

    private IBinder awaitGone(String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        IBinder binder;
        do {
            binder = ServiceManager.of(world.client()).checkService(name);
        } while (binder != null && System.nanoTime() < deadline);
        return binder;
    }
}
