package org.binder4j.driver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.function.LongSupplier;

/**
 * The state one driver shares across its processes (binder's context plus its globals): the
 * processes, the context manager, dead nodes, debug ids, counters and logs.
 */
final class BinderContext {
    /** The device name the debug views show. */
    static final String NAME = "binder";

    final DriverConfig config;
    /** Monotonic nanoseconds: when each transaction started, for its age in the debug views. */
    final LongSupplier nanoClock;
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

    BinderContext(DriverConfig config, LongSupplier nanoClock) {
        this.config = config;
        this.nanoClock = nanoClock;
        this.transactionLog = new TransactionLog(config.transactionLogEntries());
        this.failedTransactionLog = new TransactionLog(config.transactionLogEntries());
    }

    /** The driver took ownership of a file a transport attached to a write. */
    void fileTaken() {
        objects.created(ObjectCounters.Kind.FILE);
    }

    /** Closes a file the driver held. */
    void closeFile(BinderFile file) {
        objects.deleted(ObjectCounters.Kind.FILE);
        file.close();
    }

    /** A held file went to the transport, which owns it now. */
    void fileHandedOver() {
        objects.deleted(ObjectCounters.Kind.FILE);
    }

    /** Closes every file of {@code files}; returns how many there were. Allocates nothing when empty. */
    int closeFiles(Collection<BinderFile> files) {
        int count = files.size();
        if (count > 0) {
            for (BinderFile file : files) {
                closeFile(file);
            }
            files.clear();
        }
        return count;
    }

    /** Nodes, refs and transactions share one sequence of debug ids, as in binder. */
    int nextDebugId() {
        return ++lastDebugId;
    }
}
