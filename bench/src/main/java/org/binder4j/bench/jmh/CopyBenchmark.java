package org.binder4j.bench.jmh;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.TimeUnit;
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
 * The passes a large payload costs, apart from IPC: one copy between native buffers (the daemon's
 * copy, a parcel into its send buffer), one into a reused array, and one into a new array (what
 * {@code Parcel.createByteArray} must do: allocate, zero, copy). Serial GC, as the bench's JVMs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC"})
public class CopyBenchmark {
    @Param({"65536", "524288"})
    public int bytes;

    private Arena arena;
    private MemorySegment source;
    private MemorySegment target;
    private byte[] reused;

    @Setup
    public void setUp() {
        arena = Arena.ofShared();
        source = arena.allocate(bytes, 64);
        target = arena.allocate(bytes, 64);
        reused = new byte[bytes];
    }

    @TearDown
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public MemorySegment nativeToNative() {
        MemorySegment.copy(source, 0, target, 0, bytes);
        return target;
    }

    @Benchmark
    public byte[] nativeToReusedArray() {
        MemorySegment.copy(source, ValueLayout.JAVA_BYTE, 0, reused, 0, bytes);
        return reused;
    }

    @Benchmark
    public byte[] nativeToNewArray() {
        byte[] fresh = new byte[bytes];
        MemorySegment.copy(source, ValueLayout.JAVA_BYTE, 0, fresh, 0, bytes);
        return fresh;
    }
}
