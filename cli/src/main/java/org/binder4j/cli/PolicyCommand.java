package org.binder4j.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.IServiceManager;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.internal.daemon.DaemonDriverSession;
import org.binder4j.servicemanager.ServiceManagerService;
import org.binder4j.servicemanager.policy.AccessPolicy;
import org.binder4j.servicemanager.policy.PolicyException;
import org.binder4j.sys.Os;

/**
 * {@code binder4j policy}: {@code reload} asks the running service manager to read its policy file again
 * (as SIGHUP does; root or the service manager's uid only); {@code check FILE} reports a policy file's
 * errors without running anything.
 */
final class PolicyCommand {
    private PolicyCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        String verb = args.length == 0 ? "" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        return switch (verb) {
            case "reload" -> reload(rest, out, err);
            case "check" -> check(rest, out, err);
            default -> {
                err.println("binder4j policy: expected reload or check, found '" + verb + "'\n"
                        + "usage: binder4j policy reload [--socket PATH]\n"
                        + "       binder4j policy check FILE");
                yield Main.EXIT_USAGE;
            }
        };
    }

    private static int reload(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("binder4j policy reload: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        try (BinderRuntime runtime = BinderRuntime.create(DaemonDriverSession.connect(options.socket(), "binder4j-policy"))) {
            out.println(requestReload(runtime.getContextObject()));
            return 0;
        } catch (RemoteException | RuntimeException e) {
            err.println("binder4j policy reload: " + e.getMessage());
            return 1;
        }
    }

    /** {@link ServiceManagerService#RELOAD_POLICY_TRANSACTION}; returns what the service manager says is in force. */
    private static String requestReload(IBinder manager) throws RemoteException {
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        try {
            data.writeInterfaceToken(IServiceManager.DESCRIPTOR);
            manager.transact(ServiceManagerService.RELOAD_POLICY_TRANSACTION, data, reply, 0);
            reply.readException();
            return reply.readString();
        } finally {
            reply.recycle();
            data.recycle();
        }
    }

    private static int check(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("binder4j policy check: expected one policy file, found " + args.length + " arguments");
            return Main.EXIT_USAGE;
        }
        try {
            AccessPolicy policy = AccessPolicy.read(Path.of(args[0]), Os.geteuid());
            out.println(policy + ": no errors");
            return 0;
        } catch (PolicyException e) {
            err.println(String.join("\n", e.errors()));
            return 1;
        }
    }
}
