package org.binder4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.binder4j.driver.daemon.DaemonLog;
import org.binder4j.servicemanager.ServiceManagerConfig;
import org.binder4j.servicemanager.ServiceManagerLog;

/**
 * The service manager's options, shared by {@code binder4j daemon} and {@code binder4j servicemanager}:
 * {@code --policy FILE} and {@code --client-check-ms N}. Its log lines go to stderr in the daemon's
 * format, as program {@value #PROGRAM}.
 */
record ServiceManagerOptions(ServiceManagerConfig config, boolean given, String[] rest) {
    static final String PROGRAM = "binder4j-servicemanager";
    static final String POLICY = "--policy";
    static final String CLIENT_CHECK_MS = "--client-check-ms";

    static final ServiceManagerLog STDERR_LOG = new ServiceManagerLog() {
        @Override
        public void info(String message) {
            DaemonLog.log("INFO", PROGRAM, message);
        }

        @Override
        public void warn(String message) {
            DaemonLog.log("WARN", PROGRAM, message);
        }
    };

    /**
     * Takes the service manager's options out of {@code args}.
     *
     * @throws IllegalArgumentException naming the bad option
     */
    static ServiceManagerOptions parse(String[] args) {
        ServiceManagerConfig config = ServiceManagerConfig.defaults().withLog(STDERR_LOG);
        boolean given = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.equals(POLICY) && !arg.equals(CLIENT_CHECK_MS)) {
                rest.add(arg);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            String value = args[++i];
            given = true;
            if (arg.equals(POLICY)) {
                Path file = Path.of(value).toAbsolutePath();
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException(POLICY + " " + value + ": no such file");
                }
                config = config.withPolicyFile(file);
            } else {
                config = config.withClientCheckPeriodMs(positive(arg, value));
            }
        }
        return new ServiceManagerOptions(config, given, rest.toArray(String[]::new));
    }

    private static long positive(String option, String value) {
        try {
            long number = Long.parseLong(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " " + value + ": expected a positive number of milliseconds");
    }
}
