package org.binder4j.bench.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.binder4j.bench.SystemUnderTest;
import org.binder4j.cli.JavaProcess;

/**
 * The server-side processes of one system under test (a daemon or middle, and a server), started in
 * order, each waited for until it says it is ready; and the endpoint its clients connect to.
 */
final class ServerSide implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private record Role(String name, JavaProcess process) {}

    private final ChildLauncher launcher;
    private final SystemUnderTest system;
    private final List<Role> roles = new ArrayList<>();
    private String endpoint = "";

    ServerSide(ChildLauncher launcher, SystemUnderTest system) {
        this.launcher = launcher;
        this.system = system;
    }

    /**
     * Starts {@code mainClass} as {@code role} and waits for its line starting with {@code readyPrefix};
     * returns the rest of that line (an endpoint, or empty).
     *
     * @throws BenchException naming the system and role, with the process's last output, if it does not
     *     get ready
     */
    String start(String role, String readyPrefix, String mainClass, String... args) throws InterruptedException {
        JavaProcess process = launcher.start(mainClass, args);
        roles.add(new Role(role, process));
        try {
            return process.awaitLine(readyPrefix, START_TIMEOUT).substring(readyPrefix.length()).trim();
        } catch (IllegalStateException e) {
            throw new BenchException(system.label() + " " + role + " did not start (" + ChildOutput.state(process)
                    + (process.isAlive() ? ", not ready within " + START_TIMEOUT.toSeconds() + " s" : "") + ")\n"
                    + ChildOutput.tail(process));
        }
    }

    void endpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    /** What clients connect to: a socket path, a shared region, a stub; binder4j's is its daemon socket. */
    String endpoint() {
        return endpoint;
    }

    /**
     * CPU nanoseconds each role has used so far.
     *
     * @throws BenchException if a process has died, with its last output
     */
    Map<String, Long> cpuNanos() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        for (Role role : roles) {
            if (!role.process.isAlive()) {
                throw new BenchException(system.label() + " " + role.name + " died (" + ChildOutput.state(role.process)
                        + ")\n" + ChildOutput.tail(role.process));
            }
            cpu.put(role.name, CpuClock.cpuNanos(role.process.pid()));
        }
        return cpu;
    }

    /** Each server-side process's state and last output, for a failed run's report. */
    String describe() {
        StringBuilder text = new StringBuilder();
        for (Role role : roles) {
            text.append('\n').append(system.label()).append(' ').append(role.name).append(" (")
                    .append(ChildOutput.state(role.process)).append(")\n").append(ChildOutput.tail(role.process));
        }
        return text.toString();
    }

    /** Stops the processes, the last started first (the server before its daemon). */
    @Override
    public void close() {
        for (int i = roles.size() - 1; i >= 0; i--) {
            launcher.stop(roles.get(i).process);
        }
    }
}
