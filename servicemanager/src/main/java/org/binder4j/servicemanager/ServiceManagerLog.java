package org.binder4j.servicemanager;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Where the service manager reports what it did: registrations, removals, denials, policy loads. One
 * line per event, never on a path that a busy client could flood faster than a person can read.
 */
public interface ServiceManagerLog {
    void info(String message);

    void warn(String message);

    /**
     * Logs through {@link System#getLogger} as "org.binder4j.servicemanager", for a service manager
     * embedded in an application: the events at DEBUG, the warnings at WARNING.
     */
    static ServiceManagerLog system() {
        Logger logger = System.getLogger("org.binder4j.servicemanager");
        return new ServiceManagerLog() {
            @Override
            public void info(String message) {
                logger.log(Level.DEBUG, message);
            }

            @Override
            public void warn(String message) {
                logger.log(Level.WARNING, message);
            }
        };
    }
}
