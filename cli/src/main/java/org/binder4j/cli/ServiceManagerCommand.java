package org.binder4j.cli;

import java.io.PrintStream;
import org.binder4j.internal.daemon.DaemonDriverSession;
import org.binder4j.servicemanager.ServiceManagerHost;
import org.binder4j.servicemanager.policy.PolicyException;
import org.binder4j.sys.Os;

/**
 * {@code binder4j servicemanager}: the service manager as a process of its own, for a daemon started with
 * {@value DaemonCommand#NO_SERVICE_MANAGER}; it becomes the context manager (handle 0) and serves until
 * it is stopped or the daemon goes away. SIGHUP reloads its policy.
 */
final class ServiceManagerCommand {
    /** Printed once it is the context manager; the tests wait for it. */
    static final String READY = "binder4j servicemanager serving on ";

    private ServiceManagerCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        Options options;
        ServiceManagerOptions managerOptions;
        try {
            managerOptions = ServiceManagerOptions.parse(args);
            options = Options.parse(managerOptions.rest());
        } catch (IllegalArgumentException e) {
            err.println("binder4j servicemanager: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        ServiceManagerHost serviceManager;
        try {
            serviceManager = ServiceManagerHost.start(DaemonDriverSession.connect(options.socket(), "servicemanager"),
                    managerOptions.config());
        } catch (PolicyException e) {
            err.println("binder4j servicemanager: not starting, the access policy has errors:\n" + e.getMessage());
            return 1;
        } catch (IllegalStateException e) {
            err.println("binder4j servicemanager: " + e.getMessage());
            return 1;
        }
        HangupSignal.onHangup(() -> reload(serviceManager));
        Runtime.getRuntime().addShutdownHook(new Thread(serviceManager::close, "binder4j-shutdown"));
        out.println(READY + options.socket() + " (pid " + Os.getpid() + ")");
        out.flush();
        serviceManager.awaitStop();
        err.println("binder4j servicemanager: the daemon at " + options.socket() + " went away");
        return 1;
    }

    /** SIGHUP: reloads the policy; the outcome, good or bad, is in the service manager's log. */
    static void reload(ServiceManagerHost serviceManager) {
        try {
            serviceManager.reloadPolicy();
        } catch (PolicyException e) {
            // Logged by the service manager, which keeps the policy in force.
        }
    }
}
