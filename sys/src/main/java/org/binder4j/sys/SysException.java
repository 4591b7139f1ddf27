package org.binder4j.sys;

/**
 * A system call failed. The message names the call, its salient arguments and the errno, e.g.
 * {@code mmap(fd=7, size=1040384, PROT_READ) failed: EBADF (Bad file descriptor)}.
 */
public final class SysException extends RuntimeException {
    private final String call;
    private final int errno;

    public SysException(String call, int errno) {
        super(call + " failed: " + Errnos.describe(errno));
        this.call = call;
        this.errno = errno;
    }

    /** The call with its arguments, as in the message. */
    public String call() {
        return call;
    }

    /** The positive errno. */
    public int errno() {
        return errno;
    }
}
