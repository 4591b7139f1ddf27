package org.binder4j.driver.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.binder4j.driver.host.DriverHost;
import org.binder4j.protocol.wire.SocketPaths;
import org.binder4j.sys.Credentials;
import org.binder4j.sys.Fds;
import org.binder4j.sys.Os;
import org.binder4j.sys.SysException;
import org.binder4j.sys.UnixSocket;

/**
 * The driver as a daemon: a Unix socket at a path, a conductor thread that serves every connected
 * process, and the {@link DriverHost} whose state machine it drives. Processes in the same JVM can
 * share the host through the in-process transport (the service manager does).
 *
 * <p>Who may connect: the socket is mode 666, so any local user who can reach it may; what they may do
 * with the service manager is its access policy's business, and identity comes from SO_PEERCRED. Reach
 * is the socket directory's: the daemon creates a missing one with mode 755, and refuses an existing one
 * that another user could use to replace the socket. For a daemon private to its user, put the socket
 * in a directory only that user can enter (the default under {@code $XDG_RUNTIME_DIR} is one).
 */
public final class DriverDaemon implements AutoCloseable {
    /**
     * How long the daemon polls for the next request before it sleeps, by default: longer than a server's
     * typical turn-around (a wake-up and a short handler), short enough to cost nothing when idle.
     */
    public static final long DEFAULT_BUSY_POLL_MICROS = 50;
    /** Longest busy poll {@link #listen(Path, DriverHost, long)} accepts. */
    public static final long MAX_BUSY_POLL_MICROS = 10_000;
    private static final int SHARED_WRITE_BITS = 0022;
    private static final int STICKY_BIT = 01000;

    private final Path socketPath;
    private final DaemonConductor conductor;
    private final Thread conductorThread;
    private boolean serving;
    private boolean closed;

    private DriverDaemon(Path socketPath, DaemonConductor conductor) {
        this.socketPath = socketPath;
        this.conductor = conductor;
        this.conductorThread = Thread.ofPlatform().name("binder4j-conductor").daemon(true).unstarted(conductor);
    }

    /**
     * Listens at {@code socketPath}; connections wait in the socket's backlog until {@link #serve()}, so
     * whatever must exist before the first client is served (the service manager) can start in between.
     *
     * @throws IllegalStateException if another daemon answers at that path, or the socket's directory is
     *     unsafe or cannot be made
     * @throws IllegalArgumentException if the path is too long for a Unix socket
     */
    public static DriverDaemon listen(Path socketPath, DriverHost host) {
        return listen(socketPath, host, DEFAULT_BUSY_POLL_MICROS);
    }

    /**
     * As {@link #listen(Path, DriverHost)}, polling for {@code busyPollMicros} after each request before
     * the daemon sleeps (0: sleep at once, which costs a wake-up per message and saves CPU under load).
     *
     * @throws IllegalArgumentException also if {@code busyPollMicros} is not within 0..{@value #MAX_BUSY_POLL_MICROS}
     */
    public static DriverDaemon listen(Path socketPath, DriverHost host, long busyPollMicros) {
        if (busyPollMicros < 0 || busyPollMicros > MAX_BUSY_POLL_MICROS) {
            throw new IllegalArgumentException("busy poll of " + busyPollMicros + " µs is not within 0.."
                    + MAX_BUSY_POLL_MICROS);
        }
        int pathBytes = socketPath.toString().getBytes().length;
        if (pathBytes > SocketPaths.MAX_PATH_BYTES) {
            throw new IllegalArgumentException("socket path " + socketPath + " is " + pathBytes
                    + " bytes; Unix sockets allow " + SocketPaths.MAX_PATH_BYTES);
        }
        prepareDirectory(socketPath);
        removeStaleSocket(socketPath);
        int listenFd = UnixSocket.listen(socketPath, 128);
        try {
            Files.setPosixFilePermissions(socketPath, PosixFilePermissions.fromString("rw-rw-rw-"));
        } catch (IOException e) {
            Fds.closeQuietly(listenFd);
            throw new IllegalStateException("cannot set permissions of " + socketPath + ": " + e.getMessage(), e);
        }
        return new DriverDaemon(socketPath, new DaemonConductor(host, listenFd, busyPollMicros));
    }

    /** Starts serving the connections, those waiting included. */
    public synchronized void serve() {
        serving = true;
        conductorThread.start();
    }

    public Path socketPath() {
        return socketPath;
    }

    /** Stops serving (or never starts): every client sees its connection close, as if the driver died. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            conductor.stop();
            if (!serving) {
                // A stopped conductor releases the socket and the rest at once, on this thread.
                conductor.run();
            }
        }
        try {
            conductorThread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(socketPath);
        } catch (IOException e) {
            DaemonLog.warn("could not remove " + socketPath + ": " + e.getMessage());
        }
    }

    /**
     * Creates the socket's directory (mode 755) if needed. An existing one must not let another user
     * replace the socket: owned by this uid or root, and not writable by group or others unless sticky
     * (as /tmp is).
     */
    private static void prepareDirectory(Path socketPath) {
        Path dir = socketPath.toAbsolutePath().getParent();
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
                return;
            }
            int owner = (Integer) Files.getAttribute(dir, "unix:uid");
            int mode = (Integer) Files.getAttribute(dir, "unix:mode");
            int self = Os.geteuid();
            if (owner != self && owner != 0) {
                throw new IllegalStateException("socket directory " + dir + " belongs to uid " + owner + ", not to this"
                        + " daemon's uid " + self + " or root: its owner could replace the socket; use a directory of"
                        + " your own");
            }
            if ((mode & SHARED_WRITE_BITS) != 0 && (mode & STICKY_BIT) == 0) {
                throw new IllegalStateException(String.format("socket directory %s (mode %o) is writable by others"
                        + " without the sticky bit: they could replace the socket; chmod go-w it", dir, mode & 07777));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare socket directory " + dir + ": " + e, e);
        }
    }

    private static void removeStaleSocket(Path socketPath) {
        if (!Files.exists(socketPath)) {
            return;
        }
        int probe;
        try {
            probe = UnixSocket.connect(socketPath);
        } catch (SysException notListening) {
            try {
                Files.delete(socketPath);
                DaemonLog.info("removed stale socket " + socketPath + " (" + notListening.getMessage() + ")");
            } catch (IOException e) {
                throw new IllegalStateException("cannot remove stale socket " + socketPath + ": " + e, e);
            }
            return;
        }
        Credentials owner = UnixSocket.peerCredentials(probe);
        Fds.closeQuietly(probe);
        throw new IllegalStateException("a binder4j daemon (pid " + owner.pid() + ", uid " + owner.uid()
                + ") is already serving " + socketPath);
    }
}
