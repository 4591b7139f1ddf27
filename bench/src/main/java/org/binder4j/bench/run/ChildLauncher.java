package org.binder4j.bench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.binder4j.cli.JavaProcess;

/**
 * Starts the benchmark's child JVMs with this JVM's java and class path, keeps their sockets and
 * temporary files in the run's private {@link WorkDir}, and, when closed or when this JVM exits (a
 * shutdown hook, for Ctrl-C), stops whatever is still running and deletes the directory: a failed or
 * interrupted run leaves no process, socket or file behind.
 */
public final class ChildLauncher implements AutoCloseable {
    private final WorkDir workDir;
    private final List<String> jvmOptions;
    private final Path jfrDir;
    private final Set<JavaProcess> running = ConcurrentHashMap.newKeySet();
    private final Thread shutdownHook = new Thread(this::cleanUp, "bench-cleanup");

    public ChildLauncher(WorkDir workDir) {
        this(workDir, null);
    }

    /** @param jfrDir where each child JVM writes its flight recording, or null for none */
    public ChildLauncher(WorkDir workDir, Path jfrDir) {
        this.workDir = workDir;
        this.jfrDir = jfrDir;
        this.jvmOptions = List.of(
                "-XX:-UsePerfData", // no hsperfdata files in /tmp
                "-Djava.io.tmpdir=" + workDir.path(),
                "-Dio.netty.native.workdir=" + workDir.path(),
                "--sun-misc-unsafe-memory-access=allow"); // Netty's, quietly
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts {@code mainClass}; binder4j processes in it find the run's daemon at {@link WorkDir#daemonSocket()}. */
    public JavaProcess start(String mainClass, String... args) {
        List<String> options = jvmOptions;
        if (jfrDir != null) {
            options = new ArrayList<>(jvmOptions);
            // %p: the JVM puts its pid in the name, so concurrent clients of one run do not collide.
            options.add("-XX:StartFlightRecording:settings=profile,filename="
                    + jfrDir.resolve(mainClass.substring(mainClass.lastIndexOf('.') + 1) + "-%p.jfr"));
        }
        JavaProcess process = JavaProcess.startMain(workDir.daemonSocket(), null, options, mainClass, args);
        running.add(process);
        return process;
    }

    /** Stops {@code process} (SIGTERM, then SIGKILL after 10 s). */
    public void stop(JavaProcess process) {
        process.close();
        running.remove(process);
    }

    public WorkDir workDir() {
        return workDir;
    }

    /** Stops every process still running, deletes the work directory, and removes the shutdown hook. */
    @Override
    public void close() {
        cleanUp();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or has run.
        }
    }

    private void cleanUp() {
        for (JavaProcess process : running) {
            stop(process);
        }
        workDir.close();
    }

    /** Processes started and not yet stopped. */
    public int runningCount() {
        return running.size();
    }
}
