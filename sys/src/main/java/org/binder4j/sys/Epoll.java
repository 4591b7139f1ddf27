package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * An epoll instance that watches descriptors for input and hang-up, so that one thread can serve many
 * sockets. Only one thread may {@link #await} at a time; {@code add} and {@code remove} may come from any.
 */
public final class Epoll implements AutoCloseable {
    public static final int IN = 0x1;
    public static final int ERR = 0x8;
    public static final int HUP = 0x10;
    public static final int RDHUP = 0x2000;

    private static final int EPOLL_CLOEXEC = 0x80000;
    private static final int EPOLL_CTL_ADD = 1;
    private static final int EPOLL_CTL_DEL = 2;
    private static final long EVENT_SIZE = Arch.CURRENT.epollEventSize();
    private static final long DATA_OFFSET = Arch.CURRENT.epollDataOffset();

    private final int fd;
    // Freed by the GC rather than by close(), so that close() cannot pull it from under an epoll_wait.
    private MemorySegment events = MemorySegment.NULL;
    private int capacity;
    private boolean closed;

    private Epoll(int fd) {
        this.fd = fd;
    }

    public static Epoll create() {
        return new Epoll(Check.ok(LibC.epollCreate1(EPOLL_CLOEXEC), () -> "epoll_create1(EPOLL_CLOEXEC)"));
    }

    /** Watches {@code fd} for IN and RDHUP (ERR and HUP are always reported); events carry {@code userData}. */
    public void add(int fd, long userData) {
        MemorySegment event = Scratch.get().small;
        event.set(JAVA_INT, 0, IN | RDHUP);
        event.set(JAVA_LONG_UNALIGNED, DATA_OFFSET, userData);
        Check.ok(LibC.epollCtl(this.fd, EPOLL_CTL_ADD, fd, event),
                () -> "epoll_ctl(epfd=" + this.fd + ", EPOLL_CTL_ADD, fd=" + fd + ")");
    }

    public void remove(int fd) {
        Check.ok(LibC.epollCtl(this.fd, EPOLL_CTL_DEL, fd, MemorySegment.NULL),
                () -> "epoll_ctl(epfd=" + this.fd + ", EPOLL_CTL_DEL, fd=" + fd + ")");
    }

    /**
     * Waits up to {@code timeoutMs} (negative: forever) for events, and stores up to as many as the
     * arrays hold: the {@code userData} of each ready descriptor and its event bits ({@link #IN},
     * {@link #HUP}, {@link #RDHUP}, {@link #ERR}). Returns how many were stored; 0 on timeout or signal.
     */
    public int await(long[] userDataOut, int[] eventsOut, int timeoutMs) {
        int max = Math.min(userDataOut.length, eventsOut.length);
        if (max == 0) {
            throw new IllegalArgumentException("no room for events");
        }
        if (max > capacity) {
            events = Arena.ofAuto().allocate(EVENT_SIZE * max, 8);
            capacity = max;
        }
        int n = LibC.epollWait(fd, events, max, timeoutMs);
        if (n == -Errnos.EINTR) {
            return 0;
        }
        if (n < 0) {
            throw new SysException("epoll_wait(epfd=" + fd + ")", -n);
        }
        for (int i = 0; i < n; i++) {
            long offset = i * EVENT_SIZE;
            eventsOut[i] = events.get(JAVA_INT_UNALIGNED, offset);
            userDataOut[i] = events.get(JAVA_LONG_UNALIGNED, offset + DATA_OFFSET);
        }
        return n;
    }

    /** Closes the epoll descriptor; idempotent. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            Fds.close(fd);
        }
    }
}
