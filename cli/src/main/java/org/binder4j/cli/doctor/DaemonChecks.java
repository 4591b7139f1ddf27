package org.binder4j.cli.doctor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.binder4j.BinderProxy;
import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.ServiceManager;
import org.binder4j.StatusCode;
import org.binder4j.cli.support.CommandFailure;
import org.binder4j.cli.support.DaemonAccess;
import org.binder4j.cli.support.SocketFile;
import org.binder4j.driver.DriverConfig;
import org.binder4j.internal.daemon.DaemonDriverSession;
import org.binder4j.protocol.ProtocolVersion;
import org.binder4j.protocol.wire.SocketPaths;
import org.binder4j.sys.Credentials;
import org.binder4j.sys.Fds;
import org.binder4j.sys.Os;
import org.binder4j.sys.SysException;
import org.binder4j.sys.UnixSocket;

/**
 * The daemon as a client meets it: the socket's path, file and permissions, a connection (and the
 * daemon's pid and uid from SO_PEERCRED), the hello, protocol versions, the receive area, the service
 * manager on handle 0, and the daemon's resource limits. A check that fails skips those that need it.
 */
final class DaemonChecks {
    static final Duration SERVICE_MANAGER_TIMEOUT = Duration.ofSeconds(5);
    /** Below this the daemon runs out of descriptors with a few dozen processes (one per connection and thread). */
    static final long MIN_DAEMON_OPEN_FILES = 4096;

    private final Path socket;
    private final String start;
    private final List<Check> checks = new ArrayList<>();

    private DaemonChecks(Path socket) {
        this.socket = socket;
        this.start = "start a daemon: binder4j daemon" + (socket.equals(SocketPaths.resolve()) ? "" : " --socket " + socket);
    }

    /** @param source how the path was chosen, e.g. "$BINDER4J_SOCKET" */
    static List<Check> run(Path socket, String source) {
        DaemonChecks run = new DaemonChecks(socket);
        run.all(source);
        return run.checks;
    }

    private void all(String source) {
        int pathBytes = socket.toString().getBytes(StandardCharsets.UTF_8).length;
        if (pathBytes > SocketPaths.MAX_PATH_BYTES) {
            fail("socket path", socket + " (from " + source + ") is " + pathBytes + " bytes; Unix sockets allow "
                    + SocketPaths.MAX_PATH_BYTES, "choose a shorter path with --socket or $" + SocketPaths.ENV);
            skipRest("socket file", "daemon", "hello", "protocol", "receive area", "service manager", "daemon limits");
            return;
        }
        checks.add(Check.ok("socket path", socket + " (from " + source + ")"));
        if (!socketFile()) {
            skipRest("daemon", "hello", "protocol", "receive area", "service manager", "daemon limits");
            return;
        }
        Credentials daemon = reach();
        if (daemon == null) {
            skipRest("hello", "protocol", "receive area", "service manager", "daemon limits");
            return;
        }
        DaemonDriverSession session;
        try {
            session = DaemonAccess.session(socket, "binder4j-doctor");
        } catch (CommandFailure e) {
            fail("hello", "the daemon did not welcome this process: " + e.getMessage(),
                    "use the same binder4j version for the daemon and its clients");
            skipRest("protocol", "receive area", "service manager");
            daemonLimits(daemon);
            return;
        }
        checks.add(Check.ok("hello", "welcomed as pid " + session.pid()));
        if (!protocol(session)) {
            session.close();
            skipRest("receive area", "service manager");
        } else {
            try (BinderRuntime runtime = BinderRuntime.create(session)) {
                receiveArea(session.receiveArea().byteSize());
                serviceManager(runtime);
            }
        }
        daemonLimits(daemon);
    }

    private boolean socketFile() {
        SocketFile file = SocketFile.inspect(socket);
        if (file == null) {
            String problem = SocketFile.accessProblem(socket, Os.geteuid(), Os.getgid());
            fail("socket file", problem != null ? problem : "nothing at " + socket + ": no daemon runs there",
                    problem != null ? "run as a user who may reach the socket, or open up the directory (chmod o+x)"
                            : start);
            return false;
        }
        if (!file.isSocket()) {
            fail("socket file", socket + " is not a socket (" + file.describeOwnership() + ")",
                    "remove it and " + start);
            return false;
        }
        String problem = SocketFile.accessProblem(socket, Os.geteuid(), Os.getgid());
        if (problem != null) {
            fail("socket file", problem, "run as uid " + file.ownerUid() + " (or root), or have the owner"
                    + " allow you in: chmod o+w " + socket + " (the daemon creates it with mode 0666)");
            return false;
        }
        checks.add(Check.ok("socket file", "a socket, " + file.describeOwnership()
                + ((file.mode() & 02) != 0 ? "; any local user may connect (each is known by its uid)" : "")));
        return true;
    }

    /** Connects without a hello, only to learn who listens; returns the daemon's credentials or null. */
    private Credentials reach() {
        int fd;
        try {
            fd = UnixSocket.connect(socket);
        } catch (SysException e) {
            fail("daemon", "cannot connect to " + socket + ": " + e.getMessage(), DaemonAccess.explain(socket, e));
            return null;
        }
        try {
            Credentials daemon = UnixSocket.peerCredentials(fd);
            checks.add(Check.ok("daemon", "listening: pid " + daemon.pid() + ", uid " + daemon.uid()));
            return daemon;
        } finally {
            Fds.closeQuietly(fd);
        }
    }

    /** Whether the daemon speaks this runtime's binder protocol (the wire protocol was checked by the hello). */
    private boolean protocol(DaemonDriverSession session) {
        if (session.protocolVersion() != ProtocolVersion.BINDER) {
            fail("protocol", "the daemon speaks binder protocol " + session.protocolVersion() + ", this binder4j "
                    + ProtocolVersion.BINDER, "use the same binder4j version for the daemon and its clients");
            return false;
        }
        checks.add(Check.ok("protocol", "wire protocol " + ProtocolVersion.WIRE + ", binder protocol "
                + ProtocolVersion.BINDER + " on both sides"));
        return true;
    }

    private void receiveArea(long sizeBytes) {
        long standard = DriverConfig.DEFAULT_RECEIVE_AREA_SIZE_BYTES;
        String detail = sizeBytes + " bytes, mapped read-only" + (sizeBytes == standard ? " (1 MiB - 2 pages, as libbinder)" : "");
        if (sizeBytes < standard) {
            checks.add(Check.warn("receive area", detail + "; smaller than libbinder's " + standard
                    + " bytes: large calls fail sooner", "run the daemon with the default receive area size"));
        } else {
            checks.add(Check.ok("receive area", detail));
        }
    }

    /** Asks handle 0 for "manager" and its pid, on a thread of its own so that a stuck manager cannot hang us. */
    private void serviceManager(BinderRuntime runtime) {
        AtomicReference<String> answer = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread probe = Thread.ofPlatform().daemon(true).name("doctor-service-manager").start(() -> {
            try {
                IBinder manager = ServiceManager.of(runtime).checkService("manager");
                answer.set(manager instanceof BinderProxy proxy ? "answers on handle 0 (pid " + proxy.getDebugPid() + ")"
                        : manager == null ? "answers on handle 0, but has no \"manager\" entry" : "answers on handle 0");
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        boolean done;
        try {
            done = probe.join(SERVICE_MANAGER_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done = false;
        }
        if (!done) {
            fail("service manager", "handle 0 did not answer within " + SERVICE_MANAGER_TIMEOUT.toSeconds() + " s",
                    "look at it with 'binder4j transactions'; restart the service manager if it is stuck");
        } else if (failure.get() != null) {
            int status = StatusCode.of(failure.get());
            checks.add(status == StatusCode.DEAD_OBJECT
                    ? Check.warn("service manager", "no context manager: calls to handle 0 fail with DEAD_OBJECT",
                            "start one with 'binder4j servicemanager', or run the daemon without --no-service-manager")
                    : Check.fail("service manager", "handle 0 failed: " + failure.get(),
                            "look at 'binder4j failed-transaction-log' and the daemon's log"));
        } else {
            checks.add(Check.ok("service manager", answer.get()));
        }
    }

    private void daemonLimits(Credentials daemon) {
        ResourceLimits limits;
        try {
            limits = ResourceLimits.of(daemon.pid());
        } catch (IOException e) {
            checks.add(Check.warn("daemon limits", "cannot read /proc/" + daemon.pid() + "/limits (the daemon runs as uid "
                    + daemon.uid() + "): " + e.getMessage(), "run binder4j doctor as uid " + daemon.uid() + " or root"));
            return;
        }
        String detail = "pid " + daemon.pid() + ": open files " + ResourceLimits.describe(limits.openFilesSoft()) + " (hard "
                + ResourceLimits.describe(limits.openFilesHard()) + "), locked memory "
                + ResourceLimits.describe(limits.lockedBytesSoft()) + " bytes (hard "
                + ResourceLimits.describe(limits.lockedBytesHard()) + "; binder4j locks none)";
        if (limits.openFilesSoft() >= 0 && limits.openFilesSoft() < MIN_DAEMON_OPEN_FILES) {
            checks.add(Check.warn("daemon limits", detail + "; the daemon holds a descriptor per connection (a process"
                    + " and each of its binder threads), so fewer than " + MIN_DAEMON_OPEN_FILES + " limits it to a few"
                    + " dozen processes", "raise it before starting the daemon: ulimit -n 65536 (and the hard limit in"
                    + " /etc/security/limits.conf or the service's LimitNOFILE=)"));
        } else {
            checks.add(Check.ok("daemon limits", detail));
        }
    }

    private void fail(String name, String detail, String fix) {
        checks.add(Check.fail(name, detail, fix));
    }

    private void skipRest(String... names) {
        for (String name : names) {
            checks.add(Check.skip(name, "needs what failed above"));
        }
    }
}
