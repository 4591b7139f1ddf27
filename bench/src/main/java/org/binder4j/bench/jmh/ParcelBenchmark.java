package org.binder4j.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.binder4j.Parcel;
import org.binder4j.bench.binder.IBench;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parcel write then read, as a call's data goes: an interface token and two ints; a string; a byte array
 * read back into a reused array. Each op obtains and recycles its parcel, as a proxy does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ParcelBenchmark {

    @Param({"64", "4096", "65536"})
    public int bytes;

    private byte[] payload;
    private byte[] readBack;
    private String text;

    @Setup
    public void setUp() {
        payload = new byte[bytes];
        readBack = new byte[bytes];
        text = "x".repeat(Math.min(bytes, 256));
    }

    @Benchmark
    public int tokenAndInts() {
        Parcel parcel = Parcel.obtain();
        parcel.writeInterfaceToken(IBench.DESCRIPTOR);
        parcel.writeInt(7);
        parcel.writeInt(35);
        parcel.setDataPosition(0);
        parcel.enforceInterface(IBench.DESCRIPTOR);
        int sum = parcel.readInt() + parcel.readInt();
        parcel.recycle();
        return sum;
    }

    @Benchmark
    public String string() {
        Parcel parcel = Parcel.obtain();
        parcel.writeString(text);
        parcel.setDataPosition(0);
        String read = parcel.readString();
        parcel.recycle();
        return read;
    }

    @Benchmark
    public byte[] byteArray() {
        Parcel parcel = Parcel.obtain();
        parcel.writeByteArray(payload);
        parcel.setDataPosition(0);
        parcel.readByteArray(readBack);
        parcel.recycle();
        return readBack;
    }
}
