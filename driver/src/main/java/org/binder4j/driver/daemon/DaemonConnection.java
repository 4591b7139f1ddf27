package org.binder4j.driver.daemon;

import org.binder4j.driver.BinderThread;
import org.binder4j.sys.MappedRegion;

/**
 * One client socket of the daemon: before its hello, a session (a process), or a thread. The thread
 * state ({@link #pendingReadSizeBytes} and friends) is touched only under the host lock.
 */
final class DaemonConnection {
    enum Kind { NEW, SESSION, THREAD }

    final int fd;
    final int peerPid;
    Kind kind = Kind.NEW;
    DaemonSession session;
    BinderThread thread;
    MappedRegion sendBuffer;
    /** A blocking read the driver could not serve yet: answered when the thread is woken. */
    long pendingReadSizeBytes;
    long pendingWriteConsumed;
    /** BR_TRANSACTION_COMPLETEs the pending read already returned (it reads past them), to send first. */
    int pendingCompletions;
    /** The debug view being sent in chunks. */
    byte[] debugText;

    DaemonConnection(int fd, int peerPid) {
        this.fd = fd;
        this.peerPid = peerPid;
    }

    String describe() {
        return (kind == Kind.THREAD && thread != null ? "thread " + thread.tid() + " of " : "")
                + "pid " + peerPid + " (fd " + fd + ")";
    }
}
