package org.binder4j.driver;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The receive-area allocator. It is package-private in the driver, so this benchmark lives in the
 * driver's package, in the bench module (the class path has no module boundaries).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ReceiveAllocatorBenchmark {
    private static final long[] SIZES = {256, 4096, 64, 65536, 1024, 128, 8192, 512};
    /** Frees out of allocation order, so blocks merge with neighbours on both sides. */
    private static final int[] FREE_ORDER = {3, 0, 6, 1, 7, 2, 5, 4};

    private final long[] offsets = new long[SIZES.length];
    private ReceiveAllocator allocator;

    @Setup(Level.Iteration)
    public void setUp() {
        allocator = new ReceiveAllocator(DriverConfig.DEFAULT_RECEIVE_AREA_SIZE_BYTES);
    }

    /** A synchronous call's buffer: allocated, then freed (the steady state of back-to-back calls). */
    @Benchmark
    public long allocateFree() {
        long offset = allocator.allocate(256, false);
        allocator.free(offset, 256, false);
        return offset;
    }

    /** Eight buffers of mixed sizes, every other one oneway, freed out of order. */
    @Benchmark
    public long fragmentAndMerge() {
        for (int i = 0; i < SIZES.length; i++) {
            offsets[i] = allocator.allocate(SIZES[i], (i & 1) == 1);
            if (offsets[i] < 0) {
                throw new IllegalStateException("no space for " + SIZES[i] + " bytes: " + offsets[i]);
            }
        }
        for (int i : FREE_ORDER) {
            allocator.free(offsets[i], SIZES[i], (i & 1) == 1);
        }
        return allocator.largestFreeBytes();
    }
}
