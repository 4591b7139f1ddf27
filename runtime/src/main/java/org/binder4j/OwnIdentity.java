package org.binder4j;

import org.binder4j.sys.Os;

/** This process's own pid and uid, what getCallingPid/Uid report outside of an incoming call. */
final class OwnIdentity {
    private static final int PID = Os.getpid();
    private static final int UID = Os.geteuid();

    private OwnIdentity() {}

    static int pid() {
        return PID;
    }

    static int uid() {
        return UID;
    }
}
