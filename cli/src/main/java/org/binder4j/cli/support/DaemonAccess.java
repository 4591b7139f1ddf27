package org.binder4j.cli.support;

import java.nio.file.Path;
import org.binder4j.BinderRuntime;
import org.binder4j.internal.daemon.DaemonDriverSession;
import org.binder4j.protocol.DriverSession;
import org.binder4j.protocol.wire.SocketPaths;
import org.binder4j.protocol.wire.WireDescriptor;
import org.binder4j.sys.Errnos;
import org.binder4j.sys.Os;
import org.binder4j.sys.SysException;

/**
 * Connecting a command to the daemon. When that fails the {@link CommandFailure} names the socket path
 * tried, why it failed (nothing there, nobody listening, permission denied, refused) and how to fix it.
 */
public final class DaemonAccess {
    /** The option every command that talks to the daemon takes. */
    public static final String SOCKET = "--socket";
    /** How the help texts describe where the socket is. */
    public static final String SOCKET_HELP = """
              --socket PATH   the daemon's socket; default $BINDER4J_SOCKET, else
                              $XDG_RUNTIME_DIR/binder4j/binder.sock, else /tmp/binder4j-$USER/binder.sock
            """;

    private DaemonAccess() {}

    /** The socket the command line names with {@value #SOCKET}, else the default ({@link SocketPaths#resolve()}). */
    public static Path socket(CommandLine line) {
        String explicit = line.value(SOCKET, null);
        return explicit != null ? Path.of(explicit) : SocketPaths.resolve();
    }

    /** A session without a receive area: enough to read the driver's debug views. */
    public static DriverSession viewSession(Path socket, String processName) {
        return connect(socket, processName, WireDescriptor.NO_RECEIVE_AREA);
    }

    /** A runtime with a receive area, to make calls; close it when done. */
    public static BinderRuntime runtime(Path socket, String processName) {
        return BinderRuntime.create(connect(socket, processName, 0));
    }

    /** A session with the daemon's default receive area. */
    public static DaemonDriverSession session(Path socket, String processName) {
        return connect(socket, processName, 0);
    }

    private static DaemonDriverSession connect(Path socket, String processName, long receiveAreaSizeBytes) {
        try {
            return DaemonDriverSession.connect(socket, processName, receiveAreaSizeBytes);
        } catch (IllegalStateException e) {
            throw new CommandFailure(explain(socket, e));
        }
    }

    /** What went wrong connecting to {@code socket}, and what to do about it. */
    public static String explain(Path socket, RuntimeException failure) {
        SysException cause = sysCause(failure);
        if (cause == null) {
            return failure.getMessage();
        }
        String start = "start one with 'binder4j daemon"
                + (socket.equals(SocketPaths.resolve()) ? "" : " --socket " + socket) + "'";
        SocketFile file = SocketFile.inspect(socket);
        return switch (cause.errno()) {
            case Errnos.ENOENT -> "no binder4j daemon: " + socket + " does not exist; " + start
                    + ", or point --socket or $" + SocketPaths.ENV + " at the socket of a running one";
            case Errnos.ECONNREFUSED -> file != null && !file.isSocket()
                    ? socket + " is not a socket (" + file.describeOwnership() + "); remove it, or point --socket or $"
                            + SocketPaths.ENV + " at the daemon's socket"
                    : "no binder4j daemon is listening on " + socket + " (connection refused: the socket was left by a"
                            + " daemon that stopped); " + start + ", which replaces the stale socket";
            case Errnos.EACCES, Errnos.EPERM -> {
                String problem = SocketFile.accessProblem(socket, Os.geteuid(), Os.getgid());
                yield "permission denied connecting to " + socket + " as uid " + Os.geteuid()
                        + (problem == null ? "" : ": " + problem)
                        + "; run as a user the daemon's socket lets in, or have its owner grant access (the daemon"
                        + " creates it with mode 0666 in a directory it creates with mode 0755)";
            }
            default -> "cannot connect to the binder4j daemon at " + socket + ": " + cause.getMessage() + "; " + start;
        };
    }

    private static SysException sysCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SysException sys) {
                return sys;
            }
        }
        return null;
    }
}
