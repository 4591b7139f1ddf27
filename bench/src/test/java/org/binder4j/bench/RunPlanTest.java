package org.binder4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunPlanTest {

    @Test
    void fullPlanRunsSmallCallsAtOneTwoAndFourThreadsInBothModes() {
        RunPlan plan = RunPlan.of(BenchOptions.parse());
        List<String> binder = titles(plan, new SystemUnderTest(SystemId.BINDER4J, ""));
        assertEquals(List.of("binder4j small t1 closed-loop", "binder4j small t2 closed-loop", "binder4j small t4 closed-loop",
                "binder4j small t1 fixed-rate", "binder4j small t2 fixed-rate", "binder4j small t4 fixed-rate",
                "binder4j oneway t1 closed-loop", "binder4j echo-4k t1 closed-loop", "binder4j echo-64k t1 closed-loop",
                "binder4j echo-512k t1 closed-loop", "binder4j binder-object t1 closed-loop",
                "binder4j clients20 t1 closed-loop", "binder4j idle t1 idle"), binder);
    }

    @Test
    void quickPlanIsSmaller() {
        RunPlan plan = RunPlan.of(BenchOptions.parse("--quick"));
        assertEquals(List.of("binder4j small t1 closed-loop", "binder4j small t2 closed-loop", "binder4j small t1 fixed-rate",
                "binder4j oneway t1 closed-loop", "binder4j echo-4k t1 closed-loop", "binder4j echo-64k t1 closed-loop",
                "binder4j echo-512k t1 closed-loop", "binder4j binder-object t1 closed-loop", "binder4j idle t1 idle"),
                titles(plan, new SystemUnderTest(SystemId.BINDER4J, "")));
        assertTrue(plan.estimatedMs() < RunPlan.of(BenchOptions.parse()).estimatedMs());
    }

    @Test
    void eachSystemRunsWhatItSupportsAndEachVariantGetsItsOwnGroup() {
        RunPlan plan = RunPlan.of(BenchOptions.parse("--quick"));
        assertEquals(List.of("futex-relay/spin small t1 closed-loop", "futex-relay/spin small t1 fixed-rate",
                "futex-relay/spin idle t1 idle"), titles(plan, new SystemUnderTest(SystemId.FUTEX_RELAY, "spin")));
        assertEquals(List.of("shm-copy echo-4k t1 closed-loop", "shm-copy echo-64k t1 closed-loop",
                "shm-copy echo-512k t1 closed-loop", "shm-copy idle t1 idle"),
                titles(plan, new SystemUnderTest(SystemId.SHM_COPY, "")));
        assertTrue(titles(plan, new SystemUnderTest(SystemId.RMI, "")).stream().noneMatch(t -> t.contains("oneway")));
        assertTrue(titles(plan, new SystemUnderTest(SystemId.GRPC_UDS, "")).stream().noneMatch(t -> t.contains("binder-object")));
        assertEquals(9, plan.groups().size(), "7 systems, two of them in two variants");
    }

    @Test
    void systemsWithoutAnyOfTheCasesAreLeftOut() {
        RunPlan plan = RunPlan.of(BenchOptions.parse("--only", "futex-direct,uds-raw", "--cases", "echo-4k"));
        assertEquals(List.of(new SystemUnderTest(SystemId.UDS_RAW, "")), List.copyOf(plan.groups().keySet()));
        assertEquals(0, RunPlan.of(BenchOptions.parse("--only", "futex-direct", "--cases", "echo-4k")).runCount());
    }

    private static List<String> titles(RunPlan plan, SystemUnderTest system) {
        return plan.groups().get(system).stream().map(RunSpec::title).toList();
    }
}
