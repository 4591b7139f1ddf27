package org.binder4j.bench.peer.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.harness.Exercise;
import org.binder4j.bench.peer.futex.FutexChannel;
import org.binder4j.bench.peer.futex.SharedRegion;
import org.junit.jupiter.api.Test;

class ShmPeerTest {

    @Test
    void echoesEveryPayloadSize() throws Exception {
        long spin = 20_000;
        try (SharedRegion region = SharedRegion.create("test-shm", ShmLayout.SIZE_BYTES)) {
            Thread server = Thread.ofPlatform().start(() -> ShmEchoServerMain.serve(region.segment(), spin));
            try (ShmConnection connection = new ShmConnection(region.path(), spin)) {
                Exercise.calls(connection, BenchCase.ECHO_4K, 1000);
                Exercise.calls(connection, BenchCase.ECHO_64K, 200);
                Exercise.calls(connection, BenchCase.ECHO_512K, 50);
                Exercise.refuses(connection, BenchCase.BINDER_OBJECT, "shm-copy");
            } finally {
                new FutexChannel(region.segment(), 0, spin).close();
                assertTrue(server.join(Duration.ofSeconds(10)));
            }
        }
    }

    @Test
    void aRegionTooSmallIsRefused() throws Exception {
        try (SharedRegion region = SharedRegion.create("test-small", 4096)) {
            assertEquals("shared region " + region.path() + " has 4096 bytes, the echo needs " + ShmLayout.SIZE_BYTES,
                    assertThrows(IllegalArgumentException.class, () -> new ShmConnection(region.path(), 0)).getMessage());
        }
    }
}
