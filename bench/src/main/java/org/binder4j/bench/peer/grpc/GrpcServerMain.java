package org.binder4j.bench.peer.grpc;

import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import org.binder4j.bench.harness.ChildArgs;
import org.binder4j.bench.harness.ChildProtocol;
import org.binder4j.bench.harness.ParentLink;

/**
 * The gRPC server JVM: serves {@link GrpcMethods} on the Unix socket {@code --socket PATH}, Netty epoll,
 * handlers run directly on the event loops (no executor hop).
 */
public final class GrpcServerMain {
    private GrpcServerMain() {}

    public static void main(String[] args) throws Exception {
        ParentLink parent = ParentLink.start();
        String socket = ChildArgs.parse(args).get("socket");
        Server server = NettyServerBuilder.forAddress(new DomainSocketAddress(socket))
                .channelType(EpollServerDomainSocketChannel.class)
                .bossEventLoopGroup(GrpcMethods.eventLoops(1))
                .workerEventLoopGroup(GrpcMethods.eventLoops(0))
                .directExecutor()
                .addService(service())
                .build()
                .start();
        ChildProtocol.say(ChildProtocol.READY);
        parent.blockUntilExit();
        server.shutdownNow();
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
