package org.binder4j.bench.jmh;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.binder4j.driver.BinderDriver;
import org.binder4j.driver.BinderProc;
import org.binder4j.driver.DriverConfig;
import org.binder4j.protocol.Commands;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The driver state machine alone: one synchronous transaction from a client to the context manager and
 * its reply, each side's buffer freed, as four write-reads on one Java thread. No transport, no threads
 * waking: the cost of binder's rules and the one copy.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class DriverTransactionBenchmark {
    @Param({"8", "4096"})
    public int dataBytes;

    private Arena arena;
    private RawThread client;
    private RawThread server;

    @Setup
    public void setUp() {
        arena = Arena.ofConfined();
        BinderDriver driver = new BinderDriver(DriverConfig.defaults(), thread -> {});
        MemorySegment serverArea = arena.allocate(DriverConfig.DEFAULT_RECEIVE_AREA_SIZE_BYTES, 8);
        BinderProc serverProc = driver.openProc(100, 1000, 1000, "bench-server", serverArea);
        if (driver.setContextManager(serverProc) != 0) {
            throw new IllegalStateException("the server could not become the context manager");
        }
        server = new RawThread(driver, serverProc, 100, arena).enterLooper();
        server.exchange();
        MemorySegment clientArea = arena.allocate(DriverConfig.DEFAULT_RECEIVE_AREA_SIZE_BYTES, 8);
        client = new RawThread(driver, driver.openProc(200, 1000, 1000, "bench-client", clientArea), 200, arena);
        roundTrip(); // fails here, not in the measurement, if the exchange is not what the benchmark expects
    }

    @TearDown
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public long roundTrip() {
        client.transaction(Commands.BC_TRANSACTION, 0, dataBytes).exchange();
        long request = server.exchange();
        if (request < 0) {
            throw new IllegalStateException("the server read no BR_TRANSACTION");
        }
        server.freeBuffer(request).transaction(Commands.BC_REPLY, 0, dataBytes).exchange();
        long reply = client.exchange();
        if (reply < 0) {
            throw new IllegalStateException("the client read no BR_REPLY");
        }
        return client.freeBuffer(reply).exchange();
    }
}
