package org.binder4j.it.fd;

import static org.binder4j.it.fd.FdTestSupport.awaitCount;
import static org.binder4j.it.fd.FdTestSupport.filesHeldByDriver;
import static org.binder4j.protocol.LittleEndian.INT;
import static org.binder4j.protocol.LittleEndian.LONG;
import static org.binder4j.protocol.LittleEndian.SHORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.binder4j.BinderProxy;
import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.ServiceManager;
import org.binder4j.internal.daemon.DaemonDriverSession;
import org.binder4j.it.Await;
import org.binder4j.it.DaemonWorld;
import org.binder4j.protocol.Commands;
import org.binder4j.protocol.DriverThread;
import org.binder4j.protocol.Errno;
import org.binder4j.protocol.FlatObjectDescriptor;
import org.binder4j.protocol.ProtocolVersion;
import org.binder4j.protocol.Returns;
import org.binder4j.protocol.TransactionDataDescriptor;
import org.binder4j.protocol.TransactionFlags;
import org.binder4j.protocol.WriteRead;
import org.binder4j.protocol.wire.WireDescriptor;
import org.binder4j.sys.Fds;
import org.binder4j.sys.UnixSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * A raw client that attaches descriptors no FD object takes, or FD objects without descriptors, or
 * descriptors to a request that takes none: each is refused with its own error, the daemon goes on,
 * and its descriptor table ends as it started.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class DaemonFdRobustnessTest {
    private DaemonWorld world;
    private BinderRuntime raw;
    private IBinder service;
    private DriverThread thread;
    private Arena arena;
    private MemorySegment write;
    private MemorySegment read;
    private int[] pipe;

    @BeforeAll
    void start() throws Exception {
        world = new DaemonWorld();
        world.startPeer(FdServerMain.class, "fd.robust");
        DaemonDriverSession session = DaemonDriverSession.connect(world.socket(), "raw-fd-client");
        raw = BinderRuntime.create(session);
        service = ServiceManager.of(raw).checkService("fd.robust");
        assertNotNull(service);
        thread = session.openThread();
        arena = Arena.ofShared();
        write = arena.allocate(1024, 8);
        read = arena.allocate(1024, 8);
        pipe = Fds.pipe();
    }

    @AfterAll
    void stop() throws Exception {
        if (pipe != null) {
            Fds.closeQuietly(pipe[0]);
            Fds.closeQuietly(pipe[1]);
        }
        if (thread != null) {
            thread.close();
        }
        if (raw != null) {
            raw.close();
        }
        if (arena != null) {
            arena.close();
        }
        if (world != null) {
            world.close();
        }
    }

    @Test
    void descriptorsThatDoNotMatchTheFdObjectsAreRefusedAndNothingLeaksInTheDaemon() throws Exception {
        int handle = ((BinderProxy) service).handle();
        assertEquals(List.of(Returns.BR_NOOP, Returns.BR_TRANSACTION_COMPLETE, Returns.BR_REPLY), transact(handle, 0),
                "a well-formed call goes through");
        long daemonPid = world.daemon().pid();
        int daemonBefore = Fds.countOpen(daemonPid);
        int clientBefore = Fds.countOpen();

        WriteRead nothing = new WriteRead().write(write, 0).attach(pipe, 2);
        assertEquals(-Errno.EBADF, thread.writeRead(nothing), "descriptors with no transaction to take them");

        assertEquals(List.of(Returns.BR_NOOP, Returns.BR_FAILED_REPLY), transact(handle, 0, pipe[0], pipe[1]));
        assertDetail("attached 2 file descriptors but the transaction's FD objects took 0");

        assertEquals(List.of(Returns.BR_NOOP, Returns.BR_FAILED_REPLY), transact(handle, 2, pipe[0]));
        assertDetail("FD object at offset 24 (descriptor 1 of pid ");

        assertEquals(List.of(Returns.BR_NOOP, Returns.BR_FAILED_REPLY), transact(0, 1, pipe[0]));
        assertDetail("does not accept file descriptors");

        assertHelloWithADescriptorIsRefused();

        assertTrue(service.pingBinder(), "the daemon and the peer go on");
        awaitCount("descriptors open in the daemon", daemonBefore, () -> Fds.countOpen(daemonPid));
        assertEquals(clientBefore, Fds.countOpen(), "the client's own descriptors are its own to close");
        assertEquals(0, filesHeldByDriver(world), "files held by the driver");
    }

    private void assertDetail(String expected) {
        String detail = thread.takeErrorDetail();
        assertTrue(detail != null && detail.contains(expected), detail);
    }

    /**
     * Sends a BC_TRANSACTION to {@code handle} whose data is {@code fdObjects} FD objects (naming
     * descriptors 0, 1, ...), with {@code fds} attached, and returns the returns read back.
     */
    private List<Integer> transact(int handle, int fdObjects, int... fds) {
        long dataSize = (long) fdObjects * FlatObjectDescriptor.SIZE_BYTES;
        long offsetsAt = Math.max(8, dataSize);
        MemorySegment send = thread.sendBuffer(offsetsAt + 8L * fdObjects);
        send.asSlice(0, offsetsAt + 8L * fdObjects).fill((byte) 0);
        for (int i = 0; i < fdObjects; i++) {
            long at = (long) i * FlatObjectDescriptor.SIZE_BYTES;
            send.set(INT, at + FlatObjectDescriptor.TYPE_OFFSET, FlatObjectDescriptor.BINDER_TYPE_FD);
            send.set(INT, at + FlatObjectDescriptor.FD_OFFSET, i);
            send.set(LONG, offsetsAt + 8L * i, at);
        }
        write.asSlice(0, 4 + TransactionDataDescriptor.SIZE_BYTES).fill((byte) 0);
        write.set(INT, 0, Commands.BC_TRANSACTION);
        write.set(INT, 4 + TransactionDataDescriptor.TARGET_OFFSET, handle);
        write.set(INT, 4 + TransactionDataDescriptor.CODE_OFFSET, IBinder.PING_TRANSACTION);
        write.set(INT, 4 + TransactionDataDescriptor.FLAGS_OFFSET, TransactionFlags.TF_ACCEPT_FDS);
        write.set(LONG, 4 + TransactionDataDescriptor.DATA_SIZE_OFFSET, dataSize);
        write.set(LONG, 4 + TransactionDataDescriptor.OFFSETS_SIZE_OFFSET, 8L * fdObjects);
        write.set(LONG, 4 + TransactionDataDescriptor.DATA_OFFSETS_OFFSET, offsetsAt);
        WriteRead bwr = new WriteRead().write(write, 4 + TransactionDataDescriptor.SIZE_BYTES)
                .read(read, read.byteSize()).attach(fds, fds.length);
        assertEquals(0, thread.writeRead(bwr));
        List<Integer> returns = new ArrayList<>();
        for (long pos = 0; pos < bwr.readConsumed; ) {
            int ret = read.get(INT, pos);
            returns.add(ret);
            pos += 4 + Returns.payloadSizeBytes(ret);
            if (ret == Returns.BR_REPLY) {
                freeBuffer(read.get(LONG, pos - TransactionDataDescriptor.SIZE_BYTES
                        + TransactionDataDescriptor.DATA_BUFFER_OFFSET));
            }
        }
        return returns;
    }

    private void freeBuffer(long buffer) {
        write.set(INT, 0, Commands.BC_FREE_BUFFER);
        write.set(LONG, 4, buffer);
        assertEquals(0, thread.writeRead(new WriteRead().write(write, 12)));
    }

    /** A session hello carrying a descriptor breaks the protocol: that connection is closed, nothing else. */
    private void assertHelloWithADescriptorIsRefused() {
        int fd = UnixSocket.connect(world.socket());
        try {
            MemorySegment hello = arena.allocate(WireDescriptor.MAX_MESSAGE_BYTES, 8);
            hello.set(INT, WireDescriptor.MAGIC_OFFSET, WireDescriptor.MAGIC);
            hello.set(SHORT, WireDescriptor.VERSION_OFFSET, (short) ProtocolVersion.WIRE);
            hello.set(SHORT, WireDescriptor.KIND_OFFSET, WireDescriptor.KIND_SESSION);
            hello.set(INT, WireDescriptor.BINDER_VERSION_OFFSET, ProtocolVersion.BINDER);
            UnixSocket.sendWithFds(fd, hello, WireDescriptor.HELLO_SIZE_BYTES, pipe[0]);
            assertEquals(0, UnixSocket.receive(fd, hello, hello.byteSize()), "the daemon closed the connection");
        } finally {
            Fds.closeQuietly(fd);
        }
        // The daemon's log line reaches this JVM through a pipe and a pump thread: wait for it, bounded.
        Await.until("the daemon logs the refused hello",
                () -> world.daemon().transcript().contains("sent 1 descriptors with a session hello, which takes 0"));
    }
}
