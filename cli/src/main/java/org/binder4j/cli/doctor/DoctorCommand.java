package org.binder4j.cli.doctor;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.binder4j.cli.support.Command;
import org.binder4j.cli.support.CommandLine;
import org.binder4j.cli.support.DaemonAccess;
import org.binder4j.cli.support.Json;
import org.binder4j.protocol.wire.SocketPaths;

/**
 * {@code binder4j doctor}: checks what binder4j needs, prints each check as OK, WARN, FAIL (or SKIP when
 * an earlier failure makes it pointless) with what is wrong and how to fix it, and exits with 1 when
 * anything failed.
 */
public final class DoctorCommand implements Command {

    @Override
    public String name() {
        return "doctor";
    }

    @Override
    public String summary() {
        return """
                doctor [--json]
                check the JDK, the daemon's socket and protocol, receive areas and limits; say how to fix""";
    }

    @Override
    public String help() {
        return """
                usage: binder4j doctor [--json] [--socket PATH]

                Checks, in order, and prints one line per check, "OK", "WARN", "FAIL" or "SKIP" (not run
                because an earlier check failed), with what it found and, for WARN and FAIL, a "fix:" line:
                  jdk              the JDK running this (binder4j needs 25 or later)
                  java on PATH     the java your own programs get, and its version
                  jvm options      --enable-native-access and --add-opens java.io, as binder4j JVMs need
                  socket path      where the daemon's socket is looked for, and why there
                  socket file      that it exists, is a socket, and its owner and mode let you connect
                  daemon           that a process listens (its pid and uid, from SO_PEERCRED)
                  hello            that it welcomes a binder4j process (wire protocol version, a session)
                  protocol         the wire and binder protocol versions on both sides
                  receive area     the size of the receive area it maps for you
                  service manager  that handle 0 answers (within 5 s)
                  daemon limits    its RLIMIT_NOFILE and RLIMIT_MEMLOCK (from /proc/PID/limits)
                  limits           this process's RLIMIT_NOFILE and RLIMIT_MEMLOCK
                  memfd            that memfd_create, sealing and a shared mapping work
                  /dev/shm         whether it is there, and its free space

                options:
                  --json          the checks as JSON: {"socket", "checks": [{"name", "status", "detail", "fix"}], "ok"}
                """ + DaemonAccess.SOCKET_HELP + """

                exit status: 0 nothing failed (warnings allowed), 1 a check failed, 2 bad arguments

                examples:
                  binder4j doctor
                  binder4j doctor --json | jq '.checks[] | select(.status != "OK")'
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine line = CommandLine.parse(args, CommandLine.spec().flag("--json").option(DaemonAccess.SOCKET));
        line.operands(0, 0, "");
        Path socket = DaemonAccess.socket(line);
        List<Check> checks = new ArrayList<>(JavaChecks.run());
        checks.addAll(DaemonChecks.run(socket, source(line)));
        checks.addAll(SystemChecks.run());
        boolean failed = checks.stream().anyMatch(check -> check.status() == Check.Status.FAIL);
        if (line.flag("--json")) {
            out.print(Json.pretty(Json.object("socket", socket.toString(), "checks", checks, "ok", !failed)));
        } else {
            print(checks, out);
        }
        return failed ? 1 : 0;
    }

    private static void print(List<Check> checks, PrintStream out) {
        Map<Check.Status, Integer> counts = new EnumMap<>(Check.Status.class);
        for (Check check : checks) {
            out.printf("%-5s %-16s %s%n", check.status(), check.name(), check.detail());
            if (check.fix() != null) {
                out.printf("%-22s fix: %s%n", "", check.fix());
            }
            counts.merge(check.status(), 1, Integer::sum);
        }
        List<String> summary = new ArrayList<>();
        counts.forEach((status, count) -> summary.add(count + " " + status));
        out.println(String.join(", ", summary));
    }

    /** How the socket path was chosen, as {@link SocketPaths#resolve()} does. */
    private static String source(CommandLine line) {
        if (line.value(DaemonAccess.SOCKET, null) != null) {
            return DaemonAccess.SOCKET;
        }
        if (notEmpty(System.getenv(SocketPaths.ENV))) {
            return "$" + SocketPaths.ENV;
        }
        if (notEmpty(System.getProperty(SocketPaths.PROPERTY))) {
            return "-D" + SocketPaths.PROPERTY;
        }
        return notEmpty(System.getenv("XDG_RUNTIME_DIR")) && SocketPaths.resolve().startsWith(System.getenv("XDG_RUNTIME_DIR"))
                ? "$XDG_RUNTIME_DIR" : "the temp directory and user name";
    }

    private static boolean notEmpty(String value) {
        return value != null && !value.isEmpty();
    }
}
