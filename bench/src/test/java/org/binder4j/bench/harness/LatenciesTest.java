package org.binder4j.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void recordsNanosecondsWithThreeSignificantDigits() {
        Histogram histogram = Latencies.newHistogram();
        for (int i = 1; i <= 1000; i++) {
            Latencies.record(histogram, i * 1000L); // 1..1000 µs
        }
        assertEquals(1000, histogram.getTotalCount());
        assertEquals(500_000, histogram.getValueAtPercentile(50), 500_000 * 0.001);
        assertEquals(990_000, histogram.getValueAtPercentile(99), 990_000 * 0.001);
        assertEquals(1_000_000, histogram.getMaxValue(), 1_000_000 * 0.001);
    }

    @Test
    void valuesOutsideTheRangeAreClampedNotLost() {
        Histogram histogram = Latencies.newHistogram();
        Latencies.record(histogram, -5);
        Latencies.record(histogram, Latencies.HIGHEST_NANOS * 10);
        assertEquals(2, histogram.getTotalCount());
        assertEquals(0, histogram.getMinValue());
        assertTrue(histogram.valuesAreEquivalent(Latencies.HIGHEST_NANOS, histogram.getMaxValue()));
    }

    @Test
    void histogramsTravelAsText() {
        Histogram histogram = Latencies.newHistogram();
        for (long v = 100; v < 1_000_000; v *= 3) {
            Latencies.record(histogram, v);
        }
        String text = Latencies.encode(histogram);
        assertTrue(text.matches("[A-Za-z0-9+/=]+"), "one word of Base64: " + text);
        assertEquals(histogram, Latencies.decode(text));
    }

    @Test
    void aResultLineCarriesCountsTimesAndTheHistogram() {
        Histogram histogram = Latencies.newHistogram();
        Latencies.record(histogram, 12_345);
        RunOutcome outcome = new RunOutcome(1, 2_000_000_000L, 30_000_000L, histogram);
        String line = outcome.toLine();
        assertTrue(line.startsWith("bench: RESULT calls=1 elapsed-ns=2000000000 cpu-ns=30000000 histogram="), line);
        RunOutcome parsed = RunOutcome.parse(line);
        assertEquals(outcome.calls(), parsed.calls());
        assertEquals(outcome.elapsedNanos(), parsed.elapsedNanos());
        assertEquals(outcome.cpuNanos(), parsed.cpuNanos());
        assertEquals(histogram, parsed.histogram());
    }

    @Test
    void badResultLinesAreNamed() {
        assertEquals("not a result line: bench: READY", assertThrows(IllegalArgumentException.class,
                () -> RunOutcome.parse("bench: READY")).getMessage());
        assertEquals("result line lacks histogram: bench: RESULT calls=1 elapsed-ns=2 cpu-ns=3",
                assertThrows(IllegalArgumentException.class,
                        () -> RunOutcome.parse("bench: RESULT calls=1 elapsed-ns=2 cpu-ns=3")).getMessage());
        assertEquals("calls=x is not a number in bench: RESULT calls=x", assertThrows(IllegalArgumentException.class,
                () -> RunOutcome.parse("bench: RESULT calls=x")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Latencies.decode("bm90IGEgaGlzdG9ncmFt"))
                .getMessage().startsWith("not an encoded histogram (20 characters)"));
    }
}
