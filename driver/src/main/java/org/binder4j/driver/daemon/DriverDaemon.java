package org.binder4j.driver.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.binder4j.driver.host.DriverHost;
import org.binder4j.protocol.wire.SocketPaths;
import org.binder4j.sys.Credentials;
import org.binder4j.sys.Fds;
import org.binder4j.sys.SysException;
import org.binder4j.sys.UnixSocket;

/**
 * The driver as a daemon: a Unix socket at a path, a conductor thread that serves every connected
 * process, and the {@link DriverHost} whose state machine it drives. Processes in the same JVM can
 * share the host through the in-process transport (the service manager does).
 */
public final class DriverDaemon implements AutoCloseable {
    private final Path socketPath;
    private final DaemonConductor conductor;
    private final Thread conductorThread;

    private DriverDaemon(Path socketPath, DaemonConductor conductor) {
        this.socketPath = socketPath;
        this.conductor = conductor;
        this.conductorThread = Thread.ofPlatform().name("binder4j-conductor").daemon(true).unstarted(conductor);
    }

    /**
     * Listens at {@code socketPath} and starts serving.
     *
     * @throws IllegalStateException if another daemon answers at that path
     */
    public static DriverDaemon start(Path socketPath, DriverHost host) {
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
        DriverDaemon daemon = new DriverDaemon(socketPath, new DaemonConductor(host, listenFd));
        daemon.conductorThread.start();
        return daemon;
    }

    public Path socketPath() {
        return socketPath;
    }

    /** Stops serving: every client sees its connection close, as if the driver died. */
    @Override
    public void close() {
        conductor.stop();
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

    private static void prepareDirectory(Path socketPath) {
        Path dir = socketPath.toAbsolutePath().getParent();
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot create socket directory " + dir + ": " + e, e);
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
