package org.binder4j;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** The runtime's log: java.lang.System.Logger, so applications route it where they like. */
final class RuntimeLog {
    private static final Logger LOG = System.getLogger("org.binder4j");

    private RuntimeLog() {}

    static void warn(String message) {
        LOG.log(Level.WARNING, message);
    }

    static void warn(String message, Throwable cause) {
        LOG.log(Level.WARNING, message, cause);
    }
}
