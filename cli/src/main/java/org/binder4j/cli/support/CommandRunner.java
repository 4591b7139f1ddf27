package org.binder4j.cli.support;

import java.io.IOException;
import java.io.PrintStream;
import org.binder4j.RemoteException;
import org.binder4j.StatusCode;

/**
 * Runs a {@link Command} and maps its outcome to an exit status and a message on stderr. Besides the
 * command's own failures, a refusal by the service manager's policy (SecurityException), a failed call
 * and an I/O error end the command with status 1 and their message; anything else is a bug and keeps
 * its stack trace.
 */
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
            return CommandFailure.EXIT_STATUS;
        } catch (SecurityException e) {
            // The service manager's access policy said no.
            err.println(prefix + "permission denied: " + e.getMessage());
            return CommandFailure.EXIT_STATUS;
        } catch (RemoteException e) {
            err.println(prefix + "a call failed with " + StatusCode.name(e.status()) + ": " + e.getMessage());
            return CommandFailure.EXIT_STATUS;
        } catch (IOException e) {
            err.println(prefix + e.getMessage());
            return CommandFailure.EXIT_STATUS;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
