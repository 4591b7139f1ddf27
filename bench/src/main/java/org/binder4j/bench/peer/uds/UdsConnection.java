package org.binder4j.bench.peer.uds;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.harness.BenchConnection;
import org.binder4j.bench.harness.Caller;
import org.binder4j.bench.harness.Payloads;

/** A client of the raw socket server: one connection per calling thread. */
public final class UdsConnection implements BenchConnection {
    private final UnixDomainSocketAddress address;

    public UdsConnection(String socket) {
        address = UnixDomainSocketAddress.of(socket);
    }

    @Override
    public Caller caller(BenchCase operation) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            connect(channel);
            return switch (operation) {
                case SMALL -> new AddCaller(channel);
                case ONEWAY -> new PingCaller(channel);
                case ECHO_4K, ECHO_64K, ECHO_512K -> new EchoCaller(channel, operation.payloadBytes());
                default -> throw new IllegalArgumentException("uds-raw has no operation " + operation.id());
            };
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() {}

    private void connect(SocketChannel channel) throws IOException {
        try {
            channel.connect(address);
        } catch (IOException e) {
            throw new IOException("cannot connect to the uds-raw server at " + address.getPath() + ": " + e.getMessage(), e);
        }
    }

    /** A caller owning one connection and its frame buffer. */
    private abstract static class FrameCaller implements Caller {
        final SocketChannel channel;
        final ByteBuffer buffer;

        FrameCaller(SocketChannel channel, int payloadBytes) {
            this.channel = channel;
            this.buffer = UdsFrames.buffer(payloadBytes);
        }

        /** Sends a frame and reads the answer into the buffer; returns its payload length. */
        int roundTrip(int op, int length) throws IOException {
            UdsFrames.send(channel, buffer, op, length);
            int answer = UdsFrames.receive(channel, buffer);
            if (answer < 0) {
                throw new IOException("the server closed the connection");
            }
            return answer;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private static final class AddCaller extends FrameCaller {
        private int value;

        AddCaller(SocketChannel channel) {
            super(channel, Integer.BYTES);
        }

        @Override
        public void call() throws IOException {
            buffer.putInt(UdsFrames.HEADER_BYTES, value);
            roundTrip(UdsFrames.OP_ADD, Integer.BYTES);
            int result = buffer.getInt(UdsFrames.HEADER_BYTES);
            Payloads.checkIncremented(value, result);
            value = result;
        }
    }

    private static final class PingCaller extends FrameCaller {
        private long sent;

        PingCaller(SocketChannel channel) {
            super(channel, Long.BYTES);
        }

        @Override
        public void call() throws IOException {
            buffer.putInt(UdsFrames.HEADER_BYTES, (int) sent);
            UdsFrames.send(channel, buffer, UdsFrames.OP_PING, Integer.BYTES);
            sent++;
        }

        /** The server handles a connection's frames in order, so its count answers after every ping. */
        @Override
        public void awaitDelivered(Duration timeout) throws IOException {
            roundTrip(UdsFrames.OP_COUNT, 0);
            Payloads.checkDelivered(sent, buffer.getLong(UdsFrames.HEADER_BYTES), timeout);
        }
    }

    /** Copies the byte[] into the frame and the answer into a new byte[], as the other systems' APIs do. */
    private static final class EchoCaller extends FrameCaller {
        private final byte[] payload;

        EchoCaller(SocketChannel channel, int payloadBytes) {
            super(channel, payloadBytes);
            this.payload = Payloads.pattern(payloadBytes);
        }

        @Override
        public void call() throws IOException {
            buffer.put(UdsFrames.HEADER_BYTES, payload);
            int length = roundTrip(UdsFrames.OP_ECHO, payload.length);
            byte[] received = new byte[length];
            buffer.get(UdsFrames.HEADER_BYTES, received);
            Payloads.checkEcho(payload, received);
        }
    }
}
