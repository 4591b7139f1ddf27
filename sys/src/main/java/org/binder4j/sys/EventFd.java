package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.MemorySegment;

/**
 * A counter in the kernel that one thread signals and another awaits, usable with poll and {@link Epoll};
 * for waking a thread that sleeps on descriptors. Signal and await allocate nothing.
 */
public final class EventFd implements AutoCloseable {
    private static final int EFD_CLOEXEC = 0x80000;
    private static final short POLLIN = 0x1;
    private static final short POLLNVAL = 0x20;

    private final int fd;
    private boolean closed;

    private EventFd(int fd) {
        this.fd = fd;
    }

    public static EventFd create() {
        return new EventFd(Check.ok(LibC.eventfd(0, EFD_CLOEXEC), () -> "eventfd(0, EFD_CLOEXEC)"));
    }

    public int fd() {
        return fd;
    }

    /** Adds 1 to the counter, waking an awaiting thread. */
    public void signal() {
        MemorySegment value = Scratch.get().small;
        value.set(JAVA_LONG, 0, 1);
        long n;
        do {
            n = LibC.write(fd, value, Long.BYTES);
        } while (n == -Errnos.EINTR);
        if (n < 0) {
            throw new SysException("write(eventfd=" + fd + ")", (int) -n);
        }
    }

    /** Blocks until the counter is non-zero, then returns it and resets it to zero. */
    public long await() {
        MemorySegment value = Scratch.get().small;
        long n;
        do {
            n = LibC.read(fd, value, Long.BYTES);
        } while (n == -Errnos.EINTR);
        if (n < 0) {
            throw new SysException("read(eventfd=" + fd + ")", (int) -n);
        }
        return value.get(JAVA_LONG, 0);
    }

    /** Whether the counter becomes non-zero within {@code timeoutMs} (negative: forever); does not reset it. */
    public boolean poll(long timeoutMs) {
        MemorySegment pollfd = Scratch.get().small; // struct pollfd { int fd; short events; short revents; }
        int timeout = (int) Math.max(Math.min(timeoutMs, Integer.MAX_VALUE), -1);
        int n;
        do {
            pollfd.set(JAVA_INT, 0, fd);
            pollfd.set(JAVA_SHORT, 4, POLLIN);
            pollfd.set(JAVA_SHORT, 6, (short) 0);
            n = LibC.poll(pollfd, 1, timeout);
        } while (n == -Errnos.EINTR);
        short revents = pollfd.get(JAVA_SHORT, 6);
        if (n < 0 || (revents & POLLNVAL) != 0) {
            throw new SysException("poll(eventfd=" + fd + ")", n < 0 ? -n : Errnos.EBADF);
        }
        return (revents & POLLIN) != 0;
    }

    /** Closes the descriptor; idempotent. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            Fds.close(fd);
        }
    }
}
