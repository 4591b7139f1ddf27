package org.binder4j.bench.peer.grpc;

import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The gRPC server: {@link GrpcMethods} on a Unix socket, Netty epoll, handlers run directly on the event
 * loops (no executor hop).
 */
final class GrpcServer implements AutoCloseable {
    private final EventLoopGroup boss = GrpcMethods.eventLoops(1);
    private final EventLoopGroup workers = GrpcMethods.eventLoops(0);
    private final Server server;

    private GrpcServer(String socket) throws IOException {
        try {
            server = NettyServerBuilder.forAddress(new DomainSocketAddress(socket))
                    .channelType(EpollServerDomainSocketChannel.class)
                    .bossEventLoopGroup(boss)
                    .workerEventLoopGroup(workers)
                    .directExecutor()
                    .addService(service())
                    .build()
                    .start();
        } catch (IOException | RuntimeException e) {
            stopEventLoops();
            throw new IOException("cannot serve gRPC on " + socket + ": " + e.getMessage(), e);
        }
    }

    static GrpcServer start(String socket) throws IOException {
        return new GrpcServer(socket);
    }

    @Override
    public void close() {
        try {
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopEventLoops();
    }

    private void stopEventLoops() {
        boss.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static ServerServiceDefinition service() {
        return ServerServiceDefinition.builder(GrpcMethods.SERVICE)
                .addMethod(GrpcMethods.ADD, ServerCalls.asyncUnaryCall((request, response) -> {
                    response.onNext(GrpcMethods.intBytes(GrpcMethods.readInt(request) + 1));
                    response.onCompleted();
                }))
                .addMethod(GrpcMethods.ECHO, ServerCalls.asyncUnaryCall((request, response) -> {
                    response.onNext(request);
                    response.onCompleted();
                }))
                .addMethod(GrpcMethods.PING, ServerCalls.asyncClientStreamingCall(PingCounter::new))
                .build();
    }

    /** Counts the messages of one Ping stream and answers with the count when the client completes it. */
    private static final class PingCounter implements StreamObserver<byte[]> {
        private final StreamObserver<byte[]> response;
        private long count;

        PingCounter(StreamObserver<byte[]> response) {
            this.response = response;
        }

        @Override
        public void onNext(byte[] message) {
            count++;
        }

        @Override
        public void onError(Throwable t) {
            // The client cancelled; nothing to answer.
        }

        @Override
        public void onCompleted() {
            response.onNext(GrpcMethods.longBytes(count));
            response.onCompleted();
        }
    }
}
