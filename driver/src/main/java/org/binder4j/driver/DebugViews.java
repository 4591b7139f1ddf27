package org.binder4j.driver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of binder's debugfs files: "state", "stats", "transactions", "transaction_log" and
 * "failed_transaction_log", in binder's formats minus what has no meaning here (kernel pointers,
 * scheduling priorities, pages). The "stats" of a process add what binder keeps elsewhere: its name and
 * uid, and how much of its receive area buffers hold ("buffer space: used/size" in bytes).
 */
final class DebugViews {
    private final BinderContext context;
    /** The clock reading of the render in progress: transactions print their age against it. */
    private long renderNanos;

    DebugViews(BinderContext context) {
        this.context = context;
    }

    String render(String name) {
        StringBuilder out = new StringBuilder(1024);
        renderNanos = context.nanoClock.getAsLong();
        switch (name) {
            case "state" -> state(out);
            case "stats" -> stats(out);
            case "transactions" -> transactions(out);
            case "transaction_log" -> context.transactionLog.print(out);
            case "failed_transaction_log" -> context.failedTransactionLog.print(out);
            default -> out.append("no debug view \"").append(name).append("\"; the views are state, stats, transactions,"
                    + " transaction_log and failed_transaction_log\n");
        }
        return out.toString();
    }

    private void state(StringBuilder out) {
        out.append("binder state:\n");
        if (!context.deadNodes.isEmpty()) {
            out.append("dead nodes:\n");
            for (Node node : context.deadNodes) {
                node(out, node);
            }
        }
        for (BinderProc proc : context.procs) {
            proc(out, proc, true);
        }
    }

    private void transactions(StringBuilder out) {
        out.append("binder transactions:\n");
        for (BinderProc proc : context.procs) {
            proc(out, proc, false);
        }
    }

    /** With {@code all} false only what is in flight, and nothing at all for a quiet process. */
    private void proc(StringBuilder out, BinderProc proc, boolean all) {
        int start = out.length();
        out.append("proc ").append(proc.pid()).append('\n');
        out.append("context ").append(BinderContext.NAME).append('\n');
        int header = out.length();
        for (BinderThread thread : proc.threadsByTid()) {
            thread(out, thread, all);
        }
        for (Node node : proc.nodesByPtr()) {
            if (all || node.hasAsyncTransaction) {
                node(out, node);
            }
        }
        if (all) {
            for (Ref ref : proc.refs.sortedByHandle()) {
                out.append("  ref ").append(ref.debugId).append(": desc ").append(ref.handle)
                        .append(ref.node.isDead() ? " dead " : " ").append("node ").append(ref.node.debugId)
                        .append(" s ").append(ref.strong).append(" w ").append(ref.weak)
                        .append(" d ").append(NodeRefs.hex(ref.death == null ? 0 : ref.death.cookie)).append('\n');
            }
        }
        List<TransactionBuffer> buffers = new ArrayList<>(proc.buffers.size());
        proc.buffers.valuesInto(buffers);
        buffers.sort(Comparator.comparingLong(buffer -> buffer.offset));
        for (TransactionBuffer buffer : buffers) {
            out.append("  buffer ").append(buffer.debugId).append(": ").append(Long.toHexString(buffer.offset))
                    .append(" size ").append(buffer.dataSize).append(':').append(buffer.offsetsSize).append(":0 ")
                    .append(buffer.transaction != null ? "active" : "delivered").append('\n');
        }
        for (Work work = proc.todo.first(); work != null; work = work.next) {
            work(out, proc, "  ", "  pending transaction", work);
        }
        if (!proc.deliveredDeaths.isEmpty()) {
            out.append("  has delivered dead binder\n");
        }
        if (!all && out.length() == header) {
            out.setLength(start);
        }
    }

    private void thread(StringBuilder out, BinderThread thread, boolean all) {
        int start = out.length();
        out.append("  thread ").append(thread.tid()).append(": l ").append(String.format("%02x", thread.looper))
                .append(" need_return 0 tr 0\n");
        int header = out.length();
        Transaction t = thread.transactionStack;
        while (t != null) {
            if (t.from == thread) {
                transaction(out, thread.proc(), "    outgoing transaction", t);
                t = t.fromParent;
            } else if (t.toThread == thread) {
                transaction(out, thread.proc(), "    incoming transaction", t);
                t = t.toParent;
            } else {
                transaction(out, thread.proc(), "    bad transaction", t);
                t = null;
            }
        }
        for (Work work = thread.todo.first(); work != null; work = work.next) {
            work(out, thread.proc(), "    ", "    pending transaction", work);
        }
        if (!all && out.length() == header) {
            out.setLength(start);
        }
    }

    private void node(StringBuilder out, Node node) {
        out.append("  node ").append(node.debugId).append(": u").append(NodeRefs.hex(node.ptr))
                .append(" c").append(NodeRefs.hex(node.cookie))
                .append(" hs ").append(node.hasStrongRef ? 1 : 0).append(" hw ").append(node.hasWeakRef ? 1 : 0)
                .append(" ls ").append(node.localStrongRefs).append(" lw ").append(node.localWeakRefs)
                .append(" is ").append(node.internalStrongRefs).append(" iw ").append(node.refs.size()).append(" tr 0");
        if (!node.refs.isEmpty()) {
            out.append(" proc");
            for (Ref ref : node.refs) {
                out.append(' ').append(ref.proc.pid());
            }
        }
        out.append('\n');
        for (Work work = node.asyncTodo.first(); work != null; work = work.next) {
            work(out, node.proc, "    ", "    pending async transaction", work);
        }
    }

    private void transaction(StringBuilder out, BinderProc proc, String prefix, Transaction t) {
        out.append(prefix).append(' ').append(t.debugId).append(": from ").append(t.fromPid).append(':')
                .append(t.fromTid).append(" to ").append(t.toProc != null ? t.toProc.pid() : 0).append(':')
                .append(t.toThread != null ? t.toThread.tid() : 0).append(" code ").append(Integer.toHexString(t.code))
                .append(" flags ").append(Integer.toHexString(t.flags)).append(" r").append(t.needReply ? 1 : 0)
                .append(" elapsed ").append((renderNanos - t.startNanos) / 1_000_000).append("ms");
        // Buffer details only where the buffer is: in the receiving process.
        if (proc == t.toProc) {
            TransactionBuffer buffer = t.buffer;
            if (buffer == null) {
                out.append(" buffer free");
            } else {
                if (buffer.targetNode != null) {
                    out.append(" node ").append(buffer.targetNode.debugId);
                }
                out.append(" size ").append(buffer.dataSize).append(':').append(buffer.offsetsSize).append(" offset ")
                        .append(Long.toHexString(buffer.offset));
            }
        }
        out.append('\n');
    }

    private void work(StringBuilder out, BinderProc proc, String prefix, String transactionPrefix, Work work) {
        switch (work.kind) {
            case Work.TRANSACTION -> transaction(out, proc, transactionPrefix, (Transaction) work);
            case Work.RETURN_ERROR -> out.append(prefix).append("transaction error: ")
                    .append(Integer.toUnsignedString(((ErrorWork) work).command)).append('\n');
            case Work.TRANSACTION_COMPLETE -> out.append(prefix).append("transaction complete\n");
            case Work.NODE -> {
                Node node = ((Node.NodeWork) work).node;
                out.append(prefix).append("node work ").append(node.debugId).append(": u").append(NodeRefs.hex(node.ptr))
                        .append(" c").append(NodeRefs.hex(node.cookie)).append('\n');
            }
            case Work.DEAD_BINDER -> out.append(prefix).append("has dead binder\n");
            case Work.DEAD_BINDER_AND_CLEAR -> out.append(prefix).append("has cleared dead binder\n");
            default -> out.append(prefix).append("has cleared death notification\n");
        }
    }

    private void stats(StringBuilder out) {
        out.append("binder stats:\n");
        context.counters.print(out, "");
        context.objects.print(out);
        out.append("bytes copied: ").append(context.copiedBytes).append('\n');
        context.userErrors.print(out);
        for (BinderProc proc : context.procs) {
            ReceiveAllocator allocator = proc.allocator;
            int strong = 0;
            int weak = 0;
            List<Ref> refs = proc.refs.sortedByHandle();
            for (Ref ref : refs) {
                strong += ref.strong;
                weak += ref.weak;
            }
            out.append("proc ").append(proc.pid()).append('\n')
                    .append("context ").append(BinderContext.NAME).append('\n')
                    .append("  name: ").append(printable(proc.name())).append('\n')
                    .append("  uid: ").append(Integer.toUnsignedString(proc.uid())).append('\n')
                    .append("  threads: ").append(proc.threads.size()).append('\n')
                    .append("  requested threads: ").append(proc.requestedThreads).append('+')
                    .append(proc.requestedThreadsStarted).append('/').append(Integer.toUnsignedString(proc.maxThreads))
                    .append('\n')
                    .append("  ready threads ").append(proc.waitingThreads.size()).append('\n')
                    .append("  free async space ").append(allocator == null ? 0 : allocator.freeAsyncSpace()).append('\n')
                    .append("  nodes: ").append(proc.nodes.size()).append('\n')
                    .append("  refs: ").append(refs.size()).append(" s ").append(strong).append(" w ").append(weak)
                    .append('\n')
                    .append("  buffers: ").append(proc.buffers.size()).append('\n')
                    .append("  buffer space: ").append(allocator == null ? 0 : allocator.bytesInUse()).append('/')
                    .append(allocator == null ? 0 : allocator.sizeBytes()).append('\n')
                    .append("  pending transactions: ").append(proc.todo.count(Work.TRANSACTION)).append('\n');
            proc.counters.print(out, "  ");
        }
    }

    /** A process names itself: its name is shown on one line, whatever characters it chose. */
    private static String printable(String name) {
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return clean.toString();
    }
}
