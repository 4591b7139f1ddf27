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
            case "demo" -> DemoCommand.run(rest, out, err);
            case "demo-server" -> DemoServer.run(rest, out);
            case "demo-client" -> DemoClient.run(rest, out);
            case "aidl" -> AidlCommand.run(rest, out, err);
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
                  daemon [--socket PATH] [--no-service-manager]
                                           run the driver daemon with the service manager in the foreground;
                                           prints the socket path; stops cleanly on SIGTERM or SIGINT;
                                           --no-service-manager leaves handle 0 to another process
                  servicemanager [--socket PATH]
                                           run the service manager as its own process (the context manager)
                                           for a daemon started with --no-service-manager
                  demo [--socket PATH]     start (or reuse) a daemon, run a server and a client JVM that talk
                                           through it, print what happened and the round-trip times
                  aidl [OPTIONS] FILE.aidl...
                                           compile AIDL into Java for the binder4j runtime, with AOSP's flags
                                           (--lang=java, -I DIR, -o DIR, --structured, --stability vintf,
                                           --version N, --hash H); binder4j aidl --help lists them
                  help                     this text

                The socket is $BINDER4J_SOCKET, else $XDG_RUNTIME_DIR/binder4j/binder.sock,
                else /tmp/binder4j-$USER/binder.sock.

                examples:
                  binder4j daemon
                  binder4j demo
                  binder4j aidl -I src/main/aidl -o target/generated src/main/aidl/com/example/IService.aidl
                """;
    }
}
