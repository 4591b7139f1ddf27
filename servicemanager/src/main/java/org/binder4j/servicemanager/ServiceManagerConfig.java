package org.binder4j.servicemanager;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a service manager runs.
 *
 * @param policyFile the access policy file ({@link org.binder4j.servicemanager.policy.AccessPolicy}), or
 *     null for the built-in policy
 * @param clientCheckPeriodMs how often the service manager checks whether services with client callbacks
 *     still have clients ({@code onClients(false)} comes at most this late); Android's is 5 s
 * @param log where it reports what it did
 */
public record ServiceManagerConfig(Path policyFile, long clientCheckPeriodMs, ServiceManagerLog log) {
    public static final long DEFAULT_CLIENT_CHECK_PERIOD_MS = 5_000;

    public ServiceManagerConfig {
        Objects.requireNonNull(log, "log");
        if (clientCheckPeriodMs <= 0) {
            throw new IllegalArgumentException("client check period " + clientCheckPeriodMs + " ms is not positive");
        }
    }

    /** The built-in policy, a 5 s client check, the system logger. */
    public static ServiceManagerConfig defaults() {
        return new ServiceManagerConfig(null, DEFAULT_CLIENT_CHECK_PERIOD_MS, ServiceManagerLog.system());
    }

    public ServiceManagerConfig withPolicyFile(Path file) {
        return new ServiceManagerConfig(file, clientCheckPeriodMs, log);
    }

    public ServiceManagerConfig withClientCheckPeriodMs(long periodMs) {
        return new ServiceManagerConfig(policyFile, periodMs, log);
    }

    public ServiceManagerConfig withLog(ServiceManagerLog newLog) {
        return new ServiceManagerConfig(policyFile, clientCheckPeriodMs, newLog);
    }
}
