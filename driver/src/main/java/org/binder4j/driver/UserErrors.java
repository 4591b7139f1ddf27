package org.binder4j.driver;

import java.util.ArrayDeque;

/**
 * Protocol misuse by a process that binder only logs and ignores (binder_user_error): counted, the
 * most recent kept for the "stats" view, and logged at debug level.
 */
final class UserErrors {
    static final int RECENT_LIMIT = 16;
    private static final System.Logger LOG = System.getLogger(BinderDriver.class.getName());

    private final ArrayDeque<String> recent = new ArrayDeque<>(RECENT_LIMIT);
    private long count;

    void report(BinderProc proc, String message) {
        record(proc.pid() + ": " + message);
    }

    void report(BinderThread thread, String message) {
        record(thread.proc().pid() + ":" + thread.tid() + " " + message);
    }

    long count() {
        return count;
    }

    void print(StringBuilder out) {
        out.append("user errors: ").append(count).append('\n');
        for (String line : recent) {
            out.append("  ").append(line).append('\n');
        }
    }

    private void record(String line) {
        count++;
        if (recent.size() == RECENT_LIMIT) {
            recent.removeFirst();
        }
        recent.addLast(line);
        LOG.log(System.Logger.Level.DEBUG, line);
    }
}
