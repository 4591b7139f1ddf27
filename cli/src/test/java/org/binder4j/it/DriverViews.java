package org.binder4j.it;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the driver's debug views ("state", "stats"): one process's section and its numbers. */
final class DriverViews {
    private DriverViews() {}

    /**
     * The lines of {@code view} under "proc {@code pid}", up to the next process; empty if it is not
     * there. The processes a JVM opens over the daemon share its pid: this is the one opened last.
     */
    static String proc(String view, int pid) {
        Matcher start = Pattern.compile("(?m)^proc " + pid + "$").matcher(view);
        int at = -1;
        while (start.find()) {
            at = start.start();
        }
        if (at < 0) {
            return "";
        }
        int end = view.indexOf("\nproc ", at + 1);
        return view.substring(at, end < 0 ? view.length() : end + 1);
    }

    /** The number after "{@code name}: " (or "{@code name} ") in {@code section}, 0 if the line is absent. */
    static long number(String section, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + ":? (\\d+)").matcher(section);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** The "requested threads: a+b/max" of a stats section, as written. */
    static String requestedThreads(String statsSection) {
        Matcher m = Pattern.compile("requested threads: (\\S+)").matcher(statsSection);
        return m.find() ? m.group(1) : "";
    }

    /** Whether {@code number} occurs in {@code text} as a whole number. */
    static boolean mentions(String text, long number) {
        return Pattern.compile("(?<![0-9])" + number + "(?![0-9])").matcher(text).find();
    }
}
