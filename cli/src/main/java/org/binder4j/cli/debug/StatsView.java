package org.binder4j.cli.debug;

import java.util.List;
import java.util.Map;

/**
 * The driver's "stats" view, parsed (see binder's debugfs {@code stats}): the BC_/BR_ counters, the
 * objects created and still active per kind, the payload bytes copied, the user errors, and each
 * process's numbers and own counters. Counters that are zero are absent, as in the view.
 */
public record StatsView(Map<String, Long> counters, Map<String, Objects> objects, long bytesCopied, long userErrors,
        List<String> recentUserErrors, List<Proc> procs) {

    /** Objects of one kind: alive now, and created since the driver started. */
    public record Objects(long active, long total) {}

    /**
     * One process.
     *
     * @param requestedThreads spawns asked for and not yet started
     * @param requestedThreadsStarted spawned threads that registered
     * @param readyThreads threads idle, waiting for process work
     * @param bufferBytesInUse bytes of the receive area held by buffers
     * @param bufferBytes the receive area's size (0 when it has none)
     */
    public record Proc(int pid, String context, String name, long uid, int threads, int requestedThreads,
            int requestedThreadsStarted, long maxThreads, int readyThreads, long freeAsyncSpace, int nodes, int refs,
            long strongRefs, long weakRefs, int buffers, long bufferBytesInUse, long bufferBytes,
            int pendingTransactions, Map<String, Long> counters) {

        /** The value of counter {@code name} (e.g. "BR_TRANSACTION"), 0 when absent. */
        public long counter(String name) {
            return counters.getOrDefault(name, 0L);
        }
    }

    /** The value of global counter {@code name}, 0 when absent. */
    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }
}
