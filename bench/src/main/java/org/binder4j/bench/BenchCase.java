package org.binder4j.bench;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What one benchmark run does, whatever the system under test. */
public enum BenchCase {
    SMALL("small", 4, "synchronous call, one int in and one int out"),
    ONEWAY("oneway", 4, "stream of oneway calls (one int each); ops/s counts calls delivered to the server"),
    ECHO_4K("echo-4k", 4 * 1024, "synchronous echo of a 4 KiB byte[]"),
    ECHO_64K("echo-64k", 64 * 1024, "synchronous echo of a 64 KiB byte[]"),
    ECHO_512K("echo-512k", 512 * 1024, "synchronous echo of a 512 KiB byte[]"),
    BINDER_OBJECT("binder-object", 0, "synchronous call that passes an object reference and gets it back"),
    CLIENTS_20("clients20", 4, "20 client processes, one thread each, small synchronous calls to one server"),
    IDLE("idle", 0, "nothing happens after one call: CPU used by every process of the system");

    /** Client processes of {@link #CLIENTS_20}. */
    public static final int MANY_CLIENTS = 20;

    private final String id;
    private final int payloadBytes;
    private final String description;

    BenchCase(String id, int payloadBytes, String description) {
        this.id = id;
        this.payloadBytes = payloadBytes;
        this.description = description;
    }

    public String id() {
        return id;
    }

    /** Bytes of the request (and, for an echo, of the reply); 0 when the call carries no payload. */
    public int payloadBytes() {
        return payloadBytes;
    }

    public String description() {
        return description;
    }

    /** The operation a client performs per call: the small call stands in for the cases that only vary the load. */
    public BenchCase operation() {
        return this == CLIENTS_20 || this == IDLE ? SMALL : this;
    }

    public boolean isEcho() {
        return this == ECHO_4K || this == ECHO_64K || this == ECHO_512K;
    }

    /** Client processes the case runs. */
    public int clients() {
        return this == CLIENTS_20 ? MANY_CLIENTS : 1;
    }

    /**
     * The case called {@code id}.
     *
     * @throws IllegalArgumentException naming the known cases
     */
    public static BenchCase fromId(String id) {
        for (BenchCase c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown case '" + id + "'; the cases are " + ids());
    }

    /** The ids of all cases, comma-separated. */
    public static String ids() {
        return Arrays.stream(values()).map(BenchCase::id).collect(Collectors.joining(", "));
    }
}
