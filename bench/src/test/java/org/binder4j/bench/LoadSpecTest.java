package org.binder4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LoadSpecTest {

    @Test
    void travelsAsOneLine() {
        LoadSpec spec = new LoadSpec(BenchCase.ECHO_64K, 2, LoadMode.FIXED_RATE, 300, 1000, 2000);
        assertEquals("case=echo-64k threads=2 mode=fixed-rate rate=300 warmup-ms=1000 measure-ms=2000", spec.toLine());
        assertEquals(spec, LoadSpec.parse(spec.toLine()));
    }

    @Test
    void malformedLinesAreNamed() {
        assertMessage("load spec 'case=small threads=1' lacks mode", "case=small threads=1");
        assertMessage("'threads' in load spec 'case=small threads' is not key=value", "case=small threads");
        assertMessage("threads=x in load spec 'case=small threads=x mode=closed-loop rate=0 warmup-ms=0 measure-ms=1'"
                + " is not a number", "case=small threads=x mode=closed-loop rate=0 warmup-ms=0 measure-ms=1");
        assertMessage("unknown load mode 'open'; the modes are closed-loop, fixed-rate",
                "case=small threads=1 mode=open rate=0 warmup-ms=0 measure-ms=1");
    }

    @Test
    void inconsistentSpecsAreRefused() {
        assertEquals("threads must be at least 1, not 0", assertThrows(IllegalArgumentException.class,
                () -> new LoadSpec(BenchCase.SMALL, 0, LoadMode.CLOSED_LOOP, 0, 0, 1)).getMessage());
        assertEquals("rate 1 ops/s does not fit fixed-rate with 2 threads (fixed rate needs at least one call per second"
                + " per thread, closed loop none)", assertThrows(IllegalArgumentException.class,
                () -> new LoadSpec(BenchCase.SMALL, 2, LoadMode.FIXED_RATE, 1, 0, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LoadSpec(BenchCase.SMALL, 1, LoadMode.CLOSED_LOOP, 5, 0, 1));
        assertEquals("warm-up 0 ms and measurement 0 ms: need warm-up >= 0 and measurement > 0",
                assertThrows(IllegalArgumentException.class,
                        () -> new LoadSpec(BenchCase.SMALL, 1, LoadMode.CLOSED_LOOP, 0, 0, 0)).getMessage());
    }

    private static void assertMessage(String expected, String line) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> LoadSpec.parse(line)).getMessage());
    }
}
