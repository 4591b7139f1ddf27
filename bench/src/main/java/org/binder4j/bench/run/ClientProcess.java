package org.binder4j.bench.run;

import java.time.Duration;
import org.binder4j.bench.LoadSpec;
import org.binder4j.bench.SystemUnderTest;
import org.binder4j.bench.harness.ChildProtocol;
import org.binder4j.bench.harness.RunOutcome;
import org.binder4j.bench.harness.WorkerMain;
import org.binder4j.cli.JavaProcess;

/** A client JVM ({@link WorkerMain}) as the harness drives it: run, ready, go, result. */
final class ClientProcess implements AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(5);

    private final ChildLauncher launcher;
    private final SystemUnderTest system;
    private final JavaProcess process;

    private ClientProcess(ChildLauncher launcher, SystemUnderTest system, JavaProcess process) {
        this.launcher = launcher;
        this.system = system;
        this.process = process;
    }

    /** Starts a client of {@code system}; {@link #awaitConnected} waits until it has connected. */
    static ClientProcess start(ChildLauncher launcher, SystemUnderTest system, String endpoint, long spinMicros) {
        JavaProcess process = launcher.start(WorkerMain.class.getName(), "--system", system.id().id(),
                "--variant", system.variant(), "--endpoint", endpoint, "--spin-us", Long.toString(spinMicros));
        return new ClientProcess(launcher, system, process);
    }

    void awaitConnected() throws InterruptedException {
        awaitLine(ChildProtocol.READY, CONNECT_TIMEOUT, "connect");
    }

    /** Sends the run; the client warms up, then says it is ready. */
    void startRun(LoadSpec load) {
        process.sendLine(ChildProtocol.RUN + load.toLine());
    }

    void awaitWarmedUp(Duration timeout) throws InterruptedException {
        awaitLine(ChildProtocol.READY, timeout, "warm up");
    }

    void go() {
        process.sendLine(ChildProtocol.GO);
    }

    RunOutcome awaitResult(Duration timeout) throws InterruptedException {
        String line = awaitLine(ChildProtocol.RESULT, timeout, "measure");
        try {
            return RunOutcome.parse(line);
        } catch (IllegalArgumentException e) {
            throw new BenchException(system.label() + " client sent a bad result: " + e.getMessage());
        }
    }

    /** CPU nanoseconds the client has used so far (kernel accounting, clock ticks). */
    long cpuNanos() {
        return CpuClock.cpuNanos(process.pid());
    }

    /** Asks the client to exit; stops it if it does not. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                process.sendLine(ChildProtocol.EXIT);
                process.awaitExit(EXIT_TIMEOUT);
            }
        } catch (IllegalStateException e) {
            // Stopped below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        launcher.stop(process);
    }

    /** The next protocol line, which must start with {@code expected}; a failure report becomes an exception. */
    private String awaitLine(String expected, Duration timeout, String step) throws InterruptedException {
        String line;
        try {
            line = process.awaitLine(ChildProtocol.PREFIX, timeout);
        } catch (IllegalStateException e) {
            throw new BenchException(system.label() + " client did not " + step + " (" + ChildOutput.state(process)
                    + (process.isAlive() ? ", nothing within " + timeout.toSeconds() + " s" : "") + ")\n"
                    + ChildOutput.tail(process));
        }
        if (line.startsWith(ChildProtocol.FAILED)) {
            throw new BenchException(system.label() + " client failed to " + step + ": "
                    + line.substring(ChildProtocol.FAILED.length()) + "\n" + ChildOutput.tail(process));
        }
        if (!line.startsWith(expected)) {
            throw new BenchException(system.label() + " client said '" + line + "' where '" + expected.trim()
                    + "' was due (step: " + step + ")");
        }
        return line;
    }
}
