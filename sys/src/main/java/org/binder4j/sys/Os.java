package org.binder4j.sys;

/** The identity of this process and thread, and signals to other processes. */
public final class Os {
    public static final int SIGHUP = 1;
    public static final int SIGINT = 2;
    public static final int SIGKILL = 9;
    public static final int SIGTERM = 15;

    private Os() {}

    public static int getpid() {
        return LibC.getpid();
    }

    /** The kernel thread id of the calling thread (of its carrier, for a virtual thread). */
    public static int gettid() {
        return (int) LibC.gettid();
    }

    public static int getuid() {
        return LibC.getuid();
    }

    public static int geteuid() {
        return LibC.geteuid();
    }

    public static int getgid() {
        return LibC.getgid();
    }

    public static void kill(int pid, int signal) {
        Check.ok(LibC.kill(pid, signal), () -> "kill(pid=" + pid + ", signal=" + signal + ")");
    }
}
