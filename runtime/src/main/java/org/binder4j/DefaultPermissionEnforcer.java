package org.binder4j;

/** Holds the process-wide {@link PermissionEnforcer}. */
final class DefaultPermissionEnforcer {
    static volatile PermissionEnforcer current = PermissionEnforcer.DENY_ALL;

    private DefaultPermissionEnforcer() {}
}
