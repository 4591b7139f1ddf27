package org.binder4j.cli.demo;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.binder4j.cli.JavaProcess;
import org.binder4j.cli.Options;
import org.binder4j.sys.Fds;
import org.binder4j.sys.SysException;
import org.binder4j.sys.UnixSocket;

/**
 * {@code binder4j demo}: real processes talking through the driver. Reuses the daemon at the socket if
 * one answers there, else starts one in a JVM of its own; then a server JVM and a client JVM. Everything
 * it started is stopped at the end, whatever happened.
 */
public final class DemoCommand {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);

    private DemoCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("binder4j demo: " + e.getMessage());
            return 2;
        }
        out.println("binder4j demo: a server and a client, each in its own JVM, talking through the binder4j driver");
        Path socket = options.socket();
        JavaProcess daemon = null;
        JavaProcess server = null;
        JavaProcess client = null;
        try {
            if (answers(socket)) {
                out.println("  daemon    reusing the daemon at " + socket);
            } else {
                daemon = JavaProcess.start(socket, null, "daemon", "--socket", socket.toString());
                daemon.awaitLine("binder4j daemon listening on ", START_TIMEOUT);
                out.println("  daemon    started pid " + daemon.pid() + " listening on " + socket);
            }
            server = JavaProcess.start(socket, null, "demo-server");
            out.println("  server    " + server.awaitLine(DemoServer.READY, START_TIMEOUT).substring(DemoServer.READY.length() + 2));
            client = JavaProcess.start(socket, out::println, "demo-client");
            int exit = client.awaitExit(RUN_TIMEOUT);
            if (exit != 0 || !client.transcript().contains(DemoClient.DONE)) {
                err.println("binder4j demo: the client failed (exit " + exit + ")");
                return 1;
            }
            out.println("  cleanup   stopping what the demo started");
            return 0;
        } finally {
            for (JavaProcess process : new JavaProcess[] {client, server, daemon}) {
                if (process != null) {
                    process.close();
                }
            }
        }
    }

    private static boolean answers(Path socket) {
        if (!Files.exists(socket)) {
            return false;
        }
        try {
            Fds.closeQuietly(UnixSocket.connect(socket));
            return true;
        } catch (SysException e) {
            return false;
        }
    }
}
