package org.binder4j.cli.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process's resource limits as Linux shows them in {@code /proc/PID/limits}: this works for any process
 * the caller may inspect (the daemon, too), where getrlimit only sees the caller's.
 *
 * @param openFilesSoft RLIMIT_NOFILE, -1 for unlimited
 * @param lockedBytesSoft RLIMIT_MEMLOCK, -1 for unlimited
 */
record ResourceLimits(long openFilesSoft, long openFilesHard, long lockedBytesSoft, long lockedBytesHard) {

    /** @throws IOException when the file cannot be read (another user's process, or no such process) */
    static ResourceLimits of(long pid) throws IOException {
        String text = Files.readString(Path.of("/proc", Long.toString(pid), "limits"));
        long[] files = pair(text, "Max open files");
        long[] locked = pair(text, "Max locked memory");
        return new ResourceLimits(files[0], files[1], locked[0], locked[1]);
    }

    private static long[] pair(String text, String limit) throws IOException {
        Matcher m = Pattern.compile("(?m)^" + limit + "\\s+(\\S+)\\s+(\\S+)").matcher(text);
        if (!m.find()) {
            throw new IOException("no '" + limit + "' line in /proc/PID/limits");
        }
        return new long[] {value(m.group(1)), value(m.group(2))};
    }

    private static long value(String text) {
        return text.equals("unlimited") ? -1 : Long.parseLong(text);
    }

    static String describe(long value) {
        return value < 0 ? "unlimited" : Long.toString(value);
    }
}
