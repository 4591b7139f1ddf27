package org.binder4j.it.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.binder4j.cli.JavaProcess;
import org.binder4j.cli.Main;
import org.binder4j.protocol.wire.SocketPaths;
import org.binder4j.sys.Os;

/**
 * Runs the real {@code binder4j} command ({@link Main}) in a child JVM, as an operator would, with
 * {@code $BINDER4J_SOCKET} set, and collects its exit status, stdout and stderr.
 */
final class Cli {
    /** An unprivileged uid that exists everywhere. */
    static final int OTHER_UID = 65534;
    private static final long TIMEOUT_SECONDS = 60;

    /** What one run printed. */
    record Result(int exit, String out, String err) {
        /** Both streams, for failure messages. */
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        }

        /** The message of a failure: on stderr, one line or two, no stack trace. */
        Result assertCleanFailure() {
            assertFalse(err.contains("Exception") || err.contains("\tat "), () -> "a stack trace:\n" + this);
            return this;
        }
    }

    private Cli() {}

    static Result run(Path socket, String... args) throws Exception {
        return run(List.of(), socket, args);
    }

    /** Runs the command with {@code variable} set to {@code value} in its environment. */
    static Result runWithEnv(String variable, String value, Path socket, String... args) throws Exception {
        return run(List.of("/usr/bin/env", variable + "=" + value), socket, args);
    }

    /** Whether {@link #runAsOtherUid} can work here: it needs root and setpriv. */
    static boolean canRunAsOtherUid() {
        return Os.geteuid() == 0 && Files.isExecutable(Path.of("/usr/bin/setpriv"));
    }

    /** Runs the command as {@link #OTHER_UID} (through setpriv). */
    static Result runAsOtherUid(Path socket, String... args) throws Exception {
        return run(List.of("/usr/bin/setpriv", "--reuid=" + OTHER_UID, "--regid=" + OTHER_UID, "--clear-groups"),
                socket, args);
    }

    private static Result run(List<String> prefix, Path socket, String... args) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(JavaProcess.command(Main.class.getName(), args));
        // Without perf data: another uid cannot write this one's hsperfdata directory, and says so on stderr.
        command.add(prefix.size() + 1, "-XX:-UsePerfData");
        Path directory = Files.createTempDirectory("binder4j-cli-run-");
        Path out = directory.resolve("out");
        Path err = directory.resolve("err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put(SocketPaths.ENV, socket.toString());
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("binder4j " + String.join(" ", args) + " still runs after " + TIMEOUT_SECONDS + " s; its output:\n"
                        + Files.readString(out) + Files.readString(err));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            Files.deleteIfExists(directory);
        }
    }
}
