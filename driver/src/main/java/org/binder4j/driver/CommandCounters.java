package org.binder4j.driver;

import org.binder4j.protocol.Commands;
import org.binder4j.protocol.Returns;

/** How many of each BC_ command were processed and BR_ return delivered, for the "stats" view. */
final class CommandCounters {
    private final long[] commands = new long[Commands.COUNT];
    private final long[] returns = new long[Returns.COUNT];

    void countCommand(int commandOrdinal) {
        commands[commandOrdinal]++;
    }

    void countReturn(int ret) {
        returns[Returns.ordinal(ret)]++;
    }

    /** One line per non-zero counter. */
    void print(StringBuilder out, String prefix) {
        for (int i = 0; i < commands.length; i++) {
            if (commands[i] != 0) {
                out.append(prefix).append(Commands.name(Commands.valueOf(i))).append(": ").append(commands[i]).append('\n');
            }
        }
        for (int i = 0; i < returns.length; i++) {
            if (returns[i] != 0) {
                out.append(prefix).append(Returns.name(Returns.valueOf(i))).append(": ").append(returns[i]).append('\n');
            }
        }
    }
}
