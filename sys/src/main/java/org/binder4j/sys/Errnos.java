package org.binder4j.sys;

/**
 * Linux errno values (identical on x86_64 and aarch64) and their names, for messages and for the
 * negative results that some calls return instead of throwing (e.g. {@code -EAGAIN}).
 */
public final class Errnos {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EINTR = 4;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int EACCES = 13;
    public static final int EINVAL = 22;
    public static final int ENFILE = 23;
    public static final int EMFILE = 24;
    public static final int EPIPE = 32;
    public static final int EMSGSIZE = 90;
    public static final int ECONNABORTED = 103;
    public static final int ECONNRESET = 104;
    public static final int ENOTCONN = 107;
    public static final int ETIMEDOUT = 110;
    public static final int ECONNREFUSED = 111;

    private Errnos() {}

    /** The symbolic name and glibc's description, e.g. {@code "EBADF (Bad file descriptor)"}. */
    public static String describe(int errno) {
        String text = switch (errno) {
            case 1 -> "EPERM (Operation not permitted)";
            case 2 -> "ENOENT (No such file or directory)";
            case 3 -> "ESRCH (No such process)";
            case 4 -> "EINTR (Interrupted system call)";
            case 5 -> "EIO (Input/output error)";
            case 6 -> "ENXIO (No such device or address)";
            case 7 -> "E2BIG (Argument list too long)";
            case 9 -> "EBADF (Bad file descriptor)";
            case 10 -> "ECHILD (No child processes)";
            case 11 -> "EAGAIN (Resource temporarily unavailable)";
            case 12 -> "ENOMEM (Cannot allocate memory)";
            case 13 -> "EACCES (Permission denied)";
            case 14 -> "EFAULT (Bad address)";
            case 16 -> "EBUSY (Device or resource busy)";
            case 17 -> "EEXIST (File exists)";
            case 19 -> "ENODEV (No such device)";
            case 20 -> "ENOTDIR (Not a directory)";
            case 21 -> "EISDIR (Is a directory)";
            case 22 -> "EINVAL (Invalid argument)";
            case 23 -> "ENFILE (Too many open files in system)";
            case 24 -> "EMFILE (Too many open files)";
            case 26 -> "ETXTBSY (Text file busy)";
            case 27 -> "EFBIG (File too large)";
            case 28 -> "ENOSPC (No space left on device)";
            case 29 -> "ESPIPE (Illegal seek)";
            case 30 -> "EROFS (Read-only file system)";
            case 32 -> "EPIPE (Broken pipe)";
            case 34 -> "ERANGE (Numerical result out of range)";
            case 35 -> "EDEADLK (Resource deadlock avoided)";
            case 36 -> "ENAMETOOLONG (File name too long)";
            case 38 -> "ENOSYS (Function not implemented)";
            case 39 -> "ENOTEMPTY (Directory not empty)";
            case 40 -> "ELOOP (Too many levels of symbolic links)";
            case 75 -> "EOVERFLOW (Value too large for defined data type)";
            case 88 -> "ENOTSOCK (Socket operation on non-socket)";
            case 89 -> "EDESTADDRREQ (Destination address required)";
            case 90 -> "EMSGSIZE (Message too long)";
            case 91 -> "EPROTOTYPE (Protocol wrong type for socket)";
            case 92 -> "ENOPROTOOPT (Protocol not available)";
            case 93 -> "EPROTONOSUPPORT (Protocol not supported)";
            case 95 -> "EOPNOTSUPP (Operation not supported)";
            case 97 -> "EAFNOSUPPORT (Address family not supported by protocol)";
            case 98 -> "EADDRINUSE (Address already in use)";
            case 99 -> "EADDRNOTAVAIL (Cannot assign requested address)";
            case 103 -> "ECONNABORTED (Software caused connection abort)";
            case 104 -> "ECONNRESET (Connection reset by peer)";
            case 105 -> "ENOBUFS (No buffer space available)";
            case 106 -> "EISCONN (Transport endpoint is already connected)";
            case 107 -> "ENOTCONN (Transport endpoint is not connected)";
            case 108 -> "ESHUTDOWN (Cannot send after transport endpoint shutdown)";
            case 110 -> "ETIMEDOUT (Connection timed out)";
            case 111 -> "ECONNREFUSED (Connection refused)";
            case 114 -> "EALREADY (Operation already in progress)";
            case 115 -> "EINPROGRESS (Operation now in progress)";
            case 125 -> "ECANCELED (Operation canceled)";
            default -> null;
        };
        return text != null ? text : "errno " + errno;
    }
}
