package org.binder4j.cli;

import sun.misc.Signal;

/**
 * SIGHUP for a foreground server: instead of ending the JVM (its default), it runs an action, on the
 * JVM's signal thread. sun.misc.Signal is the JDK's supported way (module jdk.unsupported).
 */
final class HangupSignal {
    private HangupSignal() {}

    static void onHangup(Runnable action) {
        Signal.handle(new Signal("HUP"), signal -> action.run());
    }
}
