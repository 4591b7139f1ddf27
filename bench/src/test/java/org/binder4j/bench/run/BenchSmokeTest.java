package org.binder4j.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.BenchOptions;
import org.binder4j.bench.LoadMode;
import org.binder4j.bench.LoadSpec;
import org.binder4j.bench.RunPlan;
import org.binder4j.bench.RunSpec;
import org.binder4j.bench.SystemId;
import org.binder4j.bench.SystemUnderTest;
import org.binder4j.bench.report.MachineFacts;
import org.binder4j.bench.report.Report;
import org.binder4j.bench.report.ReportWriter;
import org.binder4j.bench.report.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny closed-loop run of two systems across real JVMs (daemon, servers, clients), then the report. */
class BenchSmokeTest {
    @TempDir
    Path out;

    @Test
    void aTinyRunAcrossRealJvmsMeasuresBothSystemsAndLeavesNothingBehind() throws Exception {
        LoadSpec load = new LoadSpec(BenchCase.SMALL, 1, LoadMode.CLOSED_LOOP, 0, 200, 300);
        SystemUnderTest uds = new SystemUnderTest(SystemId.UDS_RAW, "");
        SystemUnderTest binder = new SystemUnderTest(SystemId.BINDER4J, "");
        Map<SystemUnderTest, List<RunSpec>> groups = new LinkedHashMap<>();
        groups.put(uds, List.of(new RunSpec(uds, load)));
        groups.put(binder, List.of(new RunSpec(binder, load)));
        BenchOptions options = BenchOptions.parse("--quick");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        Path workDir;
        BenchRunner.Outcome outcome;
        try (ChildLauncher launcher = new ChildLauncher(WorkDir.create())) {
            workDir = launcher.workDir().path();
            outcome = new BenchRunner(launcher, options, new RunPlan(groups),
                    new PrintStream(progress, true, StandardCharsets.UTF_8)).run();
            assertEquals(0, launcher.runningCount(), "each system's processes stop after its runs");
        }
        assertFalse(Files.exists(workDir), "the work directory and the sockets in it are gone");

        assertEquals(List.of(), outcome.failures());
        assertEquals(2, outcome.results().size());
        for (RunResult result : outcome.results()) {
            assertTrue(result.calls() > 0, result.spec().title());
            assertEquals(result.calls(), result.histogram().getTotalCount(), result.spec().title());
            assertTrue(result.opsPerSecond() > 0, result.spec().title());
        }
        assertEquals(Set.of("client", "server"), outcome.results().get(0).cpuMsByProcess().keySet());
        assertEquals(Set.of("client", "daemon", "server"), outcome.results().get(1).cpuMsByProcess().keySet());
        String text = progress.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("uds-raw: starting its processes"), text);
        assertTrue(text.contains("binder4j small t1 closed-loop: 1 client process, warm-up 0.2 s, measuring 0.3 s"), text);

        ReportWriter.write(new Report("binder4j bench (smoke test)", Instant.now(), Duration.ofSeconds(1),
                MachineFacts.read(), options, outcome.results(), outcome.failures()), out);
        String json = Files.readString(out.resolve("results.json"));
        assertTrue(json.contains("\"system\": \"uds-raw\""), json);
        assertTrue(json.contains("\"system\": \"binder4j\""), json);
        assertTrue(Files.size(out.resolve("hdr/binder4j_small_t1_closed-loop.hdr")) > 0);
        assertTrue(Files.size(out.resolve("chart-small.png")) > 0);
        assertTrue(Files.readString(out.resolve("results.md")).contains("| small | 1 | closed-loop | uds-raw |"));
    }
}
