package org.binder4j.bench.report;

import static org.binder4j.bench.report.ReportFixtures.idle;
import static org.binder4j.bench.report.ReportFixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.SystemId;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void ratiosReadAboveOneAsBinderFaster() {
        RunResult binder = result(SystemId.BINDER4J, "", BenchCase.SMALL, 1, 20, 50_000, 0);
        RunResult rmi = result(SystemId.RMI, "", BenchCase.SMALL, 1, 60, 10_000, 0);
        Comparison c = new Comparison(binder, rmi);
        assertEquals(3.0, c.p50Speedup(), 0.01, "rmi's median call takes three times as long");
        assertEquals(3.0, c.p99Speedup(), 0.01);
        assertEquals(5.0, c.throughputRatio(), 1e-9, "50 000 against 10 000 calls per second");
        RunResult relay = result(SystemId.FUTEX_RELAY, "spin", BenchCase.SMALL, 1, 10, 100_000, 0);
        assertEquals(0.5, new Comparison(binder, relay).p50Speedup(), 0.01, "slower than the floor: below 1");
    }

    @Test
    void onlyTheSameLoadIsCompared() {
        RunResult binder1 = result(SystemId.BINDER4J, "", BenchCase.SMALL, 1, 20, 1000, 0);
        RunResult binder2 = result(SystemId.BINDER4J, "", BenchCase.SMALL, 2, 20, 1000, 0);
        RunResult rmi1 = result(SystemId.RMI, "", BenchCase.SMALL, 1, 60, 1000, 0);
        RunResult grpcEcho = result(SystemId.GRPC_UDS, "", BenchCase.ECHO_4K, 1, 90, 1000, 0);
        List<Comparison> comparisons = Comparison.of(List.of(binder1, binder2, rmi1, grpcEcho,
                idle(SystemId.BINDER4J, 1, 1), idle(SystemId.RMI, 1, 1)));
        assertEquals(List.of(new Comparison(binder1, rmi1)), comparisons, "idle runs have no latency to compare");
    }

    @Test
    void rowsSumClientsAndProcesses() {
        RunResult r = result(SystemId.BINDER4J, "", BenchCase.SMALL, 1, 20, 4000, 300);
        assertEquals(4000.0, r.opsPerSecond(), 1e-9);
        assertEquals(400.0, r.cpuMs(), 1e-9, "client 100 ms + server 300 ms");
        assertEquals(0.4, r.cpuCores(), 1e-9);
        assertEquals("client 100 ms, server 300 ms", r.cpuBreakdown());
        assertEquals(20.0, r.p50Micros(), 0.02);
    }
}
