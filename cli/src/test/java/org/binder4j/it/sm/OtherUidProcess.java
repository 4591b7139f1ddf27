package org.binder4j.it.sm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.binder4j.protocol.wire.SocketPaths;
import org.binder4j.sys.Os;

/**
 * A JVM of this class path started under another uid and gid with no supplementary groups
 * ({@code setpriv --reuid U --regid U --clear-groups}), connecting to the daemon at a socket. Needs root
 * and setpriv; the socket's directory is opened to others for it (the daemon makes the socket itself
 * connectable by anyone: the policy decides). Its output goes to a file, read for assertions and
 * diagnostics.
 */
final class OtherUidProcess implements AutoCloseable {
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private final Process process;
    private final Path output;

    private OtherUidProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Whether this test JVM can start processes under other uids. */
    static boolean available() {
        return Os.geteuid() == 0 && Files.isExecutable(SETPRIV);
    }

    static OtherUidProcess start(int uid, Path socket, Class<?> mainClass, String... args) throws IOException {
        Files.setPosixFilePermissions(socket.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of(SETPRIV.toString(), "--reuid=" + uid, "--regid=" + uid,
                "--clear-groups", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("binder4j-uid" + uid + "-", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put(SocketPaths.ENV, socket.toString());
        try {
            return new OtherUidProcess(builder.start(), output);
        } catch (IOException e) {
            Files.deleteIfExists(output);
            throw e;
        }
    }

    /** Waits (bounded) for the process to end; returns its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(PeerDirectory.WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("process " + process.pid() + " still runs after " + PeerDirectory.WAIT_SECONDS
                    + " s; its output:\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroyForcibly().waitFor(PeerDirectory.WAIT_SECONDS, TimeUnit.SECONDS);
        Files.deleteIfExists(output);
    }
}
