package org.binder4j.sys;

/**
 * The descriptors that came with one message ({@link UnixSocket#receive(int, java.lang.foreign.MemorySegment,
 * long, ReceivedFds)}), close-on-exec and owned by the receiver. Reused from message to message, so
 * receiving allocates nothing; each receive replaces the previous contents.
 */
public final class ReceivedFds {
    private final int[] fds = new int[Scratch.MAX_FDS];
    private int count;
    private boolean truncated;

    public int count() {
        return count;
    }

    /** Descriptor {@code index}, in the order they were sent. */
    public int get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("descriptor " + index + " of " + count);
        }
        return fds[index];
    }

    /**
     * Whether the kernel dropped descriptors that were sent with the message (MSG_CTRUNC), typically
     * because this process's descriptor table is full (RLIMIT_NOFILE); those that are here did arrive.
     */
    public boolean truncated() {
        return truncated;
    }

    /** Closes every descriptor and forgets them. */
    public void closeAll() {
        for (int i = 0; i < count; i++) {
            Fds.closeQuietly(fds[i]);
        }
        count = 0;
    }

    /** Forgets the descriptors without closing them: whoever took them owns them now. */
    public void clear() {
        count = 0;
    }

    int[] array() {
        return fds;
    }

    void set(int count, boolean truncated) {
        this.count = count;
        this.truncated = truncated;
    }
}
