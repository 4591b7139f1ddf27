package org.binder4j.bench.binder;

/** The benchmark's interface, generated like any app's by the binder4j AIDL plugin. */
interface IBench {
    /** The name the server registers with the service manager. */
    const String SERVICE_NAME = "binder4j.bench";

    /** Returns value + 1. */
    int add(int value);

    /** Counts one ping. */
    oneway void ping(int sequence);

    /** Waits until count pings have arrived since the server started, at most timeoutMs; returns how many have. */
    long awaitPings(long count, long timeoutMs);

    /** Returns payload. */
    byte[] echo(in byte[] payload);

    /** Returns object: a binder object travels to the server and back. */
    IBinder repeat(IBinder object);
}
