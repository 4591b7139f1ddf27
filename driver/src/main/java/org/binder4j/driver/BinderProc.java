package org.binder4j.driver;

import java.lang.foreign.MemorySegment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A process's endpoint in the {@link BinderDriver} (binder_proc): one per open of the device. Its state
 * is the driver's; transports only hold it to name the process in driver calls.
 */
public final class BinderProc {
    final BinderContext context;
    private final int pid;
    private final int uid;
    private final String name;
    final MemorySegment area;
    /** Null when the process has no receive area ("never mapped"): it cannot receive. */
    final ReceiveAllocator allocator;
    final ArrayList<BinderThread> threads = new ArrayList<>();
    /** Idle threads that may take process work, the most recently idle first. */
    final ArrayDeque<BinderThread> waitingThreads = new ArrayDeque<>();
    final WorkList todo = new WorkList();
    final WorkList deliveredDeaths = new WorkList();
    final LongMap<Node> nodes = new LongMap<>();
    final RefTable refs = new RefTable();
    final LongMap<TransactionBuffer> buffers = new LongMap<>();
    final CommandCounters counters = new CommandCounters();
    int maxThreads;
    int requestedThreads;
    int requestedThreadsStarted;
    boolean dead;

    BinderProc(BinderContext context, int pid, int uid, String name, MemorySegment area, ReceiveAllocator allocator) {
        this.context = context;
        this.pid = pid;
        this.uid = uid;
        this.name = name;
        this.area = area;
        this.allocator = allocator;
    }

    public int pid() {
        return pid;
    }

    /** The effective uid the process had when it opened the driver: every transaction's sender_euid. */
    public int uid() {
        return uid;
    }

    public String name() {
        return name;
    }

    /** Released ({@link BinderDriver#releaseProc}); nothing of it remains in the driver. */
    public boolean isDead() {
        return dead;
    }

    /** The threads in tid order, for the debug views and release. */
    List<BinderThread> threadsByTid() {
        List<BinderThread> sorted = new ArrayList<>(threads);
        sorted.sort((a, b) -> Integer.compare(a.tid(), b.tid()));
        return sorted;
    }

    /** The nodes in ptr order (unsigned, as binder's tree), for the debug views and release. */
    List<Node> nodesByPtr() {
        List<Node> sorted = new ArrayList<>(nodes.size());
        nodes.valuesInto(sorted);
        sorted.sort((a, b) -> Long.compareUnsigned(a.ptr, b.ptr));
        return sorted;
    }

    @Override
    public String toString() {
        return "proc " + pid + " (" + name + ")";
    }
}
