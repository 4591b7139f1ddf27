package org.binder4j.bench;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The systems measured side by side: binder4j, its peers, and the physical floors. Each runs in JVMs of
 * its own (client, server, and a daemon or middle process where the design has one).
 */
public enum SystemId {
    BINDER4J("binder4j", List.of(""), "binder4j through its daemon: client JVM, daemon JVM, server JVM; the stub the AIDL plugin generates"),
    RMI("rmi", List.of(""), "java.rmi over TCP loopback, Java serialization"),
    GRPC_UDS("grpc-uds", List.of(""), "gRPC-java unary (client streaming for oneway) over a Unix domain socket, Netty epoll, direct executors, byte[] marshaller"),
    UDS_RAW("uds-raw", List.of(""), "raw Java NIO Unix domain socket ping-pong, length-prefixed frames, one connection per client thread"),
    FUTEX_DIRECT("futex-direct", List.of("block", "spin"), "floor: futex ping-pong between two JVMs over a shared memfd (FFM); block = wait at once, spin = spin then block"),
    FUTEX_RELAY("futex-relay", List.of("block", "spin"), "floor of a daemon-mediated design: client -> middle -> server -> middle -> client over futexes, three JVMs"),
    SHM_COPY("shm-copy", List.of(""), "floor for large payloads: one copy per direction through a shared memfd, futex spin-then-block hand-off");

    private final String id;
    private final List<String> variants;
    private final String description;

    SystemId(String id, List<String> variants, String description) {
        this.id = id;
        this.variants = variants;
        this.description = description;
    }

    public String id() {
        return id;
    }

    /** The variants measured, each with processes of its own; {@code ""} when the system has just one. */
    public List<String> variants() {
        return variants;
    }

    public String description() {
        return description;
    }

    /** Whether this system can run {@code benchCase} with {@code threads} client threads per process. */
    public boolean supports(BenchCase benchCase, int threads) {
        return switch (this) {
            case BINDER4J -> true;
            case RMI -> benchCase != BenchCase.ONEWAY;
            case GRPC_UDS, UDS_RAW -> benchCase != BenchCase.BINDER_OBJECT;
            // The floors are one shared-memory channel, for one client thread.
            case FUTEX_DIRECT, FUTEX_RELAY -> threads == 1 && (benchCase == BenchCase.SMALL || benchCase == BenchCase.IDLE);
            case SHM_COPY -> threads == 1 && (benchCase.isEcho() || benchCase == BenchCase.IDLE);
        };
    }

    /**
     * The system called {@code id}.
     *
     * @throws IllegalArgumentException naming the known systems
     */
    public static SystemId fromId(String id) {
        for (SystemId s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown system '" + id + "'; the systems are " + ids());
    }

    /** The ids of all systems, comma-separated. */
    public static String ids() {
        return Arrays.stream(values()).map(SystemId::id).collect(Collectors.joining(", "));
    }
}
