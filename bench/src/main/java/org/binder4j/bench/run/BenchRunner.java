package org.binder4j.bench.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.BenchOptions;
import org.binder4j.bench.RunPlan;
import org.binder4j.bench.RunSpec;
import org.binder4j.bench.SystemUnderTest;
import org.binder4j.bench.harness.RunOutcome;
import org.binder4j.bench.report.Failure;
import org.binder4j.bench.report.RunResult;

/**
 * Runs a {@link RunPlan}: per system under test, starts its servers once and a client JVM, then each run
 * (more client JVMs when the case wants them), reading the CPU clocks of every process around the
 * measurement. A system that fails to start, or a run that fails, is reported and the plan goes on.
 */
public final class BenchRunner {
    /** Beyond warm-up or measurement: connecting, JIT, oneway delivery. */
    private static final Duration STEP_SLACK = Duration.ofSeconds(120);
    /** Idle is measured once the processes have used no CPU for this long (the JIT and GC have settled)... */
    private static final Duration QUIET_WINDOW = Duration.ofMillis(500);
    /** ...or after this long in any case. */
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(15);
    /** Less than one clock tick of the kernel's CPU accounting. */
    private static final long QUIET_CPU_NANOS = 10_000_000;

    /** What a plan produced. */
    public record Outcome(List<RunResult> results, List<Failure> failures) {}

    private final ChildLauncher launcher;
    private final ServerLauncher servers;
    private final long spinMicros;
    private final Progress progress;
    private final RunPlan plan;

    public BenchRunner(ChildLauncher launcher, BenchOptions options, RunPlan plan, PrintStream out) {
        this.launcher = launcher;
        this.servers = new ServerLauncher(launcher, options.spinMicros());
        this.spinMicros = options.spinMicros();
        this.progress = new Progress(out, plan);
        this.plan = plan;
    }

    public Outcome run() throws InterruptedException {
        List<RunResult> results = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Map.Entry<SystemUnderTest, List<RunSpec>> group : plan.groups().entrySet()) {
            runSystem(group.getKey(), group.getValue(), results, failures);
        }
        return new Outcome(results, failures);
    }

    private void runSystem(SystemUnderTest system, List<RunSpec> runs, List<RunResult> results, List<Failure> failures)
            throws InterruptedException {
        progress.systemStarting(system);
        ServerSide server;
        try {
            server = servers.start(system);
        } catch (BenchException e) {
            Failure failure = new Failure(system.label(), e.getMessage());
            progress.failed(failure);
            failures.add(failure);
            runs.forEach(run -> progress.skipped(RunPlan.estimatedMs(run)));
            return;
        }
        progress.systemStarted();
        ClientProcess client = null;
        try (server) {
            for (RunSpec run : runs) {
                progress.runStarting(run);
                try {
                    if (client == null) {
                        client = ClientProcess.start(launcher, system, server.endpoint(), spinMicros);
                        client.awaitConnected();
                    }
                    RunResult result = runOne(run, server, client);
                    results.add(result);
                    progress.runDone(run, result);
                } catch (BenchException e) {
                    Failure failure = new Failure(run.title(), e.getMessage() + server.describe());
                    progress.failed(failure);
                    progress.skipped(RunPlan.estimatedMs(run));
                    failures.add(failure);
                    if (client != null) {
                        client.close(); // its state is unknown; the next run gets a fresh one
                        client = null;
                    }
                }
            }
        } finally {
            if (client != null) {
                client.close();
            }
        }
    }

    /** One run on {@code client} and, when the case wants more client processes, on fresh ones too. */
    private RunResult runOne(RunSpec run, ServerSide server, ClientProcess client) throws InterruptedException {
        List<ClientProcess> extra = new ArrayList<>();
        try {
            for (int i = 1; i < run.clients(); i++) {
                extra.add(ClientProcess.start(launcher, run.system(), server.endpoint(), spinMicros));
            }
            for (ClientProcess process : extra) {
                process.awaitConnected();
            }
            List<ClientProcess> clients = new ArrayList<>();
            clients.add(client);
            clients.addAll(extra);
            return measure(run, server, clients);
        } finally {
            extra.forEach(ClientProcess::close);
        }
    }

    private RunResult measure(RunSpec run, ServerSide server, List<ClientProcess> clients) throws InterruptedException {
        for (ClientProcess process : clients) {
            process.startRun(run.load());
        }
        Duration warmUp = Duration.ofMillis(run.load().warmupMs()).plus(STEP_SLACK);
        for (ClientProcess process : clients) {
            process.awaitWarmedUp(warmUp);
        }
        if (run.benchCase() == BenchCase.IDLE && !awaitQuiet(server, clients)) {
            progress.note("the processes were still busy after " + SETTLE_LIMIT.toSeconds() + " s; measuring idle anyway");
        }
        Map<String, Long> cpuBefore = server.cpuNanos();
        long startMillis = System.currentTimeMillis();
        for (ClientProcess process : clients) {
            process.go();
        }
        Duration measurement = Duration.ofMillis(run.load().measureMs()).plus(STEP_SLACK);
        List<RunOutcome> outcomes = new ArrayList<>();
        for (ClientProcess process : clients) {
            outcomes.add(process.awaitResult(measurement));
        }
        Map<String, Long> cpuAfter = server.cpuNanos();
        cpuAfter.replaceAll((role, nanos) -> nanos - cpuBefore.get(role));
        RunResult result = RunResult.of(run, outcomes, cpuAfter);
        result.histogram().setStartTimeStamp(startMillis);
        result.histogram().setEndTimeStamp(System.currentTimeMillis());
        return result;
    }

    /** Waits until the system's processes, clients included, have used no CPU for {@link #QUIET_WINDOW}. */
    private static boolean awaitQuiet(ServerSide server, List<ClientProcess> clients) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        long before = totalCpuNanos(server, clients);
        while (System.nanoTime() < deadline) {
            Thread.sleep(QUIET_WINDOW); // the window over which quiet is judged, not a wait for an event
            long now = totalCpuNanos(server, clients);
            if (now - before < QUIET_CPU_NANOS) {
                return true;
            }
            before = now;
        }
        return false;
    }

    private static long totalCpuNanos(ServerSide server, List<ClientProcess> clients) {
        long total = server.cpuNanos().values().stream().mapToLong(Long::longValue).sum();
        for (ClientProcess client : clients) {
            total += client.cpuNanos();
        }
        return total;
    }
}
