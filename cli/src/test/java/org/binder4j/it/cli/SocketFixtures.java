package org.binder4j.it.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.binder4j.sys.Fds;
import org.binder4j.sys.UnixSocket;

/** Sockets in states an operator meets: left behind by a daemon that stopped, or closed to others. */
final class SocketFixtures {
    private SocketFixtures() {}

    /** A socket file nobody listens on, as a daemon killed with SIGKILL leaves it. */
    static Path staleSocket(Path directory) {
        Path socket = directory.resolve("stale.sock");
        Fds.close(UnixSocket.listen(socket, 1));
        return socket;
    }

    /**
     * Runs {@code body} while the daemon's socket has mode 0600 in a directory others may enter, so that
     * only its owner (root) may connect; restores the modes afterwards.
     */
    static <T> T ownerOnly(Path socket, ThrowingSupplier<T> body) throws Exception {
        Path directory = socket.getParent();
        String directoryMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(directory));
        String socketMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(socket));
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        try {
            return body.get();
        } finally {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString(socketMode));
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString(directoryMode));
        }
    }

    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
