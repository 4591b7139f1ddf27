package org.binder4j;

/**
 * Per-thread state of the call being handled: the caller's identity (as the driver stated it) and the
 * thread's own identity to fall back to. One instance per thread, mutated in place.
 */
final class CallingContext {
    private static final ThreadLocal<CallingContext> CURRENT = ThreadLocal.withInitial(CallingContext::new);

    int callingPid;
    int callingUid;
    /** This thread's process as the driver knows it (in-process transports give virtual pids). */
    int ownPid;

    private CallingContext() {
        ownPid = OwnIdentity.pid();
        callingPid = ownPid;
        callingUid = OwnIdentity.uid();
    }

    static CallingContext current() {
        return CURRENT.get();
    }

    /** Encodes the identity into a token for {@link Binder#restoreCallingIdentity}. */
    long token() {
        return ((long) callingUid << 32) | (callingPid & 0xffffffffL);
    }

    void restore(long token) {
        callingUid = (int) (token >>> 32);
        callingPid = (int) token;
    }
}
