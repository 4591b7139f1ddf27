package org.binder4j.cli.debug;

import java.util.List;

/**
 * The driver's "state" or "transactions" view, parsed (see binder's debugfs {@code state}): the dead
 * nodes, then every process with its threads and their transaction stacks and pending work, its nodes,
 * refs, buffers and process-wide pending work. Hex fields stay strings as the view prints them.
 *
 * @param view "state" or "transactions"
 */
public record StateView(String view, List<Node> deadNodes, List<Proc> procs) {

    /** @param hasDeliveredDeadBinder a death notification was delivered and not yet acknowledged */
    public record Proc(int pid, String context, List<BinderThread> threads, List<Node> nodes, List<Ref> refs,
            List<Buffer> buffers, List<Work> pending, boolean hasDeliveredDeadBinder) {}

    /** @param looper the looper state bits in hex (registered 01, entered 02, exited 04, invalid 08, waiting 10) */
    public record BinderThread(int tid, String looper, int needReturn, int tmpRefs, List<Transaction> transactions,
            List<Work> pending) {}

    /**
     * A transaction in flight. Buffer details (node, sizes, offset) are shown only where the buffer is, in
     * the receiving process; they are null elsewhere.
     *
     * @param role "outgoing", "incoming" or "bad" (on a thread's stack), "pending" (queued), "pending async"
     *     (queued behind a oneway call to the same node)
     */
    public record Transaction(String role, int id, Endpoint from, Endpoint to, String code, String flags,
            boolean needReply, long elapsedMs, Integer node, Long dataSize, Long offsetsSize, String bufferOffset,
            boolean bufferFreed) {}

    /** A pid and thread id; tid 0 when no thread is chosen yet. */
    public record Endpoint(int pid, int tid) {}

    /**
     * @param refs how many processes hold a ref (binder's "iw")
     * @param procs the pids of the holders
     */
    public record Node(int id, String ptr, String cookie, int hasStrong, int hasWeak, int localStrong, int localWeak,
            int internalStrong, int refs, int tmpRefs, List<Integer> procs, List<Transaction> pendingAsync) {}

    /** @param death the cookie of the death notification, 0 without one */
    public record Ref(int id, int handle, boolean dead, int node, int strong, int weak, String death) {}

    /** @param state "active" (its transaction is in flight) or "delivered" (read, not yet freed) */
    public record Buffer(int id, String offset, long dataSize, long offsetsSize, long extraSize, String state) {}

    /**
     * A pending work item: "transaction" (with {@code transaction}), "transaction complete",
     * "transaction error" (with {@code error}, the BR_ code), "node work" (with {@code node}), "dead binder",
     * "cleared dead binder" or "cleared death notification".
     */
    public record Work(String kind, Transaction transaction, Long error, Integer node) {}

    /** The longest any transaction of the process with {@code pid} has been in flight, or -1 for none. */
    public long oldestTransactionMs(int pid) {
        long oldest = -1;
        for (Proc proc : procs) {
            if (proc.pid() != pid) {
                continue;
            }
            for (BinderThread thread : proc.threads()) {
                for (Transaction t : thread.transactions()) {
                    oldest = Math.max(oldest, t.elapsedMs());
                }
                oldest = Math.max(oldest, oldest(thread.pending()));
            }
            for (Node node : proc.nodes()) {
                for (Transaction t : node.pendingAsync()) {
                    oldest = Math.max(oldest, t.elapsedMs());
                }
            }
            oldest = Math.max(oldest, oldest(proc.pending()));
        }
        return oldest;
    }

    private static long oldest(List<Work> work) {
        long oldest = -1;
        for (Work item : work) {
            if (item.transaction() != null) {
                oldest = Math.max(oldest, item.transaction().elapsedMs());
            }
        }
        return oldest;
    }
}
