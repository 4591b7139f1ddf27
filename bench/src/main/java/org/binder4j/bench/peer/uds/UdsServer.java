package org.binder4j.bench.peer.uds;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/** The raw socket server: a thread per connection on a Unix socket, blocking I/O, {@link UdsFrames}. */
final class UdsServer implements AutoCloseable {
    private final ServerSocketChannel listener;
    private final Path socket;

    private UdsServer(ServerSocketChannel listener, Path socket) {
        this.listener = listener;
        this.socket = socket;
    }

    /** Listens on {@code socket} and accepts connections on a thread of its own. */
    static UdsServer start(Path socket) throws IOException {
        ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            listener.bind(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            listener.close();
            throw new IOException("cannot listen on " + socket + ": " + e.getMessage(), e);
        }
        UdsServer server = new UdsServer(listener, socket);
        Thread.ofPlatform().daemon(true).name("uds-accept").start(server::accept);
        return server;
    }

    /** Stops accepting and removes the socket file; connections end when their clients close them. */
    @Override
    public void close() throws IOException {
        listener.close();
        Files.deleteIfExists(socket);
    }

    private void accept() {
        try {
            while (true) {
                SocketChannel connection = listener.accept();
                Thread.ofPlatform().daemon(true).name("uds-connection").start(() -> serve(connection));
            }
        } catch (ClosedChannelException e) {
            // closed: done
        } catch (IOException e) {
            System.err.println("uds-raw server: accept failed: " + e);
        }
    }

    private static void serve(SocketChannel connection) {
        ByteBuffer buffer = UdsFrames.buffer(UdsFrames.MAX_PAYLOAD_BYTES);
        long pings = 0;
        try (connection) {
            int length;
            while ((length = UdsFrames.receive(connection, buffer)) >= 0) {
                int op = UdsFrames.op(buffer);
                switch (op) {
                    case UdsFrames.OP_ADD -> {
                        buffer.putInt(UdsFrames.HEADER_BYTES, buffer.getInt(UdsFrames.HEADER_BYTES) + 1);
                        UdsFrames.send(connection, buffer, op, Integer.BYTES);
                    }
                    case UdsFrames.OP_PING -> pings++;
                    case UdsFrames.OP_COUNT -> {
                        buffer.putLong(UdsFrames.HEADER_BYTES, pings);
                        UdsFrames.send(connection, buffer, op, Long.BYTES);
                    }
                    case UdsFrames.OP_ECHO -> UdsFrames.send(connection, buffer, op, length);
                    default -> throw new IOException("unknown op " + op + " in a frame of " + length + " bytes");
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("uds-raw server: connection failed: " + e);
        }
    }
}
