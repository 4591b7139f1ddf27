package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;

/**
 * {@code struct msghdr}, {@code struct iovec} and {@code struct cmsghdr} as laid out on 64-bit Linux,
 * written into and read from a thread's {@link Scratch} buffers by hand.
 */
final class Msg {
    static final long MSGHDR_SIZE = 56;
    static final long IOVEC_SIZE = 16;
    static final int SOL_SOCKET = 1;
    private static final int SCM_RIGHTS = 1;
    static final int[] NO_FDS = {};

    // struct msghdr { void *name; socklen_t namelen; struct iovec *iov; size_t iovlen;
    //                 void *control; size_t controllen; int flags; }
    private static final long MSG_NAME = 0;
    private static final long MSG_NAMELEN = 8;
    private static final long MSG_IOV = 16;
    private static final long MSG_IOVLEN = 24;
    private static final long MSG_CONTROL = 32;
    private static final long MSG_CONTROLLEN = 40;
    private static final long MSG_FLAGS = 48;
    // struct cmsghdr { size_t len; int level; int type; unsigned char data[]; }
    private static final long CMSG_LEVEL = 8;
    private static final long CMSG_TYPE = 12;
    private static final long CMSG_HEADER = 16;

    private Msg() {}

    static long align8(long n) {
        return (n + 7) & ~7L;
    }

    /** CMSG_SPACE of an SCM_RIGHTS message with {@code fdCount} descriptors. */
    static long controlSpace(int fdCount) {
        return CMSG_HEADER + align8((long) fdCount * Integer.BYTES);
    }

    /**
     * Fills the thread's msghdr for one buffer and, when {@code controlBytes > 0}, the first
     * {@code controlBytes} of the thread's control buffer.
     */
    static MemorySegment prepare(Scratch s, MemorySegment buffer, long sizeBytes, long controlBytes) {
        s.iovec.set(JAVA_LONG, 0, buffer.address());
        s.iovec.set(JAVA_LONG, 8, sizeBytes);
        MemorySegment m = s.msghdr;
        m.set(JAVA_LONG, MSG_NAME, 0);
        m.set(JAVA_LONG, MSG_NAMELEN, 0); // and the padding after it
        m.set(JAVA_LONG, MSG_IOV, s.iovec.address());
        m.set(JAVA_LONG, MSG_IOVLEN, 1);
        m.set(JAVA_LONG, MSG_CONTROL, controlBytes == 0 ? 0 : s.control.address());
        m.set(JAVA_LONG, MSG_CONTROLLEN, controlBytes);
        m.set(JAVA_LONG, MSG_FLAGS, 0); // and the padding after it
        return m;
    }

    /** Writes one SCM_RIGHTS control message carrying the first {@code count} of {@code fds}; returns its length (CMSG_SPACE). */
    static long writeRights(Scratch s, int[] fds, int count) {
        MemorySegment c = s.control;
        long space = controlSpace(count);
        c.set(JAVA_INT, space - Integer.BYTES, 0); // the padding, when the count is odd
        c.set(JAVA_LONG, 0, CMSG_HEADER + (long) count * Integer.BYTES); // CMSG_LEN
        c.set(JAVA_INT, CMSG_LEVEL, SOL_SOCKET);
        c.set(JAVA_INT, CMSG_TYPE, SCM_RIGHTS);
        for (int i = 0; i < count; i++) {
            c.set(JAVA_INT, CMSG_HEADER + (long) i * Integer.BYTES, fds[i]);
        }
        return space;
    }

    /** msg_flags as recvmsg left them. */
    static int flags(Scratch s) {
        return s.msghdr.get(JAVA_INT, MSG_FLAGS);
    }

    /** The descriptors that recvmsg installed, now owned by the caller. */
    static int[] takeFds(Scratch s) {
        int count = scanFds(s, null);
        if (count == 0) {
            return NO_FDS;
        }
        int[] fds = new int[count];
        scanFds(s, fds);
        return fds;
    }

    /** Moves the descriptors that recvmsg installed into {@code into}; allocates nothing. */
    static void takeFds(Scratch s, ReceivedFds into, boolean truncated) {
        into.set(scanFds(s, into.array()), truncated);
    }

    /** Closes the descriptors that recvmsg installed; allocates only when there were some. */
    static void closeFds(Scratch s) {
        for (int fd : takeFds(s)) {
            LibC.close(fd);
        }
    }

    /** Counts the received descriptors, copying them into {@code out} when it is given. */
    private static int scanFds(Scratch s, int[] out) {
        MemorySegment c = s.control;
        long used = s.msghdr.get(JAVA_LONG, MSG_CONTROLLEN); // recvmsg shrinks it to what it wrote
        int count = 0;
        long offset = 0;
        while (offset + CMSG_HEADER <= used) {
            long length = c.get(JAVA_LONG, offset);
            if (length < CMSG_HEADER || offset + length > used) {
                break;
            }
            if (c.get(JAVA_INT, offset + CMSG_LEVEL) == SOL_SOCKET
                    && c.get(JAVA_INT, offset + CMSG_TYPE) == SCM_RIGHTS) {
                for (long p = offset + CMSG_HEADER; p + Integer.BYTES <= offset + length; p += Integer.BYTES) {
                    if (out != null) {
                        out[count] = c.get(JAVA_INT, p);
                    }
                    count++;
                }
            }
            offset += align8(length);
        }
        return count;
    }
}
