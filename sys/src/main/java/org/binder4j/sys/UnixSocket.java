package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * AF_UNIX SOCK_SEQPACKET sockets on plain file descriptors: message boundaries are kept, descriptors travel
 * with SCM_RIGHTS, and the kernel vouches for the peer's pid and uid. Every descriptor made here is
 * close-on-exec. Buffers must be native segments; send and receive without descriptors allocate nothing.
 */
public final class UnixSocket {
    /** sun_path holds 108 bytes including the terminating NUL. */
    public static final int MAX_PATH_BYTES = 107;

    private static final int AF_UNIX = 1;
    private static final int SOCK_SEQPACKET = 5;
    private static final int SOCK_CLOEXEC = 0x80000;
    private static final int SO_SNDBUF = 7;
    private static final int SO_RCVBUF = 8;
    private static final int SO_PEERCRED = 17;
    private static final int SHUT_RDWR = 2;
    private static final int MSG_CTRUNC = 0x8;
    private static final int MSG_TRUNC = 0x20;
    private static final int MSG_DONTWAIT = 0x40;
    private static final int MSG_NOSIGNAL = 0x4000;
    private static final int MSG_CMSG_CLOEXEC = 0x40000000;
    private static final long SUN_PATH_OFFSET = 2;
    private static final Charset PATH_CHARSET =
            Charset.forName(System.getProperty("sun.jnu.encoding"), StandardCharsets.UTF_8);

    private UnixSocket() {}

    /**
     * A listening socket bound to {@code path}, which must not exist yet.
     *
     * @throws IllegalArgumentException if the path is longer than {@value #MAX_PATH_BYTES} bytes
     */
    public static int listen(Path path, int backlog) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment address = socketAddress(arena, path);
            int fd = newSocket();
            try {
                Check.ok(LibC.bind(fd, address, (int) address.byteSize()), () -> "bind(" + path + ")");
                Check.ok(LibC.listen(fd, backlog), () -> "listen(" + path + ", backlog=" + backlog + ")");
            } catch (RuntimeException e) {
                Fds.closeQuietly(fd);
                throw e;
            }
            return fd;
        }
    }

    /**
     * A socket connected to the listener at {@code path}.
     *
     * @throws IllegalArgumentException if the path is longer than {@value #MAX_PATH_BYTES} bytes
     */
    public static int connect(Path path) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment address = socketAddress(arena, path);
            int fd = newSocket();
            int r;
            do {
                r = LibC.connect(fd, address, (int) address.byteSize());
            } while (r == -Errnos.EINTR); // a Unix connect is queued whole or not at all, so retrying is safe
            if (r < 0) {
                Fds.closeQuietly(fd);
                throw new SysException("connect(" + path + ")", -r);
            }
            return fd;
        }
    }

    /**
     * Blocks until a peer connects. To stop a thread blocked here, {@link #shutdown} the listening socket
     * (then this throws); closing it from another thread does not wake this one on Linux.
     */
    public static int accept(int listenFd) {
        int fd;
        do {
            fd = LibC.accept4(listenFd, SOCK_CLOEXEC);
        } while (fd == -Errnos.EINTR || fd == -Errnos.ECONNABORTED);
        return Check.ok(fd, () -> "accept4(fd=" + listenFd + ")");
    }

    /** Two connected sockets, for tests and in-process peers. */
    public static int[] socketPair() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fds = arena.allocate(JAVA_INT, 2);
            Check.ok(LibC.socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, fds),
                    () -> "socketpair(AF_UNIX, SOCK_SEQPACKET)");
            return new int[] {fds.getAtIndex(JAVA_INT, 0), fds.getAtIndex(JAVA_INT, 1)};
        }
    }

    /**
     * Sends the first {@code sizeBytes} of {@code data} as one message and returns the bytes sent. Blocks
     * while the peer's buffer is full. A closed peer is an error (EPIPE), not a signal.
     *
     * @throws IllegalArgumentException for an empty message, which the peer could not tell from a close
     */
    public static int send(int fd, MemorySegment data, long sizeBytes) {
        checkBuffer(data, sizeBytes);
        Scratch s = Scratch.get();
        return sendMessage(fd, Msg.prepare(s, data, sizeBytes, 0), sizeBytes, 0);
    }

    /** Like {@link #send}, with {@code fds} attached in one SCM_RIGHTS message; the caller keeps its copies. */
    public static int sendWithFds(int fd, MemorySegment data, long sizeBytes, int... fds) {
        return sendWithFds(fd, data, sizeBytes, fds, fds.length);
    }

    /**
     * Like {@link #send}, with the first {@code fdCount} of {@code fds} attached in one SCM_RIGHTS message
     * (at most {@value Scratch#MAX_FDS}); the caller keeps its copies. Allocates nothing.
     *
     * @throws SysException with EBADF if one of them is not an open descriptor; nothing was sent then
     */
    public static int sendWithFds(int fd, MemorySegment data, long sizeBytes, int[] fds, int fdCount) {
        checkBuffer(data, sizeBytes);
        if (fdCount < 0 || fdCount > fds.length || fdCount > Scratch.MAX_FDS) {
            throw new IllegalArgumentException(fdCount + " fds of " + fds.length + " in one message, the limit is "
                    + Scratch.MAX_FDS);
        }
        Scratch s = Scratch.get();
        long controlBytes = fdCount == 0 ? 0 : Msg.writeRights(s, fds, fdCount);
        return sendMessage(fd, Msg.prepare(s, data, sizeBytes, controlBytes), sizeBytes, fdCount);
    }

    /**
     * Blocks for one message and returns its size, 0 when the peer has closed, or {@code -EMSGSIZE} when
     * it did not fit in {@code capacityBytes} (the rest is lost). Descriptors sent with it are closed.
     */
    public static int receive(int fd, MemorySegment buffer, long capacityBytes) {
        return receiveClosingFds(fd, buffer, capacityBytes, 0);
    }

    /**
     * Like {@link #receive}, without blocking: returns {@code -EAGAIN} when no message is waiting.
     */
    public static int receiveNonBlocking(int fd, MemorySegment buffer, long capacityBytes) {
        return receiveClosingFds(fd, buffer, capacityBytes, MSG_DONTWAIT);
    }

    /**
     * Blocks for one message and keeps the descriptors that came with it in {@code fds} (up to
     * {@value Scratch#MAX_FDS}, the most one message can carry); allocates nothing. Returns the message's
     * size, 0 when the peer has closed, or {@code -EMSGSIZE} when it did not fit in {@code capacityBytes}
     * (the rest is lost and its descriptors are closed). Descriptors the kernel could not install are
     * reported by {@link ReceivedFds#truncated()}.
     */
    public static int receive(int fd, MemorySegment buffer, long capacityBytes, ReceivedFds fds) {
        checkBuffer(buffer, capacityBytes);
        Scratch s = Scratch.get();
        long n = receiveMessage(s, fd, buffer, capacityBytes, Msg.controlSpace(Scratch.MAX_FDS), 0);
        if (n < 0) {
            throw new SysException("recvmsg(fd=" + fd + ", capacity=" + capacityBytes + ")", (int) -n);
        }
        int flags = Msg.flags(s);
        Msg.takeFds(s, fds, (flags & MSG_CTRUNC) != 0);
        if ((flags & MSG_TRUNC) != 0) {
            fds.closeAll();
            return -Errnos.EMSGSIZE;
        }
        return (int) n;
    }

    /**
     * Blocks for one message and the descriptors that came with it (close-on-exec, owned by the caller).
     * A message too big for the buffer, or with more than {@code maxFds} descriptors, yields
     * {@code sizeBytes == -EMSGSIZE} and no descriptors (any that arrived are closed).
     */
    public static Received receiveWithFds(int fd, MemorySegment buffer, long capacityBytes, int maxFds) {
        checkBuffer(buffer, capacityBytes);
        if (maxFds < 0 || maxFds > Scratch.MAX_FDS) {
            throw new IllegalArgumentException("maxFds " + maxFds + " is not within 0.." + Scratch.MAX_FDS);
        }
        Scratch s = Scratch.get();
        long controlBytes = maxFds == 0 ? 0 : Msg.controlSpace(maxFds);
        long n = receiveMessage(s, fd, buffer, capacityBytes, controlBytes, 0);
        if (n < 0) {
            throw new SysException("recvmsg(fd=" + fd + ", capacity=" + capacityBytes + ")", (int) -n);
        }
        if ((Msg.flags(s) & (MSG_TRUNC | MSG_CTRUNC)) != 0) {
            Msg.closeFds(s);
            return new Received(-Errnos.EMSGSIZE, Msg.NO_FDS);
        }
        return new Received((int) n, Msg.takeFds(s));
    }

    /** The pid, uid and gid of the process at the other end, as they were when it connected. */
    public static Credentials peerCredentials(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ucred = arena.allocate(JAVA_INT, 3);
            MemorySegment length = arena.allocateFrom(JAVA_INT, (int) ucred.byteSize());
            Check.ok(LibC.getsockopt(fd, Msg.SOL_SOCKET, SO_PEERCRED, ucred, length),
                    () -> "getsockopt(fd=" + fd + ", SO_PEERCRED)");
            return new Credentials(ucred.getAtIndex(JAVA_INT, 0), ucred.getAtIndex(JAVA_INT, 1),
                    ucred.getAtIndex(JAVA_INT, 2));
        }
    }

    /**
     * Shuts both directions down, which wakes threads blocked in {@link #receive} (they get 0) or
     * {@link #accept} (it throws). The descriptor stays open.
     */
    public static void shutdown(int fd) {
        int r = LibC.shutdown(fd, SHUT_RDWR);
        if (r < 0 && r != -Errnos.ENOTCONN) {
            throw new SysException("shutdown(fd=" + fd + ")", -r);
        }
    }

    /** Sets SO_SNDBUF and SO_RCVBUF; for SOCK_SEQPACKET the send buffer also bounds the message size. */
    public static void setBufferSizes(int fd, int sendBytes, int receiveBytes) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment value = arena.allocateFrom(JAVA_INT, sendBytes);
            Check.ok(LibC.setsockopt(fd, Msg.SOL_SOCKET, SO_SNDBUF, value, Integer.BYTES),
                    () -> "setsockopt(fd=" + fd + ", SO_SNDBUF, " + sendBytes + ")");
            value.set(JAVA_INT, 0, receiveBytes);
            Check.ok(LibC.setsockopt(fd, Msg.SOL_SOCKET, SO_RCVBUF, value, Integer.BYTES),
                    () -> "setsockopt(fd=" + fd + ", SO_RCVBUF, " + receiveBytes + ")");
        }
    }

    private static int newSocket() {
        return Check.ok(LibC.socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0),
                () -> "socket(AF_UNIX, SOCK_SEQPACKET)");
    }

    /** A sockaddr_un for {@code path}, as long as bind and connect want it (family, path, NUL). */
    private static MemorySegment socketAddress(Arena arena, Path path) {
        byte[] bytes = path.toString().getBytes(PATH_CHARSET);
        if (bytes.length > MAX_PATH_BYTES) {
            throw new IllegalArgumentException("Unix socket path is " + bytes.length + " bytes, the limit is "
                    + MAX_PATH_BYTES + ": " + path);
        }
        MemorySegment address = arena.allocate(SUN_PATH_OFFSET + bytes.length + 1, 2);
        address.set(JAVA_SHORT, 0, (short) AF_UNIX);
        MemorySegment.copy(bytes, 0, address, JAVA_BYTE, SUN_PATH_OFFSET, bytes.length);
        return address;
    }

    private static int sendMessage(int fd, MemorySegment message, long sizeBytes, int fdCount) {
        long n;
        do {
            n = LibC.sendmsg(fd, message, MSG_NOSIGNAL);
        } while (n == -Errnos.EINTR);
        if (n < 0) {
            throw new SysException("sendmsg(fd=" + fd + ", size=" + sizeBytes + ", fds=" + fdCount + ")", (int) -n);
        }
        return (int) n;
    }

    private static int receiveClosingFds(int fd, MemorySegment buffer, long capacityBytes, int flags) {
        checkBuffer(buffer, capacityBytes);
        Scratch s = Scratch.get();
        long n = receiveMessage(s, fd, buffer, capacityBytes, Msg.controlSpace(Scratch.MAX_FDS), flags);
        if (n == -Errnos.EAGAIN && flags == MSG_DONTWAIT) {
            return (int) n;
        }
        if (n < 0) {
            throw new SysException("recvmsg(fd=" + fd + ", capacity=" + capacityBytes + ")", (int) -n);
        }
        Msg.closeFds(s); // nobody asked for them; closing keeps them from leaking
        return (Msg.flags(s) & MSG_TRUNC) != 0 ? -Errnos.EMSGSIZE : (int) n;
    }

    /** recvmsg into the thread's scratch msghdr; returns bytes or -errno, retrying after signals. */
    private static long receiveMessage(Scratch s, int fd, MemorySegment buffer, long capacityBytes,
                                       long controlBytes, int flags) {
        MemorySegment message = Msg.prepare(s, buffer, capacityBytes, controlBytes);
        long n;
        do {
            n = LibC.recvmsg(fd, message, flags | MSG_CMSG_CLOEXEC);
        } while (n == -Errnos.EINTR);
        return n;
    }

    private static void checkBuffer(MemorySegment buffer, long sizeBytes) {
        if (!buffer.isNative()) {
            throw new IllegalArgumentException("socket buffers must be native segments");
        }
        if (sizeBytes <= 0 || sizeBytes > buffer.byteSize() || sizeBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "size " + sizeBytes + " is not within 1.." + Math.min(buffer.byteSize(), Integer.MAX_VALUE));
        }
    }
}
