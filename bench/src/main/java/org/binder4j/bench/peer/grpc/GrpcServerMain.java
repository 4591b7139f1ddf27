package org.binder4j.bench.peer.grpc;

import org.binder4j.bench.harness.ChildArgs;
import org.binder4j.bench.harness.ChildProtocol;
import org.binder4j.bench.harness.ParentLink;

/** The gRPC server JVM: a {@link GrpcServer} on the Unix socket {@code --socket PATH}. */
public final class GrpcServerMain {
    private GrpcServerMain() {}

    public static void main(String[] args) throws Exception {
        ParentLink parent = ParentLink.start();
        GrpcServer server = GrpcServer.start(ChildArgs.parse(args).get("socket"));
        // Netty removes the socket when the server closes: however the JVM ends, even when the harness was killed.
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        ChildProtocol.say(ChildProtocol.READY);
        parent.blockUntilExit();

    }
}
