package org.binder4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsRunEverySystemAndEveryCase() {
        BenchOptions options = BenchOptions.parse();
        assertFalse(options.quick());
        assertEquals(Path.of("bench-results"), options.outDir());
        assertEquals(List.of(SystemId.values()), options.systems());
        assertEquals(List.of(BenchCase.values()), options.effectiveCases());
        assertEquals(BenchOptions.DEFAULT_RATE_OPS_PER_SECOND, options.rateOpsPerSecond());
        assertEquals(BenchOptions.DEFAULT_SPIN_MICROS, options.spinMicros());
        assertFalse(options.jfr());
        assertEquals(10_000, options.durations().measureMs());
        assertEquals(10_000, options.durations().idleMs());
    }

    @Test
    void everyOptionIsParsed() {
        BenchOptions options = BenchOptions.parse("--quick", "--out", "/tmp/x", "--only", "rmi,binder4j",
                "--cases", "echo-4k,small", "--rate", "500", "--spin-us", "7", "--jfr");
        assertTrue(options.quick());
        assertEquals(Path.of("/tmp/x"), options.outDir());
        assertEquals(List.of(SystemId.BINDER4J, SystemId.RMI), options.systems(), "in the systems' order");
        assertEquals(List.of(BenchCase.SMALL, BenchCase.ECHO_4K), options.effectiveCases(), "in the cases' order");
        assertEquals(500, options.rateOpsPerSecond());
        assertEquals(7, options.spinMicros());
        assertTrue(options.jfr());
        assertTrue(BenchOptions.parse("-h").help());
    }

    @Test
    void quickLeavesOutTheManyClientsCaseUnlessAskedFor() {
        assertFalse(BenchOptions.parse("--quick").effectiveCases().contains(BenchCase.CLIENTS_20));
        assertEquals(List.of(BenchCase.CLIENTS_20), BenchOptions.parse("--quick", "--cases", "clients20").effectiveCases());
        assertEquals(2_000, BenchOptions.parse("--quick").durations().measureMs());
    }

    @Test
    void badArgumentsAreNamed() {
        assertMessage("unexpected argument '--fast'", "--fast");
        assertMessage("--out needs a value", "--out");
        assertMessage("--only needs a value", "--only", "--quick");
        assertMessage("unknown system 'corba'; the systems are binder4j, rmi, grpc-uds, uds-raw, futex-direct, futex-relay, shm-copy",
                "--only", "corba");
        assertMessage("unknown case 'echo-1k'; the cases are " + BenchCase.ids(), "--cases", "small,echo-1k");
        assertMessage("--rate fast is not a number", "--rate", "fast");
        assertMessage("--rate 0 is not within 1..2147483647", "--rate", "0");
        assertMessage("--spin-us 2000000 is not within 1..1000000", "--spin-us", "2000000");
        assertMessage("empty list ','", "--cases", ",");
    }

    @Test
    void usageNamesEveryOptionAndGivesAnExample() {
        String usage = BenchOptions.usage();
        for (String option : List.of("--quick", "--out", "--only", "--cases", "--rate", "--spin-us", "--jfr", "--help", "jmh")) {
            assertTrue(usage.contains(option), option);
        }
        assertTrue(usage.contains("binder4j bench --only binder4j,rmi,futex-relay --cases small,echo-512k"), usage);
    }

    private static void assertMessage(String expected, String... args) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(args)).getMessage());
    }
}
