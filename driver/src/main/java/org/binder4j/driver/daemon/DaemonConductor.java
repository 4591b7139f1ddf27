package org.binder4j.driver.daemon;

import static org.binder4j.protocol.LittleEndian.INT;
import static org.binder4j.protocol.LittleEndian.LONG;
import static org.binder4j.protocol.LittleEndian.SHORT;
import static org.binder4j.protocol.wire.WireDescriptor.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.binder4j.driver.BinderDriver;
import org.binder4j.driver.BinderFile;
import org.binder4j.driver.BinderProc;
import org.binder4j.driver.ExtendedError;
import org.binder4j.driver.host.DescriptorFile;
import org.binder4j.driver.host.DriverHost;
import org.binder4j.protocol.Errno;
import org.binder4j.protocol.FlatObjectDescriptor;
import org.binder4j.protocol.NodeInfoForRef;
import org.binder4j.protocol.ProtocolVersion;
import org.binder4j.protocol.Returns;
import org.binder4j.protocol.WriteRead;
import org.binder4j.sys.Credentials;
import org.binder4j.sys.Epoll;
import org.binder4j.sys.EventFd;
import org.binder4j.sys.Fds;
import org.binder4j.sys.MappedRegion;
import org.binder4j.sys.Memfd;
import org.binder4j.sys.OpenFileLimit;
import org.binder4j.sys.ReceivedFds;
import org.binder4j.sys.SysException;
import org.binder4j.sys.UnixSocket;

/**
 * The daemon's single thread: accepts connections, reads requests, feeds them to the driver and answers.
 * Answers to blocked reads are sent by whichever thread delivers the wake-up, under the host lock; every
 * send happens under that lock, so one response buffer serves all. A client that breaks the protocol is
 * disconnected with a log line that says how; the others are not affected. Descriptors a client attaches
 * to a write-read go to the driver as files, and the files a read delivers go out with the response.
 */
final class DaemonConductor implements Runnable {
    private static final long LISTEN_ID = -1;
    private static final long STOP_ID = -2;
    private static final int MAX_EVENTS = 64;
    private static final long MAX_SEND_BUFFER_BYTES = 64L * 1024 * 1024;
    private static final int REQUEST_CAPACITY_BYTES = MAX_MESSAGE_BYTES + MAX_NAME_BYTES;

    private final DriverHost host;
    private final int listenFd;
    private final long busyPollNanos;
    private final Epoll epoll = Epoll.create();
    private final EventFd stopSignal = EventFd.create();
    private final SecureRandom random = new SecureRandom();
    private final HashMap<Long, DaemonSession> sessions = new HashMap<>();
    private DaemonConnection[] byFd = new DaemonConnection[256];
    private volatile boolean running = true;
    /** Guarded by {@link #stopSignal}. */
    private boolean stopSignalClosed;

    private final Arena arena = Arena.ofShared();
    private final MemorySegment request = arena.allocate(REQUEST_CAPACITY_BYTES, 8);
    private final MemorySegment writeView = request.asSlice(HEADER_SIZE_BYTES);
    /** Guarded by the host lock. */
    private final MemorySegment response = arena.allocate(MAX_MESSAGE_BYTES, 8);
    private final MemorySegment readView = response.asSlice(HEADER_SIZE_BYTES);
    private final WriteRead bwr = new WriteRead();
    /** Conductor thread only. */
    private final NodeInfoForRef nodeInfo = new NodeInfoForRef();
    /** Descriptors that came with the request being served; those still here afterwards are closed. */
    private final ReceivedFds requestFds = new ReceivedFds();
    private final ArrayList<DescriptorFile> attached = new ArrayList<>();
    /** Guarded by the host lock, as the response. */
    private final ArrayList<BinderFile> delivered = new ArrayList<>();
    private final int[] deliveredFds = new int[FlatObjectDescriptor.MAX_FDS_PER_TRANSACTION];

    DaemonConductor(DriverHost host, int listenFd, long busyPollMicros) {
        this.host = host;
        this.listenFd = listenFd;
        this.busyPollNanos = busyPollMicros * 1000;
        epoll.add(listenFd, LISTEN_ID);
        epoll.add(stopSignal.fd(), STOP_ID);
    }

    void stop() {
        synchronized (stopSignal) {
            running = false;
            // Other events may wake the conductor first, and it then shuts down at once: it closes the
            // descriptor under this lock, so that the signal never goes to a closed or reused one.
            if (!stopSignalClosed) {
                stopSignal.signal();
            }
        }
    }

    @Override
    public void run() {
        long[] ids = new long[MAX_EVENTS];
        int[] events = new int[MAX_EVENTS];
        try {
            while (running) {
                int n = awaitEvents(ids, events);
                for (int i = 0; i < n && running; i++) {
                    if (ids[i] == LISTEN_ID) {
                        accept();
                    } else if (ids[i] != STOP_ID) {
                        DaemonConnection connection = byFd[(int) ids[i]];
                        if (connection != null) {
                            serve(connection, events[i]);
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            DaemonLog.warn("conductor failed: " + e);
            throw e;
        } finally {
            shutdown();
        }
    }

    /**
     * Waits for events: polls for up to {@link #busyPollNanos} first, as Linux's SO_BUSY_POLL does. The
     * daemon sits in the middle of every call, and the next message usually follows within tens of
     * microseconds (the server's reply, the caller's next call); sleeping in between costs a wake-up
     * each time, which on a VM whose idle vCPUs halt is the largest part of a round trip. An idle daemon
     * polls once and then sleeps.
     */
    private int awaitEvents(long[] ids, int[] events) {
        int n = epoll.await(ids, events, 0);
        if (n > 0) {
            return n;
        }
        if (busyPollNanos > 0) {
            long deadline = System.nanoTime() + busyPollNanos;
            do {
                Thread.onSpinWait();
                n = epoll.await(ids, events, 0);
                if (n > 0) {
                    return n;
                }
            } while (System.nanoTime() - deadline < 0);
        }
        return epoll.await(ids, events, -1);
    }

    private void accept() {
        int fd;
        try {
            fd = UnixSocket.accept(listenFd);
        } catch (SysException e) {
            DaemonLog.warn("accept failed: " + e.getMessage());
            return;
        }
        Credentials peer = UnixSocket.peerCredentials(fd);
        if (fd >= byFd.length) {
            byFd = Arrays.copyOf(byFd, Math.max(fd + 1, byFd.length * 2));
        }
        byFd[fd] = new DaemonConnection(fd, peer.pid());
        epoll.add(fd, fd);
    }

    private void serve(DaemonConnection connection, int events) {
        if ((events & Epoll.IN) == 0) {
            disconnect(connection, null);
            return;
        }
        int size;
        try {
            size = UnixSocket.receive(connection.fd, request, REQUEST_CAPACITY_BYTES, requestFds);
        } catch (SysException e) {
            disconnect(connection, e.getMessage());
            return;
        }
        try {
            if (size <= 0) {
                disconnect(connection, size < 0 ? "oversized message" : null);
                return;
            }
            if (requestFds.truncated()) {
                DaemonLog.warn("the descriptors " + connection.describe() + " sent did not all arrive: the daemon's"
                        + " descriptor table is full (RLIMIT_NOFILE " + OpenFileLimit.soft() + ")");
            }
            switch (connection.kind) {
                case NEW -> hello(connection, size);
                case SESSION, THREAD -> request(connection, size);
            }
        } catch (ProtocolViolation | SysException violation) {
            disconnect(connection, violation.getMessage());
        } catch (RuntimeException bug) {
            DaemonLog.warn("internal error serving " + connection.describe() + ", disconnecting it: " + stackTrace(bug));
            disconnect(connection, bug.toString());
        } finally {
            requestFds.closeAll();
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private void hello(DaemonConnection connection, int size) {
        if (size < HELLO_SIZE_BYTES || request.get(INT, MAGIC_OFFSET) != MAGIC) {
            throw new ProtocolViolation("sent " + size + " bytes that are not a binder4j hello (magic 0x"
                    + Integer.toHexString(size >= 4 ? request.get(INT, 0) : 0) + ")");
        }
        int wireVersion = request.get(SHORT, VERSION_OFFSET);
        int binderVersion = request.get(INT, BINDER_VERSION_OFFSET);
        if (wireVersion != ProtocolVersion.WIRE || binderVersion != ProtocolVersion.BINDER) {
            refuse(connection, "this daemon speaks wire protocol " + ProtocolVersion.WIRE + " and binder protocol "
                    + ProtocolVersion.BINDER + "; the client speaks wire protocol " + wireVersion
                    + " and binder protocol " + binderVersion + ": use matching binder4j versions");
            return;
        }
        short kind = request.get(SHORT, KIND_OFFSET);
        if (kind == KIND_SESSION) {
            requireFds(0, "session hello");
            openSession(connection, size);
        } else if (kind == KIND_THREAD) {
            requireFds(1, "thread hello");
            attachThread(connection, requestFds.get(0));
        } else {
            throw new ProtocolViolation("hello of unknown kind " + kind);
        }
    }

    private void openSession(DaemonConnection connection, int size) {
        Credentials peer = UnixSocket.peerCredentials(connection.fd);
        long requestedAreaSize = request.get(LONG, AREA_SIZE_OFFSET);
        int nameBytes = Math.min(size - HELLO_SIZE_BYTES, MAX_NAME_BYTES);
        String name = new String(request.asSlice(HELLO_SIZE_BYTES, nameBytes).toArray(ValueLayout.JAVA_BYTE),
                StandardCharsets.UTF_8);
        if (requestedAreaSize == NO_RECEIVE_AREA) {
            registerSession(connection, peer, name, null, -1);
            return;
        }
        long areaSize = host.config().receiveAreaSizeFor(requestedAreaSize);
        int memfd = Memfd.create("binder4j-area-" + peer.pid(), areaSize);
        try {
            registerSession(connection, peer, name, MappedRegion.map(memfd, areaSize, true), memfd);
        } finally {
            Fds.closeQuietly(memfd);
        }
    }

    /** Opens the process in the driver and welcomes it; {@code area} null (and no memfd) for a process without one. */
    private void registerSession(DaemonConnection connection, Credentials peer, String name, MappedRegion area, int memfd) {
        long token = random.nextLong();
        synchronized (host.lock()) {
            BinderProc proc = host.driver().openProc(peer.pid(), peer.uid(), peer.gid(), name,
                    area == null ? MemorySegment.NULL : area.segment());
            DaemonSession session = new DaemonSession(token, connection, proc, area);
            sessions.put(token, session);
            connection.kind = DaemonConnection.Kind.SESSION;
            connection.session = session;
            welcome(connection, area == null ? 0 : area.sizeBytes(), token, memfd);
        }
    }

    private void attachThread(DaemonConnection connection, int fd) {
        DaemonSession session = sessions.get(request.get(LONG, TOKEN_OFFSET));
        if (session == null || session.connection.peerPid != connection.peerPid) {
            refuse(connection, "no session of pid " + connection.peerPid + " with that token");
            return;
        }
        MappedRegion sendBuffer = mapSendBuffer(fd, request.get(LONG, SEND_BUFFER_SIZE_OFFSET));
        synchronized (host.lock()) {
            connection.kind = DaemonConnection.Kind.THREAD;
            connection.session = session;
            connection.sendBuffer = sendBuffer;
            connection.thread = host.driver().attachThread(session.proc, request.get(INT, TID_OFFSET), sendBuffer.segment());
            host.register(connection.thread, () -> answerPendingRead(connection));
            session.threads.add(connection);
            welcome(connection, 0, session.token, -1);
        }
    }

    private MappedRegion mapSendBuffer(int fd, long sizeBytes) {
        if (sizeBytes <= 0 || sizeBytes > MAX_SEND_BUFFER_BYTES || Fds.size(fd) < sizeBytes) {
            throw new ProtocolViolation("send buffer of " + sizeBytes + " bytes (descriptor holds " + Fds.size(fd)
                    + ", limit " + MAX_SEND_BUFFER_BYTES + ")");
        }
        if ((Memfd.seals(fd) & Memfd.SEAL_SHRINK) == 0) {
            // Unsealed, the client could shrink it under our mapping and fault the daemon.
            throw new ProtocolViolation("sent a send buffer that is not sealed against shrinking");
        }
        return MappedRegion.map(fd, sizeBytes, false);
    }

    /** Requests other than WRITE_READ take a fixed number of descriptors; anything else breaks the protocol. */
    private void requireFds(int expected, String request) {
        if (requestFds.count() != expected || requestFds.truncated()) {
            throw new ProtocolViolation("sent " + requestFds.count() + (requestFds.truncated() ? " (truncated)" : "")
                    + " descriptors with a " + request + ", which takes " + expected);
        }
    }

    private void request(DaemonConnection connection, int size) {
        if (size < HEADER_SIZE_BYTES) {
            throw new ProtocolViolation("sent a " + size + "-byte request, shorter than its " + HEADER_SIZE_BYTES + "-byte header");
        }
        int type = request.get(INT, TYPE_OFFSET);
        long arg0 = request.get(LONG, ARG0_OFFSET);
        long arg1 = request.get(LONG, ARG1_OFFSET);
        boolean thread = connection.kind == DaemonConnection.Kind.THREAD;
        if (type != WRITE_READ) {
            requireFds(type == SEND_BUFFER ? 1 : 0, "request of type " + type);
        }
        synchronized (host.lock()) {
            BinderDriver driver = host.driver();
            BinderProc proc = connection.session.proc;
            switch (type) {
                case WRITE_READ -> {
                    requireThread(thread, type);
                    writeRead(connection, size, request.get(INT, FLAGS_OFFSET), arg0, arg1);
                }
                case SEND_BUFFER -> {
                    requireThread(thread, type);
                    MappedRegion grown = mapSendBuffer(requestFds.get(0), arg0);
                    driver.setSendBuffer(connection.thread, grown.segment());
                    connection.sendBuffer.close();
                    connection.sendBuffer = grown;
                    respond(connection, type, 0, 0, 0, 0);
                }
                case SET_MAX_THREADS -> respond(connection, type, driver.setMaxThreads(proc, (int) arg0), 0, 0, 0);
                case CONTEXT_MGR -> respond(connection, type, driver.setContextManager(proc), 0, 0, 0);
                case DEBUG_VIEW -> debugView(connection, size, arg0);
                case NODE_INFO -> {
                    nodeInfo.handle = (int) arg0;
                    int status = driver.getNodeInfoForRef(proc, nodeInfo);
                    readView.set(INT, 0, nodeInfo.strongCount);
                    readView.set(INT, 4, nodeInfo.weakCount);
                    readView.set(INT, 8, nodeInfo.strongRefProcs);
                    respond(connection, type, status, 0, 0, status == 0 ? 12 : 0);
                }
                case ERROR_DETAIL -> {
                    requireThread(thread, type);
                    ExtendedError error = driver.takeExtendedError(connection.thread);
                    respondText(connection, type, error == null ? new byte[0] : error.detail().getBytes(StandardCharsets.UTF_8), 0);
                }
                default -> throw new ProtocolViolation("sent unknown request type " + type);
            }
            host.deliverWakes();
        }
        host.unparkWoken();
    }

    private static void requireThread(boolean thread, int type) {
        if (!thread) {
            throw new ProtocolViolation("sent request type " + type + " on its session connection; it belongs on a thread connection");
        }
    }

    private void writeRead(DaemonConnection connection, int size, int flags, long readSize, long writeSize) {
        if (connection.pendingReadSizeBytes > 0) {
            throw new ProtocolViolation("sent a request while its previous read was still pending");
        }
        if (writeSize != size - HEADER_SIZE_BYTES || readSize < 0 || readSize > MAX_IO_BYTES) {
            throw new ProtocolViolation("sent a write-read of " + size + " bytes declaring write " + writeSize
                    + " and read " + readSize + " (read limit " + MAX_IO_BYTES + ")");
        }
        boolean noResponse = (flags & FLAG_NO_RESPONSE) != 0;
        if (noResponse && (readSize != 0 || requestFds.count() != 0 || (flags & FLAG_FDS_REFUSED) != 0)) {
            throw new ProtocolViolation("sent a write-read without response that reads " + readSize + " bytes, carries "
                    + requestFds.count() + " descriptors or refuses some: it may only write");
        }
        BinderDriver driver = host.driver();
        takeRequestFds();
        if ((flags & FLAG_FDS_REFUSED) != 0) {
            int refused = driver.refuseDeliveredFiles(connection.thread, -Errno.EMFILE);
            if (refused != 0) {
                closeAttached();
                respond(connection, WRITE_READ, refused, 0, 0, 0);
                return;
            }
        }
        bwr.write(writeView, writeSize).read(readView, readSize);
        bwr.nonBlocking = (flags & FLAG_NONBLOCK) != 0;
        int status = driver.writeRead(connection.thread, bwr, attached);
        attached.clear();
        if (noResponse) {
            if (status != 0 || bwr.writeConsumed != writeSize) {
                DaemonLog.warn(connection.describe() + " wrote " + writeSize + " command bytes without waiting for a"
                        + " response; the driver stopped at byte " + bwr.writeConsumed + " with status " + status);
            }
            return;
        }
        int completions = 0;
        if (status == 0 && (flags & FLAG_READ_PAST_COMPLETE) != 0 && !bwr.nonBlocking) {
            completions = completionsOnly(bwr.readConsumed);
            if (completions > 0) {
                status = driver.writeRead(connection.thread, bwr);
            }
        }
        if (status == -Errno.EAGAIN && readSize > 0 && !bwr.nonBlocking) {
            connection.pendingReadSizeBytes = readSize;
            connection.pendingWriteConsumed = bwr.writeConsumed;
            connection.pendingCompletions = completions;
            return;
        }
        respondWriteRead(connection, status, bwr.writeConsumed, bwr.readConsumed);
    }

    /**
     * How many BR_TRANSACTION_COMPLETE the returns in {@link #readView} hold if they are nothing else
     * after a plain BR_NOOP (a read that may go on waiting, {@code FLAG_READ_PAST_COMPLETE}); else 0.
     */
    private int completionsOnly(long readConsumed) {
        if (readConsumed < 8 || readView.get(INT, 0) != Returns.BR_NOOP) {
            return 0;
        }
        for (long position = 4; position < readConsumed; position += 4) {
            if (readView.get(INT, position) != Returns.BR_TRANSACTION_COMPLETE) {
                return 0;
            }
        }
        return (int) (readConsumed / 4 - 1);
    }

    /** Puts back into {@link #readView} the returns a read that went on waiting had already made. @return their bytes */
    private long putCompletions(int completions) {
        if (completions == 0) {
            return 0;
        }
        readView.set(INT, 0, Returns.BR_NOOP);
        for (int i = 1; i <= completions; i++) {
            readView.set(INT, i * 4L, Returns.BR_TRANSACTION_COMPLETE);
        }
        return (completions + 1) * 4L;
    }

    /**
     * The request's descriptors become files for the driver, unless some were lost on the way (the
     * daemon's own table is full): then none, and the transaction's FD objects fail for lack of files.
     */
    private void takeRequestFds() {
        if (requestFds.truncated()) {
            requestFds.closeAll();
            return;
        }
        for (int i = 0; i < requestFds.count(); i++) {
            attached.add(new DescriptorFile(requestFds.get(i)));
        }
        requestFds.clear();
    }

    private void closeAttached() {
        for (DescriptorFile file : attached) {
            file.close();
        }
        attached.clear();
    }

    /** The wake-up of a thread blocked in a read. Under the host lock, from any thread. */
    private void answerPendingRead(DaemonConnection connection) {
        if (connection.pendingReadSizeBytes == 0) {
            return;
        }
        bwr.write(writeView, 0).read(readView, connection.pendingReadSizeBytes);
        bwr.readConsumed = putCompletions(connection.pendingCompletions);
        bwr.nonBlocking = false;
        int status = host.driver().writeRead(connection.thread, bwr);
        if (status == -Errno.EAGAIN) {
            return;
        }
        connection.pendingReadSizeBytes = 0;
        connection.pendingCompletions = 0;
        respondWriteRead(connection, status, connection.pendingWriteConsumed, bwr.readConsumed);
    }

    /**
     * Answers a write-read whose returns are in {@link #readView}, with the files its read delivered;
     * the daemon's copies are closed once sent. Under the host lock.
     */
    private void respondWriteRead(DaemonConnection connection, int status, long writeConsumed, long readConsumed) {
        host.driver().takeDeliveredFiles(connection.thread, delivered);
        int count = delivered.size();
        try {
            for (int i = 0; i < count; i++) {
                deliveredFds[i] = ((DescriptorFile) delivered.get(i)).fd();
            }
            putHeader(WRITE_READ, status, writeConsumed, readConsumed);
            UnixSocket.sendWithFds(connection.fd, response, HEADER_SIZE_BYTES + readConsumed, deliveredFds, count);
        } catch (SysException e) {
            DaemonLog.info("could not answer " + connection.describe() + ": " + e.getMessage());
        } finally {
            for (int i = 0; i < count; i++) {
                delivered.get(i).close();
            }
            delivered.clear();
        }
    }

    private void debugView(DaemonConnection connection, int size, long offset) {
        if (offset == 0) {
            String name = new String(request.asSlice(HEADER_SIZE_BYTES, size - HEADER_SIZE_BYTES).toArray(ValueLayout.JAVA_BYTE),
                    StandardCharsets.UTF_8);
            connection.debugText = host.driver().debugView(name).getBytes(StandardCharsets.UTF_8);
        }
        byte[] text = connection.debugText;
        if (text == null || offset < 0 || offset > text.length) {
            throw new ProtocolViolation("asked for debug text at offset " + offset + " of " + (text == null ? 0 : text.length));
        }
        int chunk = (int) Math.min(MAX_IO_BYTES, text.length - offset);
        MemorySegment.copy(MemorySegment.ofArray(text), offset, readView, 0, chunk);
        respond(connection, DEBUG_VIEW, 0, text.length, chunk, chunk);
        if (offset + chunk == text.length) {
            connection.debugText = null;
        }
    }

    private void respondText(DaemonConnection connection, int type, byte[] text, int status) {
        int length = Math.min(text.length, MAX_IO_BYTES);
        MemorySegment.copy(MemorySegment.ofArray(text), 0, readView, 0, length);
        respond(connection, type, status, text.length, 0, length);
    }

    /** Sends a response whose payload is already in {@link #readView}. Under the host lock. */
    private void respond(DaemonConnection connection, int type, int status, long arg0, long arg1, long payloadBytes) {
        putHeader(type, status, arg0, arg1);
        try {
            UnixSocket.send(connection.fd, response, HEADER_SIZE_BYTES + payloadBytes);
        } catch (SysException e) {
            // The peer is gone; the conductor sees the hang-up and cleans up.
            DaemonLog.info("could not answer " + connection.describe() + ": " + e.getMessage());
        }
    }

    private void putHeader(int type, int status, long arg0, long arg1) {
        response.set(INT, TYPE_OFFSET, type);
        response.set(INT, STATUS_OFFSET, status);
        response.set(LONG, ARG0_OFFSET, arg0);
        response.set(LONG, ARG1_OFFSET, arg1);
    }

    /** Writes the header of a welcome or a refusal into {@link #response}. Under the host lock. */
    private void putHelloReply(short type, int pid, long areaSize, long token) {
        response.asSlice(0, HELLO_SIZE_BYTES).fill((byte) 0);
        response.set(INT, MAGIC_OFFSET, MAGIC);
        response.set(SHORT, VERSION_OFFSET, (short) ProtocolVersion.WIRE);
        response.set(SHORT, KIND_OFFSET, type);
        response.set(INT, BINDER_VERSION_OFFSET, ProtocolVersion.BINDER);
        response.set(INT, PID_OFFSET, pid);
        response.set(LONG, AREA_SIZE_OFFSET, areaSize);
        response.set(LONG, WELCOME_TOKEN_OFFSET, token);
    }

    private void welcome(DaemonConnection connection, long areaSize, long token, int areaFd) {
        putHelloReply(TYPE_WELCOME, connection.peerPid, areaSize, token);
        if (areaFd >= 0) {
            UnixSocket.sendWithFds(connection.fd, response, HELLO_SIZE_BYTES, areaFd);
        } else {
            UnixSocket.send(connection.fd, response, HELLO_SIZE_BYTES);
        }
    }

    private void refuse(DaemonConnection connection, String reason) {
        DaemonLog.warn("refused " + connection.describe() + ": " + reason);
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        synchronized (host.lock()) {
            try {
                putHelloReply(TYPE_REFUSED, connection.peerPid, 0, 0);
                int length = Math.min(text.length, MAX_IO_BYTES);
                MemorySegment.copy(MemorySegment.ofArray(text), 0, response, HELLO_SIZE_BYTES, length);
                UnixSocket.send(connection.fd, response, HELLO_SIZE_BYTES + length);
            } catch (SysException e) {
                DaemonLog.info("could not send the refusal: " + e.getMessage());
            }
        }
        disconnect(connection, null);
    }

    /** Closes a connection and releases what it stood for in the driver. Conductor thread only. */
    private void disconnect(DaemonConnection connection, String violation) {
        if (byFd[connection.fd] != connection) {
            return;
        }
        if (violation != null) {
            DaemonLog.warn("disconnected " + connection.describe() + ": " + violation);
        }
        List<DaemonConnection> closing = new ArrayList<>();
        closing.add(connection);
        synchronized (host.lock()) {
            if (connection.kind == DaemonConnection.Kind.SESSION) {
                DaemonSession session = connection.session;
                sessions.remove(session.token);
                for (DaemonConnection thread : session.threads) {
                    host.unregister(thread.thread);
                    closing.add(thread);
                }
                host.driver().releaseProc(session.proc);
                host.deliverWakes();
                if (session.receiveArea != null) {
                    session.receiveArea.close();
                }
            } else if (connection.kind == DaemonConnection.Kind.THREAD && connection.thread != null) {
                host.unregister(connection.thread);
                connection.session.threads.remove(connection);
                if (!connection.session.proc.isDead()) {
                    host.driver().releaseThread(connection.thread);
                    host.deliverWakes();
                }
            }
        }
        host.unparkWoken();
        for (DaemonConnection closed : closing) {
            close(closed);
        }
    }

    private void close(DaemonConnection connection) {
        if (byFd[connection.fd] != connection) {
            return;
        }
        epoll.remove(connection.fd);
        byFd[connection.fd] = null;
        if (connection.sendBuffer != null) {
            connection.sendBuffer.close();
        }
        Fds.closeQuietly(connection.fd);
    }

    private void shutdown() {
        for (DaemonConnection connection : byFd) {
            if (connection != null && connection.kind == DaemonConnection.Kind.SESSION) {
                disconnect(connection, null);
            }
        }
        for (DaemonConnection connection : byFd) {
            if (connection != null) {
                disconnect(connection, null);
            }
        }
        Fds.closeQuietly(listenFd);
        epoll.close();
        synchronized (stopSignal) {
            stopSignal.close();
            stopSignalClosed = true;
        }
        synchronized (host.lock()) {
            arena.close();
        }
    }

    /** A client broke the protocol; the message says how. */
    private static final class ProtocolViolation extends RuntimeException {
        ProtocolViolation(String message) {
            super(message, null, false, false);
        }
    }
}
