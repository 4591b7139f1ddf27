package org.binder4j.bench.peer.rmi;

import org.binder4j.bench.BenchCase;
import org.binder4j.bench.harness.Exercise;
import org.junit.jupiter.api.Test;

class RmiPeerTest {

    @Test
    void everyOperationRoundTripsThroughTheStub() throws Exception {
        try (RmiServer server = RmiServer.export(); RmiConnection connection = new RmiConnection(server.endpoint())) {
            Exercise.calls(connection, BenchCase.SMALL, 200);
            Exercise.calls(connection, BenchCase.ECHO_4K, 50);
            Exercise.calls(connection, BenchCase.BINDER_OBJECT, 50);
            Exercise.refuses(connection, BenchCase.ONEWAY, "rmi");
        }
    }
}
