package org.binder4j.driver;

import java.util.ArrayList;

/**
 * The state one driver shares across its processes (binder's context plus its globals): the
 * processes, the context manager, dead nodes, debug ids, counters and logs.
 */
final class BinderContext {
    /** The device name the debug views show. */
    static final String NAME = "binder";

    final DriverConfig config;
    final ArrayList<BinderProc> procs = new ArrayList<>();
    final ArrayList<Node> deadNodes = new ArrayList<>();
    final ObjectCounters objects = new ObjectCounters();
    final CommandCounters counters = new CommandCounters();
    final TransactionLog transactionLog;
    final TransactionLog failedTransactionLog;
    final UserErrors userErrors = new UserErrors();
    Node contextManagerNode;
    /** The euid of the first context manager; later ones must have the same. */
    boolean contextManagerUidSet;
    int contextManagerUid;
    long copiedBytes;
    private int lastDebugId;

    BinderContext(DriverConfig config) {
        this.config = config;
        this.transactionLog = new TransactionLog(config.transactionLogEntries());
        this.failedTransactionLog = new TransactionLog(config.transactionLogEntries());
    }

    /** Nodes, refs and transactions share one sequence of debug ids, as in binder. */
    int nextDebugId() {
        return ++lastDebugId;
    }
}
