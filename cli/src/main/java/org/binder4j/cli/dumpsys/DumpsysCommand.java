package org.binder4j.cli.dumpsys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.IServiceManager;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.binder4j.StatusCode;
import org.binder4j.cli.support.Command;
import org.binder4j.cli.support.CommandFailure;
import org.binder4j.cli.support.CommandLine;
import org.binder4j.cli.support.DaemonAccess;
import org.binder4j.cli.support.Json;
import org.binder4j.cli.support.UsageException;

/**
 * {@code binder4j dumpsys}: Android's dumpsys. Dumps one service with the given arguments, or every
 * service (with {@code -a}, as Android does) between "DUMP OF SERVICE" headers and duration footers;
 * {@code -l} only lists them. A service that does not finish its dump in time gets Android's timeout line
 * and the next one is dumped.
 */
public final class DumpsysCommand implements Command {
    static final String SEPARATOR = "-".repeat(79);
    private static final long DEFAULT_TIMEOUT_MS = 10_000;
    private static final DateTimeFormatter ENDING_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Map<String, Integer> PRIORITIES = Map.of(
            "CRITICAL", IServiceManager.DUMP_FLAG_PRIORITY_CRITICAL,
            "HIGH", IServiceManager.DUMP_FLAG_PRIORITY_HIGH,
            "NORMAL", IServiceManager.DUMP_FLAG_PRIORITY_NORMAL);

    @Override
    public String name() {
        return "dumpsys";
    }

    @Override
    public String summary() {
        return """
                dumpsys [-l] [-t SECONDS] [NAME [ARGS...]]
                dump one service's state (its IBinder.dump), or every service's (Android's `dumpsys`)""";
    }

    @Override
    public String help() {
        return """
                usage: binder4j dumpsys [OPTIONS] [-l | NAME [ARGS...]]

                As Android's dumpsys: with NAME, prints what the service writes when asked to dump (its
                IBinder.dump, given a pipe and ARGS). Without it, prints "Currently running services:" and
                one "  NAME" line per service, then dumps each with the argument -a, between a line of
                dashes with "DUMP OF SERVICE NAME:" and a footer "--------- 0.012s was the duration of
                dumpsys NAME, ending at: YYYY-MM-DD HH:MM:SS". A service that takes longer than the timeout
                gets "*** SERVICE 'NAME' DUMP TIMEOUT (MSms) EXPIRED ***" and the next one is dumped. A dump
                that fails (the service died, or does not take file descriptors, as the service manager)
                is reported on stderr as "Error dumping service info status_t: STATUS NAME".

                options (before NAME; everything after NAME goes to the service):
                  -l               only list the services
                  -t SECONDS       timeout per service (default 10)
                  -T MS            timeout per service in milliseconds
                  --priority LEVEL only the services registered with dump priority CRITICAL, HIGH or NORMAL;
                                   they get "--dump-priority LEVEL" (and NORMAL also -a)
                  --skip NAMES     comma-separated services not to dump (listed as "(skipped)")
                  --json           the list, or the dumps with their duration and outcome, as JSON
                """ + DaemonAccess.SOCKET_HELP + """

                exit status: 0 done (when dumping every service, also if some failed or timed out: their
                lines say so), 1 the named service does not exist, its dump failed or timed out, or no
                daemon or service manager answers, 2 bad arguments

                examples:
                  binder4j dumpsys -l
                  binder4j dumpsys demo.echo a b
                  binder4j dumpsys -t 2 --skip manager
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CommandLine line = CommandLine.parse(args, CommandLine.spec().flag("-l", "--json")
                .option("-t", "-T", "--priority", "--skip", DaemonAccess.SOCKET).optionsBeforeOperands());
        boolean listOnly = line.flag("-l");
        boolean json = line.flag("--json");
        long timeoutMs = line.value("-T", null) != null ? line.intValue("-T", 0, 1)
                : Math.round(line.positiveValue("-t", DEFAULT_TIMEOUT_MS / 1000.0) * 1000);
        String priority = line.value("--priority", null);
        if (priority != null && !PRIORITIES.containsKey(priority.toUpperCase(Locale.ROOT))) {
            throw new UsageException("unknown priority '" + priority + "'; the levels are CRITICAL, HIGH and NORMAL");
        }
        Set<String> skipped = new HashSet<>(Arrays.asList(line.value("--skip", "").split(",")));
        List<String> operands = line.operands();
        if (listOnly && !operands.isEmpty()) {
            throw new UsageException("-l lists every service; it takes no service name ('" + operands.getFirst() + "')");
        }
        Path socket = DaemonAccess.socket(line);
        try (BinderRuntime runtime = DaemonAccess.runtime(socket, "binder4j-dumpsys")) {
            IServiceManager manager = ServiceManager.of(runtime);
            Dumps dumps = new Dumps(manager, timeoutMs, out, err, json);
            try {
                if (!operands.isEmpty()) {
                    return dumps.one(operands.getFirst(), operands.subList(1, operands.size()).toArray(String[]::new));
                }
                String level = priority == null ? null : priority.toUpperCase(Locale.ROOT);
                return dumps.all(level, level == null ? IServiceManager.DUMP_FLAG_PRIORITY_ALL : PRIORITIES.get(level),
                        skipped, listOnly);
            } catch (RemoteException e) {
                if (StatusCode.of(e) == StatusCode.DEAD_OBJECT) {
                    throw new CommandFailure("no service manager: calls to handle 0 of the daemon at " + socket
                            + " fail with DEAD_OBJECT; start one with 'binder4j servicemanager'");
                }
                throw e;
            }
        }
    }

    /** The dumps of one run, written as text or collected for JSON. */
    private static final class Dumps {
        private final IServiceManager manager;
        private final long timeoutMs;
        private final PrintStream out;
        private final PrintStream err;
        private final boolean json;
        private final List<Map<String, Object>> results = new ArrayList<>();

        Dumps(IServiceManager manager, long timeoutMs, PrintStream out, PrintStream err, boolean json) {
            this.manager = manager;
            this.timeoutMs = timeoutMs;
            this.out = out;
            this.err = err;
            this.json = json;
        }

        int one(String name, String[] args) throws Exception {
            IBinder service = manager.checkService(name);
            if (service == null) {
                throw new CommandFailure("Can't find service: " + name);
            }
            boolean ok = dump(name, service, args, null, false);
            if (json) {
                out.print(Json.pretty(results.getFirst()));
            }
            return ok ? 0 : CommandFailure.EXIT_STATUS;
        }

        int all(String level, int priorityFlags, Set<String> skipped, boolean listOnly) throws Exception {
            List<String> names = new ArrayList<>();
            for (String name : manager.listServices(priorityFlags)) {
                if (manager.checkService(name) != null) {
                    names.add(name);
                }
            }
            if (json && listOnly) {
                out.print(Json.pretty(Json.object("services", names)));
                return 0;
            }
            if (!json) {
                out.println("Currently running services:");
                for (String name : names) {
                    out.println("  " + name + (skipped.contains(name) ? " (skipped)" : ""));
                }
            }
            if (listOnly) {
                return 0;
            }
            String[] args = level == null ? new String[] {"-a"}
                    : level.equals("NORMAL") ? new String[] {"--dump-priority", level, "-a"}
                    : new String[] {"--dump-priority", level};
            for (String name : names) {
                if (skipped.contains(name)) {
                    continue;
                }
                IBinder service = manager.checkService(name);
                if (service == null) {
                    err.println("Can't find service: " + name);
                    continue;
                }
                dump(name, service, args, level, true);
            }
            if (json) {
                out.print(Json.pretty(Json.object("services", results)));
            }
            return 0;
        }

        /** Dumps one service, with header and footer when {@code framed}; returns whether it completed. */
        private boolean dump(String name, IBinder service, String[] args, String level, boolean framed)
                throws IOException, InterruptedException {
            if (framed && !json) {
                out.println(SEPARATOR);
                out.println("DUMP OF SERVICE " + (level == null ? "" : level + " ") + name + ":");
            }
            ByteArrayOutputStream collected = json ? new ByteArrayOutputStream() : null;
            OutputStream sink = json ? collected : out;
            ServiceDump dump = ServiceDump.run(name, service, args, timeoutMs, sink);
            if (dump.error() != null) {
                err.println("Error dumping service info status_t: " + dump.error() + " " + name + " (" + dump.errorDetail()
                        + ")");
            }
            if (json) {
                results.add(Json.object("name", name, "args", Arrays.asList(args),
                        "output", collected.toString(StandardCharsets.UTF_8), "durationSeconds", dump.seconds(),
                        "timedOut", dump.timedOut(), "error", dump.error(), "errorDetail", dump.errorDetail()));
                return dump.completed();
            }
            if (dump.timedOut()) {
                out.println();
                out.println("*** SERVICE '" + name + "' DUMP TIMEOUT (" + timeoutMs + "ms) EXPIRED ***");
                out.println();
            }
            if (framed) {
                out.printf(Locale.ROOT, "--------- %.3fs was the duration of dumpsys %s, ending at: %s%n", dump.seconds(),
                        name, LocalDateTime.now().format(ENDING_AT));
            }
            return dump.completed();
        }
    }
}
