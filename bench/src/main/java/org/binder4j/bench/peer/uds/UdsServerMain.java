package org.binder4j.bench.peer.uds;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import org.binder4j.bench.harness.ChildArgs;
import org.binder4j.bench.harness.ChildProtocol;
import org.binder4j.bench.harness.ParentLink;

/** The raw socket server JVM: a thread per connection on the Unix socket {@code --socket PATH}, blocking I/O. */
public final class UdsServerMain {
    private UdsServerMain() {}

    public static void main(String[] args) throws IOException {
        ParentLink.start();
        Path socket = Path.of(ChildArgs.parse(args).get("socket"));
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            ChildProtocol.say(ChildProtocol.READY);
            while (true) {
                SocketChannel connection = server.accept();
                Thread.ofPlatform().daemon(true).name("uds-connection").start(() -> serve(connection));
            }
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
        } catch (IOException e) {
            System.err.println("uds-raw server: connection failed: " + e.getMessage());
        }
    }
}
