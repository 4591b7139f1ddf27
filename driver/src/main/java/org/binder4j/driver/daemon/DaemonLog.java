package org.binder4j.driver.daemon;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The daemon's log on stderr, one line per event: {@code <local time> <LEVEL> binder4j-daemon: <text>}.
 */
public final class DaemonLog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private DaemonLog() {}

    public static void info(String message) {
        log("INFO", message);
    }

    public static void warn(String message) {
        log("WARN", message);
    }

    private static void log(String level, String message) {
        System.err.println(LocalDateTime.now().format(TIME) + " " + level + " binder4j-daemon: " + message);
    }
}
