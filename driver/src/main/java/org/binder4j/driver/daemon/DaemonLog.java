package org.binder4j.driver.daemon;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The daemon's log on stderr, one line per event: {@code <local time> <LEVEL> <program>: <text>}, e.g.
 * {@code 2026-01-31 12:00:00.000 INFO binder4j-daemon: stopping}. The time is
 * {@code yyyy-MM-dd HH:mm:ss.SSS}, the level {@code INFO} or {@code WARN}, the program
 * {@value #DAEMON} for the driver and another name for what runs beside it (the service manager).
 */
public final class DaemonLog {
    /** The program name of the driver's own lines. */
    public static final String DAEMON = "binder4j-daemon";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private DaemonLog() {}

    public static void info(String message) {
        log("INFO", DAEMON, message);
    }

    public static void warn(String message) {
        log("WARN", DAEMON, message);
    }

    /** One line for {@code program}; {@code level} is INFO or WARN. */
    public static void log(String level, String program, String message) {
        System.err.println(LocalDateTime.now().format(TIME) + " " + level + " " + program + ": " + message);
    }
}
