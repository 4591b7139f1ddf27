package org.binder4j.driver;

import java.util.Locale;

/** Objects the driver created and deleted, per kind, for the "stats" view and {@link DriverStats}. */
final class ObjectCounters {

    enum Kind {
        PROC, THREAD, NODE, REF, DEATH, TRANSACTION, TRANSACTION_COMPLETE, FILE;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final long[] created = new long[Kind.values().length];
    private final long[] deleted = new long[created.length];

    void created(Kind kind) {
        created[kind.ordinal()]++;
    }

    void deleted(Kind kind) {
        deleted[kind.ordinal()]++;
    }

    int active(Kind kind) {
        return (int) (created[kind.ordinal()] - deleted[kind.ordinal()]);
    }

    void print(StringBuilder out) {
        for (Kind kind : Kind.values()) {
            long total = created[kind.ordinal()];
            if (total != 0 || deleted[kind.ordinal()] != 0) {
                out.append(kind.label()).append(": active ").append(active(kind)).append(" total ").append(total)
                        .append('\n');
            }
        }
    }
}
