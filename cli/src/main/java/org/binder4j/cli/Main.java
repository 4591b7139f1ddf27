package org.binder4j.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.binder4j.cli.debug.DebugViewCommand;
import org.binder4j.cli.demo.DemoClient;
import org.binder4j.cli.demo.DemoCommand;
import org.binder4j.cli.demo.DemoServer;
import org.binder4j.cli.doctor.DoctorCommand;
import org.binder4j.cli.dumpsys.DumpsysCommand;
import org.binder4j.cli.service.ServiceCommand;
import org.binder4j.cli.support.Command;
import org.binder4j.cli.support.CommandRunner;
import org.binder4j.cli.support.UsageException;
import org.binder4j.cli.top.TopCommand;

/** The {@code binder4j} command. */
public final class Main {
    static final int EXIT_USAGE = UsageException.EXIT_STATUS;

    /** The operator commands, in the order the usage lists them. */
    private static final List<Command> COMMANDS = operatorCommands();

    private Main() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            return help(args, out, err);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "daemon" -> DaemonCommand.run(rest, out, err);
            case "servicemanager" -> ServiceManagerCommand.run(rest, out, err);
            case "policy" -> PolicyCommand.run(rest, out, err);
            case "demo" -> DemoCommand.run(rest, out, err);
            case "demo-server" -> DemoServer.run(rest, out);
            case "demo-client" -> DemoClient.run(rest, out);
            case "aidl" -> AidlCommand.run(rest, out, err);
            default -> {
                Command command = find(args[0]);
                if (command == null) {
                    err.println("binder4j: unknown command '" + args[0] + "'; run 'binder4j help' for the commands");
                    yield EXIT_USAGE;
                }
                yield CommandRunner.run(command, rest, out, err);
            }
        };
    }

    /** {@code binder4j help [COMMAND]}: the usage, or one command's help. */
    private static int help(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 1 && args[0].equals("help")) {
            Command command = find(args[1]);
            if (command == null) {
                err.println("binder4j help: no command '" + args[1] + "'; run 'binder4j help' for the commands");
                return EXIT_USAGE;
            }
            out.print(command.help());
            return 0;
        }
        out.print(usage());
        return args.length == 0 ? EXIT_USAGE : 0;
    }

    private static Command find(String name) {
        return COMMANDS.stream().filter(command -> command.name().equals(name)).findFirst().orElse(null);
    }

    private static List<Command> operatorCommands() {
        List<Command> commands = new ArrayList<>();
        commands.add(new ServiceCommand());
        commands.add(new DumpsysCommand());
        commands.addAll(DebugViewCommand.all());
        commands.add(new TopCommand());
        commands.add(new DoctorCommand());
        return List.copyOf(commands);
    }

    static String usage() {
        StringBuilder operator = new StringBuilder();
        for (Command command : COMMANDS) {
            String[] lines = command.summary().split("\n", 2);
            operator.append("  ").append(lines[0]).append('\n');
            for (String line : lines[1].split("\n")) {
                operator.append("                           ").append(line).append('\n');
            }
        }
        return """
                usage: binder4j <command> [options]

                running binder4j:
                  daemon [--socket PATH] [--policy FILE] [--client-check-ms N] [--no-service-manager]
                         [--busy-poll-us N]
                                           run the driver daemon with the service manager in the foreground;
                                           prints the socket path; stops cleanly on SIGTERM or SIGINT;
                                           --policy: the service manager's access policy (SIGHUP reloads it);
                                           --client-check-ms: how often lazy services' clients are checked
                                           (default 5000); --no-service-manager leaves handle 0 to another
                                           process; --busy-poll-us: how long the daemon polls for the next
                                           request before it sleeps (default 50, 0 never polls)
                  servicemanager [--socket PATH] [--policy FILE] [--client-check-ms N]
                                           run the service manager as its own process (the context manager)
                                           for a daemon started with --no-service-manager
                  policy reload [--socket PATH]
                                           make the service manager read its policy file again (root or the
                                           service manager's uid)
                  policy check FILE        report the errors of a policy file
                  demo [--socket PATH]     start (or reuse) a daemon, run a server and a client JVM that talk
                                           through it, print what happened and the round-trip times
                  bench [--quick] [...]    the benchmark suite against the peers (the binder4j launcher runs it
                                           from the bench module); bench --help lists its options
                  aidl [OPTIONS] FILE.aidl...
                                           compile AIDL into Java for the binder4j runtime, with AOSP's flags
                                           (--lang=java, -I DIR, -o DIR, --structured, --stability vintf,
                                           --version N, --hash H); binder4j aidl --help lists them

                looking at it (each takes --socket PATH and --help; the read-only ones take --json):
                """ + operator + """
                  help [COMMAND]           this text, or a command's help with examples

                The socket is $BINDER4J_SOCKET, else $XDG_RUNTIME_DIR/binder4j/binder.sock,
                else /tmp/binder4j-$USER/binder.sock.
                Exit status: 0 done, 1 failed (the message says why), 2 bad command line.

                examples:
                  binder4j daemon
                  binder4j daemon --policy /etc/binder4j/policy
                  binder4j policy reload
                  binder4j demo
                  binder4j service list
                  binder4j dumpsys demo.echo
                  binder4j top
                  binder4j doctor
                  binder4j aidl -I src/main/aidl -o target/generated src/main/aidl/com/example/IService.aidl
                """;
    }
}
