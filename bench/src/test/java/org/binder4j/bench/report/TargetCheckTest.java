package org.binder4j.bench.report;

import static org.binder4j.bench.report.ReportFixtures.idle;
import static org.binder4j.bench.report.ReportFixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.SystemId;
import org.junit.jupiter.api.Test;

class TargetCheckTest {

    @Test
    void targetsAreJudgedOnWhatTheRunMeasured() {
        List<RunResult> results = List.of(
                result(SystemId.BINDER4J, "", BenchCase.SMALL, 1, 20, 50_000, 0),
                result(SystemId.RMI, "", BenchCase.SMALL, 1, 50, 20_000, 0), // 2.5x: met
                result(SystemId.GRPC_UDS, "", BenchCase.SMALL, 1, 60, 15_000, 0), // 3x: not 4x
                result(SystemId.FUTEX_RELAY, "spin", BenchCase.SMALL, 1, 18, 55_000, 0), // 20/18 = 1.11: within 1.2
                result(SystemId.BINDER4J, "", BenchCase.SMALL, 2, 20, 30_000, 0),
                result(SystemId.RMI, "", BenchCase.SMALL, 2, 20, 40_000, 0), // less throughput than rmi
                idle(SystemId.BINDER4J, 30, 40)); // 70 ms over 10 s: 0.7% of a core
        Map<String, TargetCheck.Status> status = TargetCheck.evaluate(results).stream()
                .collect(Collectors.toMap(TargetCheck::target, TargetCheck::status));
        assertEquals(TargetCheck.Status.MET, status.get("small sync call at least 2x faster than RMI"));
        assertEquals(TargetCheck.Status.MISSED, status.get("small sync call at least 4x faster than gRPC over UDS"));
        assertEquals(TargetCheck.Status.MET,
                status.get("small sync call within 1.2x of the three-JVM futex relay (spin-then-block)"));
        assertEquals(TargetCheck.Status.MISSED, status.get("small sync calls, 2 client threads: throughput at least RMI's"));
        assertEquals(TargetCheck.Status.NOT_MEASURED, status.get("512 KiB echo at least 5x faster than RMI"));
        assertEquals(TargetCheck.Status.MET, status.get("idle: daemon + server + client below 1% of one core"));
        assertEquals(TargetCheck.Status.NOT_MEASURED, status.get("steady-state client transact allocates nothing per call"));
    }

    @Test
    void theMeasuredColumnShowsTheNumbers() {
        List<TargetCheck> checks = TargetCheck.evaluate(List.of(
                result(SystemId.BINDER4J, "", BenchCase.ECHO_512K, 1, 400, 2_000, 0),
                result(SystemId.SHM_COPY, "", BenchCase.ECHO_512K, 1, 100, 8_000, 0),
                idle(SystemId.BINDER4J, 100, 50)));
        TargetCheck shm = checks.stream().filter(c -> c.target().contains("shared-memory")).findFirst().orElseThrow();
        assertEquals(TargetCheck.Status.MISSED, shm.status());
        assertEquals("binder4j p50 400.1 µs / shm-copy p50 100.0 µs = 4.000x", shm.measured());
        TargetCheck idle = checks.stream().filter(c -> c.target().startsWith("idle")).findFirst().orElseThrow();
        assertEquals(TargetCheck.Status.MISSED, idle.status());
        assertEquals("1.50% of one core: 150 ms CPU (client 100 ms, server 50 ms) over 10.0 s", idle.measured());
    }
}
