package org.binder4j.protocol;

/**
 * The Linux errno values the driver reports (as negative numbers) from a write-read or a control call,
 * and in its extended error and transaction logs.
 */
public final class Errno {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int ESRCH = 3;
    public static final int EINTR = 4;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EFAULT = 14;
    public static final int EBUSY = 16;
    public static final int EMFILE = 24;
    public static final int EINVAL = 22;
    public static final int ENOSPC = 28;
    public static final int EPIPE = 32;
    public static final int EPROTO = 71;
    public static final int ECONNRESET = 104;

    private Errno() {}

    /** A short symbolic name, e.g. "EINVAL", for a positive or negative errno. */
    public static String name(int errno) {
        return switch (Math.abs(errno)) {
            case 0 -> "OK";
            case EPERM -> "EPERM";
            case ENOENT -> "ENOENT";
            case ESRCH -> "ESRCH";
            case EINTR -> "EINTR";
            case EBADF -> "EBADF";
            case EAGAIN -> "EAGAIN";
            case ENOMEM -> "ENOMEM";
            case EFAULT -> "EFAULT";
            case EBUSY -> "EBUSY";
            case EMFILE -> "EMFILE";
            case EINVAL -> "EINVAL";
            case ENOSPC -> "ENOSPC";
            case EPIPE -> "EPIPE";
            case EPROTO -> "EPROTO";
            case ECONNRESET -> "ECONNRESET";
            default -> "errno " + Math.abs(errno);
        };
    }
}
