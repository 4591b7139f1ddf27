package org.binder4j.cli.debug;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.binder4j.cli.support.Command;
import org.binder4j.cli.support.CommandLine;
import org.binder4j.cli.support.DaemonAccess;
import org.binder4j.cli.support.Json;
import org.binder4j.protocol.DriverSession;

/**
 * {@code binder4j state|stats|transactions|transaction-log|failed-transaction-log}: one of the driver's
 * debug views, as binder's debugfs file of that name prints it, or parsed into JSON with {@code --json}.
 * The command's own connection shows up in the views as a process named {@code binder4j-<command>}.
 */
public final class DebugViewCommand implements Command {
    private final String name;
    private final String view;
    private final String summary;
    private final String description;
    private final String example;

    private DebugViewCommand(String name, String view, String summary, String description, String example) {
        this.name = name;
        this.view = view;
        this.summary = summary;
        this.description = description;
        this.example = example;
    }

    /** The five views. */
    public static List<Command> all() {
        return List.of(
                new DebugViewCommand("state", "state", "every process: threads and their transactions, nodes, refs, buffers",
                        """
                        Prints the driver's state as binder's debugfs "state" file does. For each process
                        ("proc PID"): its threads ("thread TID: l LOOPER-BITS need_return 0 tr 0") with their
                        transaction stacks ("outgoing|incoming transaction ID: from PID:TID to PID:TID code HEX
                        flags HEX rNEED-REPLY elapsed MSms ...") and pending work; its nodes ("node ID: uPTR
                        cCOOKIE hs hw ls lw is iw REFS tr 0 proc HOLDER-PIDS..."); its refs ("ref ID: desc
                        HANDLE [dead ]node ID s STRONG w WEAK d DEATH-COOKIE"); its receive-area buffers ("buffer
                        ID: OFFSET size DATA:OFFSETS:0 active|delivered") and process-wide pending work. Nodes
                        whose process died while others still hold them are listed first under "dead nodes:".
                        """, "binder4j state --json | jq '.procs[] | {pid, threads: (.threads | length)}'"),
                new DebugViewCommand("stats", "stats", "BC_/BR_ counters, object counts, per-process threads and buffers",
                        """
                        Prints the driver's statistics as binder's debugfs "stats" file does: one line per
                        non-zero BC_ command and BR_ return counter, "KIND: active N total M" per kind of
                        object, the payload bytes copied and the protocol errors the driver ignored; then for
                        each process its name, uid, threads ("requested threads: ASKED+STARTED/MAX", "ready
                        threads IDLE"), free async space, nodes, refs, buffers ("buffer space: USED/SIZE"
                        bytes of its receive area), pending transactions and its own counters.
                        """, "binder4j stats --json | jq '.counters.BC_TRANSACTION'"),
                new DebugViewCommand("transactions", "transactions", "the transactions in flight",
                        """
                        Prints what is in flight, in the format of "state" (binder's debugfs "transactions"):
                        only threads with transactions or pending work, nodes with queued oneway calls and
                        process-wide pending work; no refs. A quiet driver prints only the title.
                        """, "binder4j transactions --json | jq '[.procs[].threads[].transactions[].elapsedMs] | max'"),
                new DebugViewCommand("transaction-log", "transaction_log", "the last 32 transactions",
                        """
                        Prints the driver's ring of the last 32 transactions, oldest first, as binder's
                        debugfs "transaction_log": "ID: call |async|reply from PID:TID to PID:TID context
                        binder node NODE handle HANDLE size DATA:OFFSETS ret BR-CODE/ERRNO l=SITE". A failed
                        transaction has a non-zero ret (29201 is BR_FAILED_REPLY, 29189 BR_DEAD_REPLY) and
                        the driver's failure site in l=.
                        """, "binder4j transaction-log --json | jq 'map(select(.type == \"reply\")) | length'"),
                new DebugViewCommand("failed-transaction-log", "failed_transaction_log", "the last 32 failed transactions",
                        """
                        Prints the driver's ring of the last 32 failed transactions, in the format of
                        transaction-log (binder's debugfs "failed_transaction_log"): each with the BR_ code it
                        failed with, the negative errno and the driver's failure site.
                        """, "binder4j failed-transaction-log --json | jq '.[-1]'"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summary() {
        return name + " [--json]\n" + summary;
    }

    @Override
    public String help() {
        return "usage: binder4j " + name + " [--json] [--socket PATH]\n\n" + description + """

                options:
                  --json          the view parsed into JSON (the same fields, named)
                """ + DaemonAccess.SOCKET_HELP + """

                examples:
                  binder4j %s
                  %s
                """.formatted(name, example);
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine line = CommandLine.parse(args, CommandLine.spec().flag("--json").option(DaemonAccess.SOCKET));
        line.operands(0, 0, "");
        Path socket = DaemonAccess.socket(line);
        try (DriverSession session = DaemonAccess.viewSession(socket, "binder4j-" + name)) {
            DriverViewReader views = new DriverViewReader(session, socket);
            out.print(line.flag("--json") ? Json.pretty(views.parsed(view)) : views.text(view));
        }
        return 0;
    }
}
