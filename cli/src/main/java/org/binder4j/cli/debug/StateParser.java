package org.binder4j.cli.debug;

import static org.binder4j.cli.debug.ViewLines.integer;
import static org.binder4j.cli.debug.ViewLines.number;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.binder4j.cli.debug.StateView.Buffer;
import org.binder4j.cli.debug.StateView.Endpoint;
import org.binder4j.cli.debug.StateView.Node;
import org.binder4j.cli.debug.StateView.Proc;
import org.binder4j.cli.debug.StateView.Ref;
import org.binder4j.cli.debug.StateView.Transaction;
import org.binder4j.cli.debug.StateView.Work;

/** Parses the driver's "state" and "transactions" views (one format; the latter shows less). */
final class StateParser {
    private static final Pattern TITLE = Pattern.compile("binder (state|transactions):");
    private static final Pattern PROC = Pattern.compile("proc (\\d+)");
    private static final Pattern CONTEXT = Pattern.compile("context (\\S+)");
    private static final Pattern THREAD = Pattern.compile("  thread (\\d+): l (\\p{XDigit}+) need_return (\\d+) tr (\\d+)");
    private static final Pattern NODE = Pattern.compile("  node (\\d+): u(\\p{XDigit}+) c(\\p{XDigit}+) hs (\\d+) hw (\\d+)"
            + " ls (\\d+) lw (\\d+) is (\\d+) iw (\\d+) tr (\\d+)(?: proc((?: \\d+)+))?");
    private static final Pattern REF = Pattern.compile("  ref (\\d+): desc (\\d+) (dead )?node (\\d+) s (\\d+) w (\\d+)"
            + " d (\\p{XDigit}+)");
    private static final Pattern BUFFER = Pattern.compile("  buffer (\\d+): (\\p{XDigit}+) size (\\d+):(\\d+):(\\d+)"
            + " (active|delivered)");
    private static final Pattern TRANSACTION = Pattern.compile("(outgoing|incoming|bad|pending|pending async)"
            + " transaction (\\d+): from (\\d+):(\\d+) to (\\d+):(\\d+) code (\\p{XDigit}+) flags (\\p{XDigit}+)"
            + " r([01]) elapsed (-?\\d+)ms( buffer free|(?: node (\\d+))? size (\\d+):(\\d+) offset (\\p{XDigit}+))?");
    private static final Pattern ERROR = Pattern.compile("transaction error: (\\d+)");
    private static final Pattern NODE_WORK = Pattern.compile("node work (\\d+): u\\p{XDigit}+ c\\p{XDigit}+");

    private final ViewLines lines;

    private StateParser(ViewLines lines) {
        this.lines = lines;
    }

    /** @throws IllegalStateException naming the first line that fits no format */
    static StateView parse(String text) {
        return new StateParser(new ViewLines("state", text)).view();
    }

    private StateView view() {
        String view = lines.next(TITLE).group(1);
        List<Node> deadNodes = new ArrayList<>();
        if (lines.peek().equals("dead nodes:")) {
            lines.next();
            while (lines.peek().startsWith("  node ")) {
                deadNodes.add(node());
            }
        }
        List<Proc> procs = new ArrayList<>();
        while (lines.more()) {
            procs.add(proc());
        }
        return new StateView(view, deadNodes, procs);
    }

    private Proc proc() {
        int pid = integer(lines.next(PROC), 1);
        String context = lines.next(CONTEXT).group(1);
        List<StateView.BinderThread> threads = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        List<Ref> refs = new ArrayList<>();
        List<Buffer> buffers = new ArrayList<>();
        List<Work> pending = new ArrayList<>();
        boolean deliveredDeadBinder = false;
        while (lines.more() && !lines.peek().startsWith("proc ")) {
            String line = lines.peek();
            if (line.startsWith("  thread ")) {
                threads.add(thread());
            } else if (line.startsWith("  node ")) {
                nodes.add(node());
            } else if (line.startsWith("  ref ")) {
                refs.add(ref());
            } else if (line.startsWith("  buffer ")) {
                buffers.add(buffer());
            } else if (line.equals("  has delivered dead binder")) {
                lines.next();
                deliveredDeadBinder = true;
            } else {
                pending.add(work(lines.next(), "  "));
            }
        }
        return new Proc(pid, context, threads, nodes, refs, buffers, pending, deliveredDeadBinder);
    }

    private StateView.BinderThread thread() {
        Matcher m = lines.next(THREAD);
        List<Transaction> stack = new ArrayList<>();
        List<Work> pending = new ArrayList<>();
        while (lines.peek().startsWith("    ")) {
            String line = lines.next();
            String item = line.substring(4);
            if (item.startsWith("outgoing ") || item.startsWith("incoming ") || item.startsWith("bad ")) {
                stack.add(transaction(line, item));
            } else {
                pending.add(work(line, "    "));
            }
        }
        return new StateView.BinderThread(integer(m, 1), m.group(2), integer(m, 3), integer(m, 4), stack, pending);
    }

    private Node node() {
        Matcher m = lines.next(NODE);
        List<Integer> holders = m.group(11) == null ? List.of()
                : Arrays.stream(m.group(11).trim().split(" ")).map(Integer::valueOf).toList();
        List<Transaction> async = new ArrayList<>();
        while (lines.peek().startsWith("    pending async transaction ")) {
            String line = lines.next();
            async.add(transaction(line, line.substring(4)));
        }
        return new Node(integer(m, 1), m.group(2), m.group(3), integer(m, 4), integer(m, 5), integer(m, 6), integer(m, 7),
                integer(m, 8), integer(m, 9), integer(m, 10), holders, async);
    }

    private Ref ref() {
        Matcher m = lines.next(REF);
        return new Ref(integer(m, 1), integer(m, 2), m.group(3) != null, integer(m, 4), integer(m, 5), integer(m, 6),
                m.group(7));
    }

    private Buffer buffer() {
        Matcher m = lines.next(BUFFER);
        return new Buffer(integer(m, 1), m.group(2), number(m, 3), number(m, 4), number(m, 5), m.group(6));
    }

    /** A work item: {@code line} less its {@code indent}. */
    private Work work(String line, String indent) {
        String item = line.substring(indent.length());
        if (item.startsWith("pending transaction ")) {
            return new Work("transaction", transaction(line, item), null, null);
        }
        Matcher error = ERROR.matcher(item);
        if (error.matches()) {
            return new Work("transaction error", null, number(error, 1), null);
        }
        Matcher node = NODE_WORK.matcher(item);
        if (node.matches()) {
            return new Work("node work", null, null, integer(node, 1));
        }
        String kind = switch (item) {
            case "transaction complete" -> "transaction complete";
            case "has dead binder" -> "dead binder";
            case "has cleared dead binder" -> "cleared dead binder";
            case "has cleared death notification" -> "cleared death notification";
            default -> throw lines.unexpected(line);
        };
        return new Work(kind, null, null, null);
    }

    private Transaction transaction(String line, String item) {
        Matcher m = TRANSACTION.matcher(item);
        if (!m.matches()) {
            throw lines.unexpected(line);
        }
        boolean freed = " buffer free".equals(m.group(11));
        boolean sized = m.group(11) != null && !freed;
        return new Transaction(m.group(1), integer(m, 2), new Endpoint(integer(m, 3), integer(m, 4)),
                new Endpoint(integer(m, 5), integer(m, 6)), m.group(7), m.group(8), m.group(9).equals("1"), number(m, 10),
                m.group(12) == null ? null : integer(m, 12), sized ? number(m, 13) : null, sized ? number(m, 14) : null,
                sized ? m.group(15) : null, freed);
    }
}
