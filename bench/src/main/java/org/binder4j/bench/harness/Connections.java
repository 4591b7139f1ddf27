package org.binder4j.bench.harness;

import org.binder4j.bench.SystemUnderTest;
import org.binder4j.bench.binder.BinderConnection;
import org.binder4j.bench.peer.futex.FutexConnection;
import org.binder4j.bench.peer.grpc.GrpcConnection;
import org.binder4j.bench.peer.rmi.RmiConnection;
import org.binder4j.bench.peer.shm.ShmConnection;
import org.binder4j.bench.peer.uds.UdsConnection;

/** Opens a client process's connection to each kind of system. */
final class Connections {
    private Connections() {}

    /**
     * @param endpoint what the system's servers announced: a socket path, a shared region path, or an
     *     RMI stub; binder4j finds its daemon through {@code BINDER4J_SOCKET} instead
     */
    static BenchConnection open(SystemUnderTest system, String endpoint, long spinNanos) throws Exception {
        long spin = system.spins() ? spinNanos : 0;
        return switch (system.id()) {
            case BINDER4J -> new BinderConnection();
            case RMI -> new RmiConnection(endpoint);
            case GRPC_UDS -> new GrpcConnection(endpoint);
            case UDS_RAW -> new UdsConnection(endpoint);
            case FUTEX_DIRECT, FUTEX_RELAY -> new FutexConnection(endpoint, spin);
            case SHM_COPY -> new ShmConnection(endpoint, spin);
        };
    }
}
