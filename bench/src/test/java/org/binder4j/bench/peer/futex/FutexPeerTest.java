package org.binder4j.bench.peer.futex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.harness.Caller;
import org.binder4j.bench.harness.Exercise;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The futex channels between threads of this JVM: the same shared memory and futexes as between JVMs. */
class FutexPeerTest {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    @ParameterizedTest(name = "spin {0} µs")
    @ValueSource(longs = {0, 50})
    void directPingPongAnswersEveryCall(long spinMicros) throws Exception {
        long spin = TimeUnit.MICROSECONDS.toNanos(spinMicros);
        try (SharedRegion region = SharedRegion.create("test-futex", FutexChannel.SIZE_BYTES)) {
            Thread server = Thread.ofPlatform().start(() -> new FutexChannel(region.segment(), 0, spin).serve(a -> a + 1));
            try (FutexConnection connection = new FutexConnection(region.path(), spin)) {
                Exercise.calls(connection, BenchCase.SMALL, 20_000);
                Exercise.refuses(connection, BenchCase.ECHO_4K, "futex floor");
            } finally {
                new FutexChannel(region.segment(), 0, spin).close();
                assertTrue(server.join(STOP_TIMEOUT), "the responder stops when its channel is closed");
            }
        }
    }

    @ParameterizedTest(name = "spin {0} µs")
    @ValueSource(longs = {0, 50})
    void relayPassesEveryCallThroughTheMiddle(long spinMicros) throws Exception {
        long spin = TimeUnit.MICROSECONDS.toNanos(spinMicros);
        try (SharedRegion region = SharedRegion.create("test-relay", 2 * FutexChannel.SIZE_BYTES)) {
            Thread server = Thread.ofPlatform().start(() -> new FutexChannel(region.segment(), 1, spin).serve(a -> a + 1));
            Thread middle = Thread.ofPlatform().start(() -> FutexRelayMain.relay(region.segment(), spin));
            try (FutexConnection connection = new FutexConnection(region.path(), spin)) {
                Exercise.calls(connection, BenchCase.SMALL, 10_000);
            } finally {
                new FutexChannel(region.segment(), 0, spin).close();
                assertTrue(middle.join(STOP_TIMEOUT), "the middle stops when the client side closes");
                assertTrue(server.join(STOP_TIMEOUT), "and closes the server side behind it");
            }
        }
    }

    @Test
    void aCallMadeBeforeTheResponderStartsIsAnswered() throws Exception {
        try (SharedRegion region = SharedRegion.create("test-futex", FutexChannel.SIZE_BYTES)) {
            CompletableFuture<Integer> answer = CompletableFuture.supplyAsync(
                    () -> new FutexChannel(region.segment(), 0, 0).call(41), Executors.newVirtualThreadPerTaskExecutor());
            long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
            while (region.segment().get(JAVA_INT, 0) != 1) { // the request's sequence: the call has been made
                assertTrue(System.nanoTime() < deadline, "the call did not ring within " + STOP_TIMEOUT);
                Thread.onSpinWait();
            }
            Thread server = Thread.ofPlatform().start(() -> new FutexChannel(region.segment(), 0, 0).serve(a -> a + 1));
            try {
                assertEquals(42, answer.get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            } finally {
                new FutexChannel(region.segment(), 0, 0).close();
                assertTrue(server.join(STOP_TIMEOUT));
            }
        }
    }

    @Test
    void oneCallerAtATime() throws Exception {
        try (SharedRegion region = SharedRegion.create("test-futex", FutexChannel.SIZE_BYTES);
             FutexConnection connection = new FutexConnection(region.path(), 0)) {
            Caller first = connection.caller(BenchCase.SMALL);
            assertEquals("the futex channel has one caller at a time; more client threads need more channels",
                    assertThrows(IllegalStateException.class, () -> connection.caller(BenchCase.SMALL)).getMessage());
            first.close();
            connection.caller(BenchCase.SMALL).close(); // free again
        }
    }

    @Test
    void aRegionThatIsGoneIsNamed() {
        IOException e = assertThrows(IOException.class, () -> SharedRegion.attach("/proc/self/fd/99999"));
        assertTrue(e.getMessage().startsWith("cannot map shared region /proc/self/fd/99999: "), e.getMessage());
    }
}
