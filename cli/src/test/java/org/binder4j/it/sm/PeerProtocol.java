package org.binder4j.it.sm;

import org.binder4j.IBinder;

/**
 * How the service-manager tests talk to their peer JVMs ({@link SmPeerMain}). The test publishes a
 * {@link PeerDirectory}; each peer finds it, says hello with its control object, and reports events to it
 * (oneway, so in order). The test drives a peer through its control object ({@link Peer}); what the
 * service manager throws at the peer comes back to the test as the same exception.
 */
final class PeerProtocol {
    static final String DIRECTORY_DESCRIPTOR = "org.binder4j.it.sm.IPeerDirectory";
    static final String CONTROL_DESCRIPTOR = "org.binder4j.it.sm.IPeerControl";
    /** Descriptor prefix of the objects a peer registers: then its label and a serial number. */
    static final String NAMED_PREFIX = "org.binder4j.it.sm.Named#";

    /** Directory, sync: String label, IBinder control. */
    static final int HELLO = IBinder.FIRST_CALL_TRANSACTION;
    /** Directory, oneway: String label, String event. */
    static final int EVENT = IBinder.FIRST_CALL_TRANSACTION + 1;

    /** String name, int dumpPriority, boolean clientCallback; replies the new object's descriptor. */
    static final int ADD = IBinder.FIRST_CALL_TRANSACTION;
    /** String name; replies whether it is registered. */
    static final int FIND = IBinder.FIRST_CALL_TRANSACTION + 1;
    /** int dumpPriority; replies the names. */
    static final int LIST = IBinder.FIRST_CALL_TRANSACTION + 2;
    /** String name; looks it up and keeps a reference; replies whether it was there. */
    static final int HOLD = IBinder.FIRST_CALL_TRANSACTION + 3;
    /** String name; drops the reference HOLD kept, and returns once it is collected. */
    static final int DROP = IBinder.FIRST_CALL_TRANSACTION + 4;
    /** String name: tryUnregisterService with the object the peer registered or holds under it. */
    static final int TRY_UNREGISTER = IBinder.FIRST_CALL_TRANSACTION + 5;
    /** String name: registerForNotifications, reporting "onRegistration NAME DESCRIPTOR" events. */
    static final int WATCH = IBinder.FIRST_CALL_TRANSACTION + 6;

    private PeerProtocol() {}
}
