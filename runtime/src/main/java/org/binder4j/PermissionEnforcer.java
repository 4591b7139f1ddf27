package org.binder4j;

import java.util.Arrays;
import java.util.Objects;

/**
 * Decides whether the caller of the incoming call holds a permission: what AIDL's {@code @EnforcePermission} checks.
 * binder4j has no permission database; a process installs its policy, either per service (the
 * {@code Stub(PermissionEnforcer)} constructor of a generated stub) or process-wide with {@link #setDefault}, which
 * stubs built with their no-argument constructor use. Until then the default grants nothing: a method that requires a
 * permission refuses every caller.
 *
 * <p>Permission names are what the AIDL file says: a bare name such as {@code CAMERA} (Android's
 * {@code android.Manifest.permission.CAMERA}) or a dotted name used as written; their meaning is the policy's.
 * Checks run on the binder thread, after the arguments are read and before the method runs; local calls, which do
 * not go through the stub, are not checked.
 */
@FunctionalInterface
public interface PermissionEnforcer {
    /** Grants nothing. */
    PermissionEnforcer DENY_ALL = (permission, callingPid, callingUid) -> false;

    /** Whether the process {@code callingPid}, running as {@code callingUid}, holds {@code permission}. */
    boolean isGranted(String permission, int callingPid, int callingUid);

    /**
     * Checks that the caller of the call being handled holds {@code permission}.
     *
     * @throws SecurityException "Access denied, requires: X" naming the caller
     */
    default void enforce(String permission) {
        int pid = Binder.getCallingPid();
        int uid = Binder.getCallingUid();
        if (!isGranted(permission, pid, uid)) {
            throw new SecurityException(denied(permission, pid, uid));
        }
    }

    /**
     * Checks that the caller holds at least one of {@code permissions}.
     *
     * @throws SecurityException "Access denied, requires: anyOf=[...]" naming the caller
     */
    default void enforceAnyOf(String... permissions) {
        int pid = Binder.getCallingPid();
        int uid = Binder.getCallingUid();
        for (String permission : permissions) {
            if (isGranted(permission, pid, uid)) {
                return;
            }
        }
        throw new SecurityException(denied("anyOf=" + Arrays.toString(permissions), pid, uid));
    }

    /**
     * Checks that the caller holds every one of {@code permissions}.
     *
     * @throws SecurityException "Access denied, requires: allOf=[...]" naming the caller and the permission missing
     */
    default void enforceAllOf(String... permissions) {
        int pid = Binder.getCallingPid();
        int uid = Binder.getCallingUid();
        for (String permission : permissions) {
            if (!isGranted(permission, pid, uid)) {
                throw new SecurityException(denied("allOf=" + Arrays.toString(permissions), pid, uid) + "; "
                        + permission + " is missing");
            }
        }
    }

    /** The process-wide enforcer: {@link #DENY_ALL} until {@link #setDefault} installs another. */
    static PermissionEnforcer getDefault() {
        return DefaultPermissionEnforcer.current;
    }

    /** Installs the process-wide enforcer, used by the stubs constructed from now on without one of their own. */
    static void setDefault(PermissionEnforcer enforcer) {
        DefaultPermissionEnforcer.current = Objects.requireNonNull(enforcer, "enforcer");
    }

    private static String denied(String requirement, int pid, int uid) {
        return "Access denied, requires: " + requirement + " (caller pid " + pid + ", uid " + uid + ")";
    }
}
