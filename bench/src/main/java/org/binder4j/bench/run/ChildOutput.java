package org.binder4j.bench.run;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.binder4j.cli.JavaProcess;

/** How a child process is described in error messages. */
final class ChildOutput {
    private static final int TAIL_LINES = 20;

    private ChildOutput() {}

    /** {@code pid N, exited} or {@code pid N, running}. */
    static String state(JavaProcess process) {
        return "pid " + process.pid() + (process.isAlive() ? ", running" : ", exited");
    }

    /** The last lines the process printed (standard output and error), indented, or a note that it printed none. */
    static String tail(JavaProcess process) {
        String[] lines = process.transcript().split("\n");
        if (lines.length == 1 && lines[0].isEmpty()) {
            return "  (it printed nothing)";
        }
        return Arrays.stream(lines, Math.max(0, lines.length - TAIL_LINES), lines.length)
                .map(line -> "  | " + abbreviate(line))
                .collect(Collectors.joining("\n", "  last output:\n", ""));
    }

    private static String abbreviate(String line) {
        return line.length() <= 300 ? line : line.substring(0, 300) + "...";
    }
}
