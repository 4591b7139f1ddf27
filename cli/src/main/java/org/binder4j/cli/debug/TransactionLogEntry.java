package org.binder4j.cli.debug;

import static org.binder4j.cli.debug.ViewLines.integer;
import static org.binder4j.cli.debug.ViewLines.number;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.binder4j.cli.debug.StateView.Endpoint;

/**
 * One line of the driver's "transaction_log" or "failed_transaction_log" view (binder's
 * {@code binder_transaction_log_entry}), oldest first.
 *
 * @param type "call", "async" or "reply"
 * @param handle the handle the sender named (0 for replies)
 * @param returnError the BR_ code of a failure (29201 is BR_FAILED_REPLY, 29189 BR_DEAD_REPLY), 0 if none
 * @param returnErrorParam the negative errno of a failure
 * @param line the driver's failure site, 0 if none
 */
public record TransactionLogEntry(int debugId, String type, Endpoint from, Endpoint to, String context, int node,
        long handle, long dataSize, long offsetsSize, long returnError, int returnErrorParam, int line) {

    private static final Pattern ENTRY = Pattern.compile("(\\d+): (call|async|reply) +from (\\d+):(\\d+) to (\\d+):(\\d+)"
            + " context (\\S+) node (\\d+) handle (\\d+) size (\\d+):(\\d+) ret (\\d+)/(-?\\d+) l=(\\d+)");

    /**
     * @param view "transaction_log" or "failed_transaction_log", for messages
     * @throws IllegalStateException naming the first line that fits no format
     */
    static List<TransactionLogEntry> parse(String view, String text) {
        ViewLines lines = new ViewLines(view, text);
        List<TransactionLogEntry> entries = new ArrayList<>();
        while (lines.more()) {
            Matcher m = lines.next(ENTRY);
            entries.add(new TransactionLogEntry(integer(m, 1), m.group(2), new Endpoint(integer(m, 3), integer(m, 4)),
                    new Endpoint(integer(m, 5), integer(m, 6)), m.group(7), integer(m, 8), number(m, 9), number(m, 10),
                    number(m, 11), number(m, 12), integer(m, 13), integer(m, 14)));
        }
        return entries;
    }
}
