package com.acme.svc;

/** Annotations that change the Java: descriptor, defaults, delegation, sensitivity, permissions. */
@Descriptor(value="acme.IGuardedLegacy")
@JavaDefault
@JavaDelegator
@SensitiveData
@JavaPassthrough(annotation="@java.lang.Deprecated(forRemoval=false)")
interface IGuarded {
    @EnforcePermission("READ_SECRETS")
    String secret();

    @EnforcePermission(anyOf={"CAMERA", "com.acme.permission.SCAN"})
    void scan();

    @EnforcePermission(allOf={"INTERNET", "UPLOAD"})
    int upload(in byte[] data);

    @RequiresNoPermission
    int open();

    @JavaPassthrough(annotation="@java.lang.SuppressWarnings(value={})")
    @UnsupportedAppUsage(maxTargetSdk=30)
    @PropagateAllowBlocking
    IBinder handle();
}
