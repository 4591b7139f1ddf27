package org.binder4j.cli;

import java.io.PrintStream;
import java.util.Arrays;
import org.binder4j.cli.demo.DemoClient;
import org.binder4j.cli.demo.DemoCommand;
import org.binder4j.cli.demo.DemoServer;

/** The {@code binder4j} command. */
public final class Main {
    static final int EXIT_USAGE = 2;

    private Main() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(usage());
            return args.length == 0 ? EXIT_USAGE : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "daemon" -> DaemonCommand.run(rest, out, err);
            case "servicemanager" -> ServiceManagerCommand.run(rest, out, err);
            case "policy" -> PolicyCommand.run(rest, out, err);
            case "demo" -> DemoCommand.run(rest, out, err);
            case "demo-server" -> DemoServer.run(rest, out);
            case "demo-client" -> DemoClient.run(rest, out);
            default -> {
                err.println("binder4j: unknown command '" + args[0] + "'");
                err.print(usage());
                yield EXIT_USAGE;
            }
        };
    }

    static String usage() {
        return """
                usage: binder4j <command> [options]

                commands:
                  daemon [--socket PATH] [--policy FILE] [--client-check-ms N] [--no-service-manager]
                                           run the driver daemon with the service manager in the foreground;
                                           prints the socket path; stops cleanly on SIGTERM or SIGINT;
                                           --policy: the service manager's access policy (SIGHUP reloads it);
                                           --client-check-ms: how often lazy services' clients are checked
                                           (default 5000); --no-service-manager leaves handle 0 to another
                                           process
                  servicemanager [--socket PATH] [--policy FILE] [--client-check-ms N]
                                           run the service manager as its own process (the context manager)
                                           for a daemon started with --no-service-manager
                  policy reload [--socket PATH]
                                           make the service manager read its policy file again (root or the
                                           service manager's uid)
                  policy check FILE        report the errors of a policy file
                  demo [--socket PATH]     start (or reuse) a daemon, run a server and a client JVM that talk
                                           through it, print what happened and the round-trip times
                  help                     this text

                The socket is $BINDER4J_SOCKET, else $XDG_RUNTIME_DIR/binder4j/binder.sock,
                else /tmp/binder4j-$USER/binder.sock.

                examples:
                  binder4j daemon
                  binder4j daemon --policy /etc/binder4j/policy
                  binder4j policy reload
                  binder4j demo
                """;
    }
}
