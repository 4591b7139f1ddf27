package org.binder4j.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A child JVM running a binder4j command with this JVM's java and class path. Its output lines are
 * queued so a caller can wait for a line with a bound; they are also passed to an optional echo.
 */
public final class JavaProcess implements AutoCloseable {
    /** How often a wait for a line checks whether the output has ended. */
    private static final long EXIT_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final Process process;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> transcript = new ArrayList<>();
    private final OutputStream stdin;
    /** Set once all output has been queued: no line can come any more. */
    private volatile boolean outputEnded;

    private JavaProcess(Process process, Consumer<String> echo) {
        this.process = process;
        this.stdin = process.getOutputStream();
        Thread.ofPlatform().daemon(true).name("output-of-" + process.pid()).start(() -> pump(echo));
    }

    /** Starts {@code binder4j <args>} in a new JVM that connects to the daemon at {@code socket}. */
    public static JavaProcess start(Path socket, Consumer<String> echo, String... args) {
        return startMain(socket, echo, Main.class.getName(), args);
    }

    /** Starts {@code mainClass} of this JVM's class path in a new JVM that connects to {@code socket}. */
    public static JavaProcess startMain(Path socket, Consumer<String> echo, String mainClass, String... args) {
        return startMain(socket, echo, List.of(), mainClass, args);
    }

    /**
     * Like {@link #startMain(Path, Consumer, String, String...)}, with {@code jvmOptions} added after the
     * default ones (native access, the serial collector).
     */
    public static JavaProcess startMain(Path socket, Consumer<String> echo, List<String> jvmOptions, String mainClass,
                                        String... args) {
        List<String> command = command(jvmOptions, mainClass, args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(org.binder4j.protocol.wire.SocketPaths.ENV, socket.toString());
        try {
            return new JavaProcess(builder.start(), echo);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command + ": " + e.getMessage(), e);
        }
    }

    /** The command line that runs {@code mainClass} with {@code args} in a JVM like this one (java, options, class path). */
    public static List<String> command(String mainClass, String... args) {
        return command(List.of(), mainClass, args);
    }

    private static List<String> command(List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("--add-opens=java.base/java.io=ALL-UNNAMED");
        command.add("-XX:+UseSerialGC");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Waits for an output line starting with {@code prefix}; returns it, or throws with the output so far
     * when the time is up or the process has ended without printing it.
     */
    public String awaitLine(String prefix, Duration timeout) throws InterruptedException {
        return awaitLine(line -> line.startsWith(prefix), "a line starting with '" + prefix + "'", timeout);
    }

    /**
     * Waits for an output line after those already awaited that {@code matches}; returns it, or throws with
     * the output so far, naming what it waited for as {@code wanted}.
     */
    public String awaitLine(Predicate<String> matches, String wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(Math.min(left, EXIT_CHECK_NANOS), TimeUnit.NANOSECONDS);
            if (line == null && outputEnded) {
                line = lines.poll(); // queued just before the end was seen
            }
            if (line == null && (left <= 0 || outputEnded)) {
                throw new IllegalStateException("process " + pid() + " did not print " + wanted
                        + (outputEnded ? " before its output ended" : " within " + timeout.toMillis() + " ms")
                        + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + ")")
                        + "; its output:\n" + transcript());
            }
            if (line != null && matches.test(line)) {
                return line;
            }
        }
    }

    /** Writes {@code line} and a newline to the process's standard input. */
    public void sendLine(String line) {
        try {
            stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write to process " + pid()
                    + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + ")") + ": " + e.getMessage()
                    + "; its output:\n" + transcript(), e);
        }
    }

    /** Waits for the process to exit; returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("process " + pid() + " still running after " + timeout.toMillis()
                    + " ms; its output:\n" + transcript());
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the process printed so far. */
    public synchronized String transcript() {
        return String.join("\n", transcript);
    }

    /** Sends SIGTERM and waits; SIGKILL if it does not stop within 10 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void pump(Consumer<String> echo) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (this) {
                    transcript.add(line);
                }
                if (echo != null) {
                    echo.accept(line);
                }
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output of process " + process.pid() + " ended: " + e.getMessage() + ")");
        } finally {
            outputEnded = true;
        }
    }
}
