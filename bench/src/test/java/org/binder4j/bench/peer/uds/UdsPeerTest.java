package org.binder4j.bench.peer.uds;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.harness.Exercise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UdsPeerTest {
    @TempDir
    Path dir;

    @Test
    void everyOperationRoundTrips() throws Exception {
        Path socket = dir.resolve("uds.sock");
        UdsServer server = UdsServer.start(socket);
        try (UdsConnection connection = new UdsConnection(socket.toString())) {
            Exercise.calls(connection, BenchCase.SMALL, 1000);
            Exercise.calls(connection, BenchCase.ONEWAY, 5000);
            Exercise.calls(connection, BenchCase.ECHO_4K, 100);
            Exercise.calls(connection, BenchCase.ECHO_512K, 20);
            Exercise.refuses(connection, BenchCase.BINDER_OBJECT, "uds-raw");
        } finally {
            server.close();
        }
        assertFalse(Files.exists(socket), "closing the server removes its socket");
    }

    @Test
    void noServerIsNamed() {
        String socket = dir.resolve("none.sock").toString();
        UdsConnection connection = new UdsConnection(socket);
        IOException e = assertThrows(IOException.class, () -> connection.caller(BenchCase.SMALL));
        assertTrue(e.getMessage().startsWith("cannot connect to the uds-raw server at " + socket + ": "), e.getMessage());
    }

    @Test
    void aServerCannotListenOnAPathInUse() throws Exception {
        Path socket = dir.resolve("taken.sock");
        UdsServer first = UdsServer.start(socket);
        try {
            IOException e = assertThrows(IOException.class, () -> UdsServer.start(socket));
            assertTrue(e.getMessage().startsWith("cannot listen on " + socket + ": "), e.getMessage());
        } finally {
            first.close();
        }
    }
}
