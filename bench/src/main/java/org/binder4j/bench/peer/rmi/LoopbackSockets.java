package org.binder4j.bench.peer.rmi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.Remote;
import java.rmi.RemoteException;
import java.rmi.server.RMIServerSocketFactory;
import java.rmi.server.UnicastRemoteObject;

/**
 * Exports remote objects on the loopback interface only, so a benchmark opens no port to the network.
 * The stubs carry {@code 127.0.0.1} as their host ({@code java.rmi.server.hostname}).
 */
final class LoopbackSockets implements RMIServerSocketFactory {
    private static final LoopbackSockets INSTANCE = new LoopbackSockets();

    private LoopbackSockets() {}

    /** Exports {@code object} on an anonymous loopback port; returns its stub. */
    static Remote export(Remote object) throws RemoteException {
        System.setProperty("java.rmi.server.hostname", InetAddress.getLoopbackAddress().getHostAddress());
        return UnicastRemoteObject.exportObject(object, 0, null, INSTANCE);
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    }

    // One instance, so RMI shares one listening socket among the objects it exports.
    @Override
    public boolean equals(Object other) {
        return other instanceof LoopbackSockets;
    }

    @Override
    public int hashCode() {
        return LoopbackSockets.class.hashCode();
    }
}
