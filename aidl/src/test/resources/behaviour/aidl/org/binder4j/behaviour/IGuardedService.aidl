package org.binder4j.behaviour;

/** Permissions, a default implementation, a delegator and sensitive data. */
@JavaDefault
@JavaDelegator
@SensitiveData
interface IGuardedService {
    @EnforcePermission("READ")
    String read();

    @EnforcePermission(anyOf={"A", "B"})
    int anyOf();

    @EnforcePermission(allOf={"A", "B"})
    int allOf();

    int open();

    /** The service below refuses this one, as an older implementation would. */
    int optional(int value);
}
