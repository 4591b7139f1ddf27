package org.binder4j.protocol;

import java.lang.foreign.MemorySegment;

/**
 * A process's connection to the driver: what opening {@code /dev/binder} and mapping it gives a
 * process on Android, the driver's {@code binder_proc}. Closing it releases everything the process
 * held, as the death of the process would.
 */
public interface DriverSession extends AutoCloseable {

    /** BINDER_VERSION: the binder protocol version the driver speaks ({@link ProtocolVersion#BINDER}). */
    int protocolVersion();

    /** The pid the driver knows this process by (from SO_PEERCRED for the daemon). */
    int pid();

    /**
     * The receive area, mapped read-only: the driver copies each incoming transaction into it once and
     * the process reads it in place.
     */
    MemorySegment receiveArea();

    /** A new thread channel (the driver's binder_thread is created on first use). */
    DriverThread openThread();

    /** BINDER_SET_MAX_THREADS. @return 0 or a negative errno */
    int setMaxThreads(int maxThreads);

    /** BINDER_SET_CONTEXT_MGR. @return 0, -EBUSY if there is one, -EPERM for another uid than the first */
    int becomeContextManager();

    /**
     * BINDER_GET_NODE_INFO_FOR_REF: fills {@code info}'s counts for the node behind {@code info.handle}.
     * Only the context manager may ask, and only about a handle it holds a strong reference on.
     *
     * @return 0, -EPERM if this process is not the context manager, -EINVAL if {@code info.handle} is
     *     not a strong reference of this process
     */
    int getNodeInfoForRef(NodeInfoForRef info);

    /**
     * The text of one of the driver's debug views, as binder's debugfs files: "state", "stats",
     * "transactions", "transaction_log", "failed_transaction_log".
     */
    String debugView(String name);

    /** Releases the process in the driver. */
    @Override
    void close();
}
