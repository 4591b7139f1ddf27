package org.binder4j.bench.peer.grpc;

import io.grpc.MethodDescriptor;
import io.grpc.MethodDescriptor.MethodType;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollIoHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The benchmark's gRPC service, defined without protoc: methods on raw {@code byte[]} messages. Add takes
 * and returns a 4-byte int, Echo returns its request, Ping is client streaming and answers with the
 * count of messages it received (8 bytes).
 */
final class GrpcMethods {
    static final String SERVICE = "binder4j.bench.Bench";
    static final MethodDescriptor<byte[], byte[]> ADD = method(MethodType.UNARY, "Add");
    static final MethodDescriptor<byte[], byte[]> ECHO = method(MethodType.UNARY, "Echo");
    static final MethodDescriptor<byte[], byte[]> PING = method(MethodType.CLIENT_STREAMING, "Ping");

    /**
     * gRPC asks every channel for SO_KEEPALIVE, which Unix sockets do not have; Netty warns about it on
     * each connection. Held here because the logging framework keeps loggers only weakly.
     */
    private static final Logger BOOTSTRAP_LOG = Logger.getLogger("io.netty.bootstrap");

    static {
        BOOTSTRAP_LOG.setLevel(Level.SEVERE);
    }

    private GrpcMethods() {}

    /** Epoll event loops ({@code threads} 0: Netty's default, twice the cores). */
    static EventLoopGroup eventLoops(int threads) {
        return new MultiThreadIoEventLoopGroup(threads, EpollIoHandler.newFactory());
    }

    static byte[] intBytes(int value) {
        return ByteBuffer.allocate(Integer.BYTES).putInt(0, value).array();
    }

    static int readInt(byte[] bytes) {
        return ByteBuffer.wrap(bytes).getInt(0);
    }

    static byte[] longBytes(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(0, value).array();
    }

    static long readLong(byte[] bytes) {
        return ByteBuffer.wrap(bytes).getLong(0);
    }

    private static MethodDescriptor<byte[], byte[]> method(MethodType type, String name) {
        return MethodDescriptor.<byte[], byte[]>newBuilder()
                .setType(type)
                .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, name))
                .setRequestMarshaller(Bytes.INSTANCE)
                .setResponseMarshaller(Bytes.INSTANCE)
                .build();
    }

    /** Messages are their bytes. */
    private enum Bytes implements MethodDescriptor.Marshaller<byte[]> {
        INSTANCE;

        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a gRPC message", e);
            }
        }
    }
}
