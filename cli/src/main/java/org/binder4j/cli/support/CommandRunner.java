package org.binder4j.cli.support;

import java.io.PrintStream;

/** Runs a {@link Command} and maps its outcome to an exit status and a message on stderr. */
public final class CommandRunner {
    private CommandRunner() {}

    public static int run(Command command, String[] args, PrintStream out, PrintStream err) throws Exception {
        String prefix = "binder4j " + command.name() + ": ";
        try {
            return command.run(args, out, err);
        } catch (HelpRequested help) {
            out.print(command.help());
            return 0;
        } catch (UsageException e) {
            err.println(prefix + e.getMessage());
            err.println("run 'binder4j " + command.name() + " --help' for its usage and examples");
            return UsageException.EXIT_STATUS;
        } catch (CommandFailure e) {
            err.println(prefix + e.getMessage());
            return e.exitStatus();
        } finally {
            out.flush();
            err.flush();
        }
    }
}
