package org.binder4j.bench.peer.rmi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.rmi.NoSuchObjectException;
import java.rmi.Remote;
import java.rmi.server.UnicastRemoteObject;
import java.util.Base64;

/**
 * The RMI server: {@link RmiBench} exported on loopback. Its endpoint is its serialized stub in Base64,
 * so clients need no registry and no fixed port.
 */
final class RmiServer implements AutoCloseable {
    /** Held strongly: RMI alone keeps an exported object only while clients hold references to it. */
    private final RmiBench service = new RmiBench() {
        @Override
        public int add(int value) {
            return value + 1;
        }

        @Override
        public byte[] echo(byte[] payload) {
            return payload;
        }

        @Override
        public Remote repeat(Remote object) {
            return object;
        }
    };
    private final String endpoint;

    private RmiServer() throws IOException {
        Remote stub = LoopbackSockets.export(service);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(stub);
        }
        endpoint = Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    static RmiServer export() throws IOException {
        return new RmiServer();
    }

    /** The stub, serialized and in Base64: what {@link RmiConnection} takes. */
    String endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws NoSuchObjectException {
        UnicastRemoteObject.unexportObject(service, true);
    }
}
