package org.binder4j.internal.daemon;

import static org.binder4j.protocol.LittleEndian.INT;
import static org.binder4j.protocol.LittleEndian.LONG;
import static org.binder4j.protocol.wire.WireDescriptor.*;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.binder4j.protocol.DriverSession;
import org.binder4j.protocol.DriverThread;
import org.binder4j.protocol.Errno;
import org.binder4j.protocol.NodeInfoForRef;
import org.binder4j.protocol.wire.SocketPaths;
import org.binder4j.sys.Fds;
import org.binder4j.sys.MappedRegion;
import org.binder4j.sys.SysException;
import org.binder4j.sys.UnixSocket;

/**
 * A process's session with the binder4j daemon: the session socket (closing it is this process's death
 * for the driver) and the receive area, a memfd from the daemon mapped read-only here.
 */
public final class DaemonDriverSession implements DriverSession {
    private final Path socketPath;
    private final int fd;
    private final long token;
    private final int pid;
    private final int protocolVersion;
    /** Null for a session without a receive area. */
    private final MappedRegion receiveArea;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment buffer = arena.allocate(MAX_MESSAGE_BYTES, 8);
    private volatile boolean closed;

    private DaemonDriverSession(Path socketPath, int fd, long token, int pid, int protocolVersion,
            MappedRegion receiveArea) {
        this.socketPath = socketPath;
        this.fd = fd;
        this.token = token;
        this.pid = pid;
        this.protocolVersion = protocolVersion;
        this.receiveArea = receiveArea;
    }

    /**
     * Connects to the daemon at {@code socketPath} with the daemon's default receive area.
     *
     * @param processName shown in the driver's debug views
     * @throws IllegalStateException naming the path and the reason when there is no daemon or it refuses
     */
    public static DaemonDriverSession connect(Path socketPath, String processName) {
        return connect(socketPath, processName, 0);
    }

    /**
     * Connects to the daemon at {@code socketPath}.
     *
     * @param processName shown in the driver's debug views
     * @param receiveAreaSizeBytes 0 for the daemon's default, a size (capped by the daemon), or
     *     {@link org.binder4j.protocol.wire.WireDescriptor#NO_RECEIVE_AREA}: a process that never maps
     *     one, which can send oneway calls but receive nothing ({@link #receiveArea()} is then empty)
     * @throws IllegalStateException naming the path and the reason when there is no daemon or it refuses
     */
    public static DaemonDriverSession connect(Path socketPath, String processName, long receiveAreaSizeBytes) {
        int fd;
        try {
            fd = UnixSocket.connect(socketPath);
        } catch (SysException e) {
            throw new IllegalStateException("no binder4j daemon at " + socketPath + " (" + e.getMessage()
                    + "); start one with `binder4j daemon` or set " + SocketPaths.ENV, e);
        }
        try (Arena scratch = Arena.ofConfined()) {
            byte[] name = processName.getBytes(StandardCharsets.UTF_8);
            int nameBytes = Math.min(name.length, MAX_NAME_BYTES);
            MemorySegment hello = scratch.allocate(MAX_MESSAGE_BYTES, 8);
            WireIo.putHello(hello, KIND_SESSION, 0, receiveAreaSizeBytes, 0);
            MemorySegment.copy(MemorySegment.ofArray(name), 0, hello, HELLO_SIZE_BYTES, nameBytes);
            UnixSocket.send(fd, hello, HELLO_SIZE_BYTES + nameBytes);
            int[] fds = WireIo.awaitWelcome(fd, hello, socketPath);
            int expectedFds = receiveAreaSizeBytes == NO_RECEIVE_AREA ? 0 : 1;
            if (fds.length != expectedFds) {
                for (int received : fds) {
                    Fds.closeQuietly(received);
                }
                throw new IllegalStateException("the daemon at " + socketPath + " sent " + fds.length
                        + " descriptors with its welcome, expected " + expectedFds + " (the receive area)");
            }
            MappedRegion area = null;
            if (expectedFds == 1) {
                try {
                    area = MappedRegion.map(fds[0], hello.get(LONG, AREA_SIZE_OFFSET), false);
                } finally {
                    Fds.closeQuietly(fds[0]);
                }
            }
            return new DaemonDriverSession(socketPath, fd, hello.get(LONG, WELCOME_TOKEN_OFFSET),
                    hello.get(INT, PID_OFFSET), hello.get(INT, BINDER_VERSION_OFFSET), area);
        } catch (RuntimeException e) {
            Fds.closeQuietly(fd);
            throw e;
        }
    }

    Path socketPath() {
        return socketPath;
    }

    long token() {
        return token;
    }

    /** The binder protocol version the daemon's welcome announced. */
    @Override
    public int protocolVersion() {
        return protocolVersion;
    }

    @Override
    public int pid() {
        return pid;
    }

    @Override
    public MemorySegment receiveArea() {
        return receiveArea == null ? MemorySegment.NULL : receiveArea.segment();
    }

    @Override
    public DriverThread openThread() {
        if (closed) {
            throw new IllegalStateException("session with the daemon at " + socketPath + " is closed");
        }
        return DaemonDriverThread.open(this);
    }

    @Override
    public int setMaxThreads(int maxThreads) {
        return (int) control(SET_MAX_THREADS, maxThreads, null)[0];
    }

    @Override
    public int becomeContextManager() {
        return (int) control(CONTEXT_MGR, 0, null)[0];
    }

    @Override
    public synchronized int getNodeInfoForRef(NodeInfoForRef info) {
        long[] result = control(NODE_INFO, Integer.toUnsignedLong(info.handle), null);
        if (result[0] != 0) {
            return (int) result[0];
        }
        if (result[2] < 12) {
            return -Errno.EPROTO;
        }
        info.strongCount = buffer.get(INT, HEADER_SIZE_BYTES);
        info.weakCount = buffer.get(INT, HEADER_SIZE_BYTES + 4);
        info.strongRefProcs = buffer.get(INT, HEADER_SIZE_BYTES + 8);
        return 0;
    }

    @Override
    public String debugView(String name) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        synchronized (this) {
            long total;
            do {
                long[] result = control(DEBUG_VIEW, bytes.size(), nameBytes);
                if (result[0] != 0) {
                    throw new IllegalStateException("debug view '" + name + "' failed: " + Errno.name((int) result[0]));
                }
                total = result[1];
                bytes.writeBytes(buffer.asSlice(HEADER_SIZE_BYTES, result[2]).toArray(ValueLayout.JAVA_BYTE));
            } while (bytes.size() < total);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** One request on the session connection; returns {status, arg0, payload size}. */
    private synchronized long[] control(int type, long arg0, byte[] payload) {
        int payloadBytes = payload == null ? 0 : payload.length;
        buffer.set(INT, TYPE_OFFSET, type);
        buffer.set(INT, FLAGS_OFFSET, 0);
        buffer.set(LONG, ARG0_OFFSET, arg0);
        buffer.set(LONG, ARG1_OFFSET, 0);
        if (payloadBytes > 0) {
            MemorySegment.copy(MemorySegment.ofArray(payload), 0, buffer, HEADER_SIZE_BYTES, payloadBytes);
        }
        try {
            UnixSocket.send(fd, buffer, HEADER_SIZE_BYTES + payloadBytes);
            int size = UnixSocket.receive(fd, buffer, MAX_MESSAGE_BYTES);
            if (size < HEADER_SIZE_BYTES) {
                return new long[] {-Errno.ECONNRESET, 0, 0};
            }
            return new long[] {buffer.get(INT, STATUS_OFFSET), buffer.get(LONG, ARG0_OFFSET), size - HEADER_SIZE_BYTES};
        } catch (SysException e) {
            return new long[] {-Errno.ECONNRESET, 0, 0};
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        UnixSocket.shutdown(fd);
        Fds.closeQuietly(fd);
        if (receiveArea != null) {
            receiveArea.close();
        }
        arena.close();
    }
}
