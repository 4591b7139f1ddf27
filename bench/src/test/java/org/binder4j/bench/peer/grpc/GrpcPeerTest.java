package org.binder4j.bench.peer.grpc;

import java.nio.file.Path;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.harness.Exercise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrpcPeerTest {
    @TempDir
    Path dir;

    @Test
    void everyOperationRoundTripsOverTheUnixSocket() throws Exception {
        String socket = dir.resolve("grpc.sock").toString();
        GrpcServer server = GrpcServer.start(socket);
        try (GrpcConnection connection = new GrpcConnection(socket)) {
            Exercise.calls(connection, BenchCase.SMALL, 200);
            Exercise.calls(connection, BenchCase.ECHO_64K, 20);
            Exercise.calls(connection, BenchCase.ONEWAY, 2000);
            Exercise.refuses(connection, BenchCase.BINDER_OBJECT, "grpc-uds");
        } finally {
            server.close();
        }
    }
}
