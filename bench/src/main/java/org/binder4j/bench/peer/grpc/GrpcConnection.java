package org.binder4j.bench.peer.grpc;

import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ClientResponseObserver;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.harness.BenchConnection;
import org.binder4j.bench.harness.Caller;
import org.binder4j.bench.harness.Payloads;

/**
 * A gRPC client over the server's Unix socket: one channel (one HTTP/2 connection) shared by the
 * process's threads, blocking calls, the direct executor.
 */
public final class GrpcConnection implements BenchConnection {
    private final EventLoopGroup eventLoops = GrpcMethods.eventLoops(1);
    private final ManagedChannel channel;

    public GrpcConnection(String socket) {
        channel = NettyChannelBuilder.forAddress(new DomainSocketAddress(socket))
                .channelType(EpollDomainSocketChannel.class)
                .eventLoopGroup(eventLoops)
                .usePlaintext()
                .directExecutor()
                .build();
    }

    @Override
    public Caller caller(BenchCase operation) {
        return switch (operation) {
            case SMALL -> new Caller() {
                private int value;

                @Override
                public void call() {
                    int result = GrpcMethods.readInt(ClientCalls.blockingUnaryCall(channel, GrpcMethods.ADD,
                            CallOptions.DEFAULT, GrpcMethods.intBytes(value)));
                    Payloads.checkIncremented(value, result);
                    value = result;
                }
            };
            case ECHO_4K, ECHO_64K, ECHO_512K -> {
                byte[] payload = Payloads.pattern(operation.payloadBytes());
                yield () -> Payloads.checkEcho(payload,
                        ClientCalls.blockingUnaryCall(channel, GrpcMethods.ECHO, CallOptions.DEFAULT, payload));
            }
            case ONEWAY -> new PingStream();
            default -> throw new IllegalArgumentException("grpc-uds has no operation " + operation.id());
        };
    }

    @Override
    public void close() {
        try {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        eventLoops.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /**
     * Oneway calls as messages of one client stream, sent as fast as gRPC's flow control lets them go;
     * {@link #awaitDelivered} completes the stream and checks the server's count.
     */
    private final class PingStream implements Caller, ClientResponseObserver<byte[], byte[]> {
        private final Object readiness = new Object();
        private ClientCallStreamObserver<byte[]> requests;
        private CompletableFuture<byte[]> answer;
        private long sent;
        private int sequence;

        @Override
        public void call() throws InterruptedException {
            if (requests == null) {
                answer = new CompletableFuture<>();
                requests = (ClientCallStreamObserver<byte[]>) ClientCalls.asyncClientStreamingCall(
                        channel.newCall(GrpcMethods.PING, CallOptions.DEFAULT), this);
            }
            synchronized (readiness) {
                while (!requests.isReady()) {
                    if (answer.isDone()) {
                        throw new IllegalStateException("the Ping stream ended after " + sent + " messages"
                                + (answer.isCompletedExceptionally() ? ": " + answer.exceptionNow() : ""));
                    }
                    readiness.wait();
                }
            }
            requests.onNext(GrpcMethods.intBytes(sequence++));
            sent++;
        }

        @Override
        public void awaitDelivered(Duration timeout) throws Exception {
            if (requests == null) {
                return;
            }
            requests.onCompleted();
            long delivered = GrpcMethods.readLong(answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            Payloads.checkDelivered(sent, delivered, timeout);
            requests = null;
            sent = 0;
        }

        @Override
        public void close() {
            if (requests != null) {
                requests.cancel("benchmark run over", null);
            }
        }

        @Override
        public void beforeStart(ClientCallStreamObserver<byte[]> stream) {
            stream.setOnReadyHandler(this::signal);
        }

        @Override
        public void onNext(byte[] count) {
            answer.complete(count);
        }

        @Override
        public void onError(Throwable t) {
            answer.completeExceptionally(t);
            signal();
        }

        @Override
        public void onCompleted() {
            signal();
        }

        private void signal() {
            synchronized (readiness) {
                readiness.notifyAll();
            }
        }
    }
}
