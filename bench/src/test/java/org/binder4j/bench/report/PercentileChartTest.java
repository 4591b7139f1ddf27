package org.binder4j.bench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.HdrHistogram.Histogram;
import org.binder4j.bench.harness.Latencies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PercentileChartTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    @Test
    void writesAPngWithOneLinePerSeries() throws Exception {
        Path file = dir.resolve("chart.png");
        PercentileChart.write(file, "small, 1 thread, closed-loop",
                List.of(new PercentileChart.Series("binder4j", spread(20)), new PercentileChart.Series("rmi", spread(60))));
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(file), PNG_SIGNATURE.length));
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1100, image.getWidth());
        assertEquals(650, image.getHeight());
        int binderRed = 0xd62728;
        int pixels = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xffffff) == binderRed) {
                    pixels++;
                }
            }
        }
        assertNotEquals(0, pixels, "the first series is drawn in its colour");
    }

    @Test
    void nothingToDrawIsAnError() {
        Path file = dir.resolve("empty.png");
        assertEquals("a chart needs at least one series: empty",
                assertThrows(IllegalArgumentException.class, () -> PercentileChart.write(file, "empty", List.of())).getMessage());
        assertEquals("series 'rmi' of chart 'idle' has no values", assertThrows(IllegalArgumentException.class,
                () -> PercentileChart.write(file, "idle", List.of(new PercentileChart.Series("rmi", Latencies.newHistogram()))))
                .getMessage());
    }

    @Test
    void latencyLabelsPickTheirUnit() {
        assertEquals("0.1 µs", PercentileChart.micros(0.1));
        assertEquals("100 µs", PercentileChart.micros(100));
        assertEquals("1 ms", PercentileChart.micros(1000));
        assertEquals("2.5 ms", PercentileChart.micros(2500));
        assertEquals("10 s", PercentileChart.micros(10_000_000));
    }

    /** 10 000 calls from {@code medianMicros / 2} to about {@code 50 x medianMicros}, with a tail. */
    private static Histogram spread(long medianMicros) {
        Histogram histogram = Latencies.newHistogram();
        for (int i = 0; i < 10_000; i++) {
            double p = i / 10_000.0;
            Latencies.record(histogram, (long) (medianMicros * 1000 * (0.5 + p) / Math.max(0.02, 1 - p)));
        }
        return histogram;
    }
}
