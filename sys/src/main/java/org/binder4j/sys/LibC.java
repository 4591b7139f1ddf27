package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * Every libc downcall of this package. Each wrapper returns what the kernel would: the result when it is
 * non-negative, else {@code -errno}; callers decide what is an error and name the call in the exception.
 * Calls that can block are never {@code critical}, because a critical call holds up the GC until it
 * returns. Variadic arguments of {@code syscall} are passed as longs, because glibc reads them as longs.
 */
@SuppressWarnings("restricted") // native access is this package's job
final class LibC {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    private static final Linker.Option CRITICAL = Linker.Option.critical(false);
    private static final long ERRNO_OFFSET =
            Linker.Option.captureStateLayout().byteOffset(PathElement.groupElement("errno"));

    // pid_t getpid(void);
    private static final MethodHandle GETPID = function("getpid", FunctionDescriptor.of(JAVA_INT), CRITICAL);
    // uid_t getuid(void);
    private static final MethodHandle GETUID = function("getuid", FunctionDescriptor.of(JAVA_INT), CRITICAL);
    // uid_t geteuid(void);
    private static final MethodHandle GETEUID = function("geteuid", FunctionDescriptor.of(JAVA_INT), CRITICAL);
    // gid_t getgid(void);
    private static final MethodHandle GETGID = function("getgid", FunctionDescriptor.of(JAVA_INT), CRITICAL);
    // int kill(pid_t pid, int sig);
    private static final MethodHandle KILL =
            function("kill", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO, CRITICAL);

    // int getpwnam_r(const char *name, struct passwd *pwd, char *buf, size_t buflen, struct passwd **result);
    // These four may consult NSS (files, LDAP, ...): not critical. They return an errno, not -1.
    private static final MethodHandle GETPWNAM_R = function("getpwnam_r",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    // int getpwuid_r(uid_t uid, struct passwd *pwd, char *buf, size_t buflen, struct passwd **result);
    private static final MethodHandle GETPWUID_R = function("getpwuid_r",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    // int getgrnam_r(const char *name, struct group *grp, char *buf, size_t buflen, struct group **result);
    private static final MethodHandle GETGRNAM_R = function("getgrnam_r",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    // int getgrouplist(const char *user, gid_t group, gid_t *groups, int *ngroups);
    private static final MethodHandle GETGROUPLIST = function("getgrouplist",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));

    // long syscall(long number);  -- gettid(void), which glibc before 2.30 does not export; it cannot fail
    private static final MethodHandle SYSCALL_0 =
            function("syscall", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), CRITICAL);
    // long syscall(long number, ...);  -- fstat(int fd, struct stat *buf), whose glibc symbol is recent
    private static final MethodHandle SYSCALL_FSTAT = function("syscall",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS),
            ERRNO, CRITICAL, Linker.Option.firstVariadicArg(1));
    // long syscall(long number, ...);  -- futex(uint32_t *uaddr, int op, uint32_t val, struct timespec *timeout)
    private static final MethodHandle SYSCALL_FUTEX = function("syscall",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS),
            ERRNO, Linker.Option.firstVariadicArg(1));

    // int close(int fd);  -- not critical: the last close of a socket or mapping can do real work
    private static final MethodHandle CLOSE =
            function("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT), ERRNO);
    // int fcntl(int fd, int cmd);
    private static final MethodHandle FCNTL =
            function("fcntl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO, CRITICAL);
    // int fcntl(int fd, int cmd, ... /* int arg */);
    private static final MethodHandle FCNTL_INT = function("fcntl",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
            ERRNO, CRITICAL, Linker.Option.firstVariadicArg(2));
    // int open(const char *pathname, int flags, ... /* mode_t mode */);  -- may block (FIFOs, NFS)
    private static final MethodHandle OPEN = function("open",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), ERRNO, Linker.Option.firstVariadicArg(2));
    // int pipe2(int pipefd[2], int flags);
    private static final MethodHandle PIPE2 =
            function("pipe2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), ERRNO, CRITICAL);
    // int getrlimit(int resource, struct rlimit *rlim);
    private static final MethodHandle GETRLIMIT =
            function("getrlimit", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS), ERRNO, CRITICAL);
    // int setrlimit(int resource, const struct rlimit *rlim);
    private static final MethodHandle SETRLIMIT =
            function("setrlimit", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS), ERRNO, CRITICAL);
    // ssize_t read(int fd, void *buf, size_t count);
    private static final MethodHandle READ =
            function("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG), ERRNO);
    // ssize_t write(int fd, const void *buf, size_t count);
    private static final MethodHandle WRITE =
            function("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG), ERRNO);
    // int poll(struct pollfd *fds, nfds_t nfds, int timeout);
    private static final MethodHandle POLL =
            function("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT), ERRNO);

    // int memfd_create(const char *name, unsigned int flags);
    private static final MethodHandle MEMFD_CREATE = function("memfd_create",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), ERRNO, CRITICAL);
    // int ftruncate(int fd, off_t length);
    private static final MethodHandle FTRUNCATE =
            function("ftruncate", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG), ERRNO, CRITICAL);
    // void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset);
    // Addresses travel as longs here: the callers wrap them in segments of their own size and lifetime.
    private static final MethodHandle MMAP = function("mmap",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG),
            ERRNO, CRITICAL);
    // int munmap(void *addr, size_t length);
    private static final MethodHandle MUNMAP =
            function("munmap", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG), ERRNO, CRITICAL);
    // int eventfd(unsigned int initval, int flags);
    private static final MethodHandle EVENTFD =
            function("eventfd", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO, CRITICAL);

    // int socket(int domain, int type, int protocol);
    private static final MethodHandle SOCKET = function("socket",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT), ERRNO, CRITICAL);
    // int socketpair(int domain, int type, int protocol, int sv[2]);
    private static final MethodHandle SOCKETPAIR = function("socketpair",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS), ERRNO, CRITICAL);
    // int bind(int sockfd, const struct sockaddr *addr, socklen_t addrlen);
    private static final MethodHandle BIND = function("bind",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT), ERRNO, CRITICAL);
    // int listen(int sockfd, int backlog);
    private static final MethodHandle LISTEN =
            function("listen", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO, CRITICAL);
    // int connect(int sockfd, const struct sockaddr *addr, socklen_t addrlen);  -- blocks while the backlog is full
    private static final MethodHandle CONNECT = function("connect",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT), ERRNO);
    // int accept4(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags);
    private static final MethodHandle ACCEPT4 = function("accept4",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT), ERRNO);
    // Not final, so that the JIT does not fold them into constants and inline these two downcalls, which
    // every transaction makes deep in its callers' stacks. The JDK makes a view of the errno capture
    // segment on each call; in the downcall's own compiled code escape analysis removes it, but inlined
    // under a deep caller the inlining depth runs out first and every call allocated it. Never reassigned.
    // ssize_t sendmsg(int sockfd, const struct msghdr *msg, int flags);
    private static MethodHandle sendmsgHandle = function("sendmsg",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT), ERRNO);
    // ssize_t recvmsg(int sockfd, struct msghdr *msg, int flags);
    private static MethodHandle recvmsgHandle = function("recvmsg",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT), ERRNO);
    // int getsockopt(int sockfd, int level, int optname, void *optval, socklen_t *optlen);
    private static final MethodHandle GETSOCKOPT = function("getsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS), ERRNO, CRITICAL);
    // int setsockopt(int sockfd, int level, int optname, const void *optval, socklen_t optlen);
    private static final MethodHandle SETSOCKOPT = function("setsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT), ERRNO, CRITICAL);
    // int shutdown(int sockfd, int how);
    private static final MethodHandle SHUTDOWN =
            function("shutdown", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO, CRITICAL);

    // int epoll_create1(int flags);
    private static final MethodHandle EPOLL_CREATE1 =
            function("epoll_create1", FunctionDescriptor.of(JAVA_INT, JAVA_INT), ERRNO, CRITICAL);
    // int epoll_ctl(int epfd, int op, int fd, struct epoll_event *event);
    private static final MethodHandle EPOLL_CTL = function("epoll_ctl",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS), ERRNO, CRITICAL);
    // int epoll_wait(int epfd, struct epoll_event *events, int maxevents, int timeout);
    private static final MethodHandle EPOLL_WAIT = function("epoll_wait",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), ERRNO);

    private LibC() {}

    private static MethodHandle function(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        MemorySegment symbol = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError("libc has no " + name));
        return LINKER.downcallHandle(symbol, descriptor, options);
    }

    private static MemorySegment state() {
        return Scratch.get().callState;
    }

    private static int result(int r, MemorySegment state) {
        return r == -1 ? -state.get(JAVA_INT, ERRNO_OFFSET) : r;
    }

    private static long result(long r, MemorySegment state) {
        return r == -1 ? -state.get(JAVA_INT, ERRNO_OFFSET) : r;
    }

    /** Downcalls throw no checked exceptions; this only satisfies the compiler. */
    private static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException e) {
            return e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    static int getpid() {
        try {
            return (int) GETPID.invokeExact();
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int getuid() {
        try {
            return (int) GETUID.invokeExact();
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int geteuid() {
        try {
            return (int) GETEUID.invokeExact();
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int getgid() {
        try {
            return (int) GETGID.invokeExact();
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int kill(int pid, int signal) {
        MemorySegment state = state();
        try {
            return result((int) KILL.invokeExact(state, pid, signal), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    /** @return 0 (see *result: null when there is no such user) or an errno */
    static int getpwnam(MemorySegment name, MemorySegment pwd, MemorySegment buffer, MemorySegment result) {
        try {
            return (int) GETPWNAM_R.invokeExact(name, pwd, buffer, buffer.byteSize(), result);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    /** @return 0 (see *result: null when there is no such user) or an errno */
    static int getpwuid(int uid, MemorySegment pwd, MemorySegment buffer, MemorySegment result) {
        try {
            return (int) GETPWUID_R.invokeExact(uid, pwd, buffer, buffer.byteSize(), result);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    /** @return 0 (see *result: null when there is no such group) or an errno */
    static int getgrnam(MemorySegment name, MemorySegment grp, MemorySegment buffer, MemorySegment result) {
        try {
            return (int) GETGRNAM_R.invokeExact(name, grp, buffer, buffer.byteSize(), result);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    /** @return the number of groups, or -1 when *ngroups was too small (it then holds the number needed) */
    static int getgrouplist(MemorySegment user, int group, MemorySegment groups, MemorySegment ngroups) {
        try {
            return (int) GETGROUPLIST.invokeExact(user, group, groups, ngroups);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static long gettid() {
        try {
            return (long) SYSCALL_0.invokeExact(Arch.CURRENT.sysGettid());
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static long fstat(int fd, MemorySegment stat) {
        MemorySegment state = state();
        try {
            return result((long) SYSCALL_FSTAT.invokeExact(state, Arch.CURRENT.sysFstat(), (long) fd, stat), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static long futex(MemorySegment word, int op, int value, MemorySegment timeout) {
        MemorySegment state = state();
        try {
            return result((long) SYSCALL_FUTEX.invokeExact(state, Arch.CURRENT.sysFutex(), word, (long) op,
                    (long) value, timeout), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int close(int fd) {
        MemorySegment state = state();
        try {
            return result((int) CLOSE.invokeExact(state, fd), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int fcntl(int fd, int command) {
        MemorySegment state = state();
        try {
            return result((int) FCNTL.invokeExact(state, fd, command), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int fcntl(int fd, int command, int argument) {
        MemorySegment state = state();
        try {
            return result((int) FCNTL_INT.invokeExact(state, fd, command, argument), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int open(MemorySegment path, int flags, int mode) {
        MemorySegment state = state();
        try {
            return result((int) OPEN.invokeExact(state, path, flags, mode), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int pipe2(MemorySegment fds, int flags) {
        MemorySegment state = state();
        try {
            return result((int) PIPE2.invokeExact(state, fds, flags), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int getrlimit(int resource, MemorySegment limit) {
        MemorySegment state = state();
        try {
            return result((int) GETRLIMIT.invokeExact(state, resource, limit), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int setrlimit(int resource, MemorySegment limit) {
        MemorySegment state = state();
        try {
            return result((int) SETRLIMIT.invokeExact(state, resource, limit), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static long read(int fd, MemorySegment buffer, long count) {
        MemorySegment state = state();
        try {
            return result((long) READ.invokeExact(state, fd, buffer, count), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static long write(int fd, MemorySegment buffer, long count) {
        MemorySegment state = state();
        try {
            return result((long) WRITE.invokeExact(state, fd, buffer, count), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int poll(MemorySegment pollfds, long count, int timeoutMs) {
        MemorySegment state = state();
        try {
            return result((int) POLL.invokeExact(state, pollfds, count, timeoutMs), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int memfdCreate(MemorySegment name, int flags) {
        MemorySegment state = state();
        try {
            return result((int) MEMFD_CREATE.invokeExact(state, name, flags), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int ftruncate(int fd, long length) {
        MemorySegment state = state();
        try {
            return result((int) FTRUNCATE.invokeExact(state, fd, length), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    /** Returns the mapping's address, or -errno (MAP_FAILED is -1 and no mapping lives in the top page). */
    static long mmap(long length, int protection, int flags, int fd, long offset) {
        MemorySegment state = state();
        try {
            return result((long) MMAP.invokeExact(state, 0L, length, protection, flags, fd, offset), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int munmap(long address, long length) {
        MemorySegment state = state();
        try {
            return result((int) MUNMAP.invokeExact(state, address, length), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int eventfd(int initialValue, int flags) {
        MemorySegment state = state();
        try {
            return result((int) EVENTFD.invokeExact(state, initialValue, flags), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int socket(int domain, int type, int protocol) {
        MemorySegment state = state();
        try {
            return result((int) SOCKET.invokeExact(state, domain, type, protocol), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int socketpair(int domain, int type, int protocol, MemorySegment fds) {
        MemorySegment state = state();
        try {
            return result((int) SOCKETPAIR.invokeExact(state, domain, type, protocol, fds), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int bind(int fd, MemorySegment address, int addressLength) {
        MemorySegment state = state();
        try {
            return result((int) BIND.invokeExact(state, fd, address, addressLength), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int listen(int fd, int backlog) {
        MemorySegment state = state();
        try {
            return result((int) LISTEN.invokeExact(state, fd, backlog), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int connect(int fd, MemorySegment address, int addressLength) {
        MemorySegment state = state();
        try {
            return result((int) CONNECT.invokeExact(state, fd, address, addressLength), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int accept4(int fd, int flags) {
        MemorySegment state = state();
        try {
            return result((int) ACCEPT4.invokeExact(state, fd, MemorySegment.NULL, MemorySegment.NULL, flags),
                    state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static long sendmsg(int fd, MemorySegment message, int flags) {
        MemorySegment state = state();
        try {
            return result((long) sendmsgHandle.invokeExact(state, fd, message, flags), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static long recvmsg(int fd, MemorySegment message, int flags) {
        MemorySegment state = state();
        try {
            return result((long) recvmsgHandle.invokeExact(state, fd, message, flags), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int getsockopt(int fd, int level, int option, MemorySegment value, MemorySegment valueLength) {
        MemorySegment state = state();
        try {
            return result((int) GETSOCKOPT.invokeExact(state, fd, level, option, value, valueLength), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int setsockopt(int fd, int level, int option, MemorySegment value, int valueLength) {
        MemorySegment state = state();
        try {
            return result((int) SETSOCKOPT.invokeExact(state, fd, level, option, value, valueLength), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int shutdown(int fd, int how) {
        MemorySegment state = state();
        try {
            return result((int) SHUTDOWN.invokeExact(state, fd, how), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int epollCreate1(int flags) {
        MemorySegment state = state();
        try {
            return result((int) EPOLL_CREATE1.invokeExact(state, flags), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int epollCtl(int epfd, int op, int fd, MemorySegment event) {
        MemorySegment state = state();
        try {
            return result((int) EPOLL_CTL.invokeExact(state, epfd, op, fd, event), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    static int epollWait(int epfd, MemorySegment events, int maxEvents, int timeoutMs) {
        MemorySegment state = state();
        try {
            return result((int) EPOLL_WAIT.invokeExact(state, epfd, events, maxEvents, timeoutMs), state);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }
}
