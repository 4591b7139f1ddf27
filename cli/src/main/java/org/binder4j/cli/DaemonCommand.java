package org.binder4j.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.binder4j.driver.DriverConfig;
import org.binder4j.driver.daemon.DaemonLog;
import org.binder4j.driver.daemon.DriverDaemon;
import org.binder4j.driver.host.DriverHost;
import org.binder4j.driver.inprocess.InProcessDriver;
import org.binder4j.protocol.ProtocolVersion;
import org.binder4j.servicemanager.ServiceManagerHost;
import org.binder4j.servicemanager.policy.PolicyException;
import org.binder4j.sys.Os;

/**
 * {@code binder4j daemon}: the driver and, unless {@value #NO_SERVICE_MANAGER}, the service manager, in
 * the foreground. Without it the context manager is whichever process registers first, typically
 * {@code binder4j servicemanager}. The service manager is the context manager before the first client
 * is served (clients wait in the socket's backlog meanwhile); a bad policy file stops everything, and
 * SIGHUP reloads the policy.
 */
final class DaemonCommand {
    /** Printed once the socket accepts connections; the demo and the tests wait for it. */
    static final String READY = "binder4j daemon listening on ";
    static final String NO_SERVICE_MANAGER = "--no-service-manager";
    static final String BUSY_POLL_US = "--busy-poll-us";

    private DaemonCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean withServiceManager = !rest.remove(NO_SERVICE_MANAGER);
        Options options;
        ServiceManagerOptions managerOptions;
        long busyPollMicros = DriverDaemon.DEFAULT_BUSY_POLL_MICROS;
        try {
            busyPollMicros = takeBusyPoll(rest);
            managerOptions = ServiceManagerOptions.parse(rest.toArray(String[]::new));
            if (managerOptions.given() && !withServiceManager) {
                throw new IllegalArgumentException(ServiceManagerOptions.POLICY + " and "
                        + ServiceManagerOptions.CLIENT_CHECK_MS + " configure the service manager; with "
                        + NO_SERVICE_MANAGER + " give them to `binder4j servicemanager`");
            }
            options = Options.parse(managerOptions.rest());
        } catch (IllegalArgumentException e) {
            err.println("binder4j daemon: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        DriverHost host = new DriverHost(DriverConfig.defaults());
        DriverDaemon daemon;
        try {
            daemon = DriverDaemon.listen(options.socket(), host, busyPollMicros);
        } catch (IllegalStateException | IllegalArgumentException e) {
            err.println("binder4j daemon: " + e.getMessage());
            return 1;
        }
        ServiceManagerHost serviceManager = null;
        if (withServiceManager) {
            try {
                serviceManager = ServiceManagerHost.start(new InProcessDriver(host).open(Os.getpid(), Os.geteuid(),
                        Os.getgid(), "servicemanager"), managerOptions.config());
            } catch (PolicyException e) {
                daemon.close();
                err.println("binder4j daemon: not starting, the access policy has errors:\n" + e.getMessage());
                return 1;
            }
        }
        if (serviceManager == null) {
            DaemonLog.info("no service manager: the first process to ask becomes the context manager"
                    + " (`binder4j servicemanager`)");
        } else {
            ServiceManagerHost manager = serviceManager;
            HangupSignal.onHangup(() -> ServiceManagerCommand.reload(manager));
        }
        daemon.serve();
        CountDownLatch stopped = new CountDownLatch(1);
        ServiceManagerHost managerToStop = serviceManager;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DaemonLog.info("stopping");
            if (managerToStop != null) {
                managerToStop.close();
            }
            daemon.close();
            stopped.countDown();
        }, "binder4j-shutdown"));
        out.println(READY + daemon.socketPath() + " (pid " + Os.getpid() + ", binder protocol "
                + ProtocolVersion.BINDER + ", wire protocol " + ProtocolVersion.WIRE + ")");
        out.flush();
        stopped.await();
        return 0;
    }

    /** Removes {@value #BUSY_POLL_US} and its value from {@code args}. @return the value, or the default */
    private static long takeBusyPoll(List<String> args) {
        int at = args.indexOf(BUSY_POLL_US);
        if (at < 0) {
            return DriverDaemon.DEFAULT_BUSY_POLL_MICROS;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(BUSY_POLL_US + " needs a number of microseconds");
        }
        String value = args.remove(at + 1);
        args.remove(at);
        long micros;
        try {
            micros = Long.parseLong(value);
        } catch (NumberFormatException e) {
            micros = -1;
        }
        if (micros < 0 || micros > DriverDaemon.MAX_BUSY_POLL_MICROS) {
            throw new IllegalArgumentException(BUSY_POLL_US + " takes 0.." + DriverDaemon.MAX_BUSY_POLL_MICROS
                    + " microseconds, not '" + value + "'");
        }
        return micros;
    }
}
