package org.binder4j.bench.run;

import org.binder4j.bench.SystemUnderTest;
import org.binder4j.bench.binder.BinderServerMain;
import org.binder4j.bench.binder.DaemonMain;
import org.binder4j.bench.harness.ChildProtocol;
import org.binder4j.bench.peer.futex.FutexRelayMain;
import org.binder4j.bench.peer.futex.FutexServerMain;
import org.binder4j.bench.peer.grpc.GrpcServerMain;
import org.binder4j.bench.peer.rmi.RmiServerMain;
import org.binder4j.bench.peer.shm.ShmEchoServerMain;
import org.binder4j.bench.peer.uds.UdsServerMain;

/** Starts the server-side processes of each kind of system. */
final class ServerLauncher {
    /** What {@code binder4j daemon} prints once its socket accepts connections. */
    private static final String DAEMON_READY = "binder4j daemon listening on ";

    private final ChildLauncher launcher;
    private final long spinMicros;

    ServerLauncher(ChildLauncher launcher, long spinMicros) {
        this.launcher = launcher;
        this.spinMicros = spinMicros;
    }

    /**
     * Starts {@code system}'s servers; the caller closes them.
     *
     * @throws BenchException if one does not start
     */
    ServerSide start(SystemUnderTest system) throws InterruptedException {
        ServerSide side = new ServerSide(launcher, system);
        try {
            startInto(side, system);
            return side;
        } catch (RuntimeException | InterruptedException e) {
            side.close();
            throw e;
        }
    }

    private void startInto(ServerSide side, SystemUnderTest system) throws InterruptedException {
        String ready = ChildProtocol.READY;
        String spin = Long.toString(system.spins() ? spinMicros : 0);
        WorkDir dir = launcher.workDir();
        switch (system.id()) {
            case BINDER4J -> {
                String socket = dir.daemonSocket().toString();
                side.start("daemon", DAEMON_READY, DaemonMain.class.getName(), "daemon", "--socket", socket);
                side.start("server", ready, BinderServerMain.class.getName());
                side.endpoint(socket);
            }
            case RMI -> side.endpoint(side.start("server", ready, RmiServerMain.class.getName()));
            case GRPC_UDS -> {
                String socket = dir.socket("grpc").toString();
                side.start("server", ready, GrpcServerMain.class.getName(), "--socket", socket);
                side.endpoint(socket);
            }
            case UDS_RAW -> {
                String socket = dir.socket("uds").toString();
                side.start("server", ready, UdsServerMain.class.getName(), "--socket", socket);
                side.endpoint(socket);
            }
            case FUTEX_DIRECT -> side.endpoint(side.start("server", ready, FutexServerMain.class.getName(), "--spin-us", spin));
            case FUTEX_RELAY -> {
                String region = side.start("middle", ready, FutexRelayMain.class.getName(), "--spin-us", spin);
                side.start("server", ready, FutexServerMain.class.getName(), "--spin-us", spin, "--region", region,
                        "--slot", "1");
                side.endpoint(region);
            }
            case SHM_COPY -> side.endpoint(side.start("server", ready, ShmEchoServerMain.class.getName(), "--spin-us", spin));
        }
    }
}
