package org.binder4j.bench.harness;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * The histograms every run records into: round-trip times in nanoseconds, from 1 ns to one minute with
 * three significant digits; longer values are recorded as one minute.
 */
public final class Latencies {
    public static final long HIGHEST_NANOS = TimeUnit.MINUTES.toNanos(1);
    public static final int SIGNIFICANT_DIGITS = 3;

    private Latencies() {}

    public static Histogram newHistogram() {
        return new Histogram(1, HIGHEST_NANOS, SIGNIFICANT_DIGITS);
    }

    /** Records {@code nanos}, clamped into the trackable range; allocates nothing. */
    public static void record(Histogram histogram, long nanos) {
        histogram.recordValue(Math.clamp(nanos, 0, HIGHEST_NANOS));
    }

    /** The histogram compressed ({@code encodeIntoCompressedByteBuffer}) and in Base64, for one text line. */
    public static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int size = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), size));
    }

    /**
     * Reverses {@link #encode}.
     *
     * @throws IllegalArgumentException if {@code text} is not an encoded histogram
     */
    public static Histogram decode(String text) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(text)), 0);
        } catch (DataFormatException | RuntimeException e) {
            throw new IllegalArgumentException("not an encoded histogram (" + text.length() + " characters): "
                    + e.getMessage(), e);
        }
    }
}
