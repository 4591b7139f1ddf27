package org.binder4j.driver;

import static org.binder4j.protocol.Errno.EBADF;
import static org.binder4j.protocol.Errno.EFAULT;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.binder4j.driver.ObjectCounters.Kind;
import org.binder4j.protocol.NodeInfoForRef;
import org.binder4j.protocol.WriteRead;

/**
 * The binder driver's rules as one deterministic state machine: processes, threads, nodes, refs,
 * transactions and their stacks, per-node async queues, receive-area allocation, reference counting,
 * death notifications and the cleanup of a dead process. It knows nothing of sockets or Java threads
 * and never blocks: transports feed it write-reads and carry its wake-ups ({@link WakeListener}).
 *
 * <p>Not thread-safe: a transport calls it from one thread at a time (the daemon's conductor, or under
 * a lock).
 *
 * <p>Memory: a process's receive area is a segment the driver writes into (the process maps the same
 * memory read-only); a thread's send buffer is a segment the driver reads from. The pointers in a
 * BC_TRANSACTION are offsets into the sender's send buffer, those in a BR_TRANSACTION offsets into the
 * receiver's area. Each payload byte is copied exactly once, and counted ({@link #copiedBytes()}).
 *
 * <p>Nothing a process sends makes the driver throw: protocol errors are return codes, failed
 * transactions (BR_FAILED_REPLY, BR_DEAD_REPLY) or logged and counted user errors. It throws
 * {@link IllegalArgumentException} only for transport mistakes: an object of another driver, or a
 * write-read, new thread or setting for a released thread or process. Releasing again, and the other
 * calls on released objects, do nothing.
 */
public final class BinderDriver {
    private final BinderContext context;
    private final Dispatcher dispatcher;
    private final NodeRefs nodeRefs;
    private final CommandProcessor commands;
    private final ReturnWriter returns;
    private final Reaper reaper;
    private final FileRefusals fileRefusals;
    private final DebugViews debugViews;

    public BinderDriver(DriverConfig config, WakeListener wakeListener) {
        this(config, wakeListener, System::nanoTime);
    }

    /**
     * A driver that reads the time from {@code nanoClock} (monotonic nanoseconds, as
     * {@link System#nanoTime()}): only the debug views use it, for the age of transactions in flight.
     */
    public BinderDriver(DriverConfig config, WakeListener wakeListener, LongSupplier nanoClock) {
        this.context = new BinderContext(Objects.requireNonNull(config, "config"),
                Objects.requireNonNull(nanoClock, "nanoClock"));
        this.dispatcher = new Dispatcher(Objects.requireNonNull(wakeListener, "wakeListener"));
        this.nodeRefs = new NodeRefs(context, dispatcher);
        DeathNotifications deaths = new DeathNotifications(context, dispatcher);
        Buffers buffers = new Buffers(context, dispatcher, nodeRefs);
        Transactions transactions = new Transactions(context, dispatcher, nodeRefs, buffers,
                new ObjectTranslator(nodeRefs));
        this.commands = new CommandProcessor(context, transactions, nodeRefs, deaths, buffers);
        this.returns = new ReturnWriter(context, dispatcher, nodeRefs, transactions);
        this.reaper = new Reaper(context, dispatcher, nodeRefs, deaths, buffers, transactions);
        this.fileRefusals = new FileRefusals(context, dispatcher, buffers, transactions);
        this.debugViews = new DebugViews(context);
    }

    /**
     * Opens a process (binder_open + mmap).
     *
     * @param receiveArea the process's receive area, writable by the driver; its size is the area's size
     *     (capped at {@link DriverConfig#maxReceiveAreaSizeBytes()}, rounded down to 8). An empty area
     *     stands for a process that never mapped one: it cannot receive, calls to it get BR_DEAD_REPLY.
     */
    public BinderProc openProc(int pid, int uid, int gid, String name, MemorySegment receiveArea) {
        Objects.requireNonNull(name, "name");
        long usable = Math.min(receiveArea.byteSize(), context.config.maxReceiveAreaSizeBytes()) & -8L;
        if (usable > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("receive area of " + usable + " bytes is larger than 2 GiB");
        }
        ReceiveAllocator allocator = usable == 0 ? null : new ReceiveAllocator(usable);
        BinderProc proc = new BinderProc(context, pid, uid, name, receiveArea.asSlice(0, usable), allocator);
        context.procs.add(proc);
        context.objects.created(Kind.PROC);
        return proc;
    }

    /** Creates a thread of {@code proc} whose outgoing payloads are read from {@code sendBuffer}. */
    public BinderThread attachThread(BinderProc proc, int tid, MemorySegment sendBuffer) {
        checkLive(proc);
        BinderThread thread = new BinderThread(proc, tid, Objects.requireNonNull(sendBuffer, "sendBuffer"));
        proc.threads.add(thread);
        context.objects.created(Kind.THREAD);
        return thread;
    }

    /** Replaces the thread's send buffer (it grew). Does nothing for a released thread. */
    public void setSendBuffer(BinderThread thread, MemorySegment sendBuffer) {
        checkOwn(thread.proc());
        Objects.requireNonNull(sendBuffer, "sendBuffer");
        if (!thread.dead) {
            thread.sendBuffer = sendBuffer;
        }
    }

    /**
     * BINDER_WRITE_READ, without blocking. Processes {@code bwr}'s commands, then, if it asks to read,
     * fills the read buffer with what the thread has to do. With nothing to read it returns -EAGAIN and
     * reads nothing; unless {@code bwr.nonBlocking}, the thread is then waiting: it may be chosen for
     * incoming work, and the wake listener is told when it has some, so that the transport calls again.
     * Any call ends a wait.
     *
     * @return 0, -EAGAIN (nothing to read), -EINVAL (unknown or malformed command, see
     *     {@code bwr.writeConsumed}), or -EFAULT (a size beyond its buffer); transaction failures are
     *     returns in the read buffer, not errors
     */
    public int writeRead(BinderThread thread, WriteRead bwr) {
        return writeRead(thread, bwr, List.of());
    }

    /**
     * {@link #writeRead(BinderThread, WriteRead)} with {@code files} attached to the write, in the order
     * of its transaction's FD objects. The driver owns them from here on, whatever happens; if the read
     * delivers a transaction with files, {@link #takeDeliveredFiles} hands them over.
     *
     * @return as the other writeRead, and -EBADF when files were attached to a write that held no
     *     transaction to take them (they are closed; the read is not done)
     */
    public int writeRead(BinderThread thread, WriteRead bwr, List<? extends BinderFile> files) {
        int count = files.size();
        for (int i = 0; i < count; i++) {
            context.fileTaken();
            thread.attachedFiles.add(files.get(i));
        }
        thread.attachedFileCount = count;
        try {
            checkLive(thread);
        } catch (IllegalArgumentException e) {
            context.closeFiles(thread.attachedFiles);
            throw e;
        }
        dispatcher.stopWaiting(thread);
        thread.fileDelivery = null;
        if (bwr.writeSize > bwr.writeBuffer.byteSize() || bwr.readSize > bwr.readBuffer.byteSize()
                || bwr.writeConsumed < 0 || bwr.readConsumed < 0) {
            context.closeFiles(thread.attachedFiles);
            return -EFAULT;
        }
        if (bwr.writeConsumed < bwr.writeSize) {
            int status = commands.write(thread, bwr);
            if (status != 0) {
                context.closeFiles(thread.attachedFiles);
                bwr.readConsumed = 0;
                return status;
            }
        }
        int unclaimed = context.closeFiles(thread.attachedFiles);
        if (unclaimed > 0) {
            context.userErrors.report(thread, "write-read attached " + unclaimed
                    + " file descriptors but held no transaction to take them; closed them");
            bwr.readConsumed = 0;
            return -EBADF;
        }
        if (bwr.readConsumed < bwr.readSize) {
            int status = returns.read(thread, bwr);
            // Work left for the process goes to another idle thread.
            if (!thread.proc().todo.isEmpty()) {
                dispatcher.wakeProc(thread.proc());
            }
            return status;
        }
        return 0;
    }

    /**
     * Moves the files of the transaction the thread's last read delivered into {@code into}, in the order
     * of its FD objects (the objects carry their index in this order); the caller owns them now. Adds
     * nothing when that read delivered none.
     */
    public void takeDeliveredFiles(BinderThread thread, List<? super BinderFile> into) {
        checkOwn(thread.proc());
        List<BinderFile> delivered = thread.deliveredFiles;
        for (int i = 0; i < delivered.size(); i++) {
            context.fileHandedOver();
            into.add(delivered.get(i));
        }
        delivered.clear();
    }

    /**
     * The thread could not receive the files of the transaction its last read delivered (its
     * process's descriptor table is full): undoes that delivery as binder does when it cannot install
     * descriptors. Must come before the thread's next write-read, which then reads on.
     *
     * @param errno the reason, a negative errno such as -EMFILE, for the extended error
     * @return 0, or -EINVAL when that read delivered no files
     */
    public int refuseDeliveredFiles(BinderThread thread, int errno) {
        checkLive(thread);
        return fileRefusals.refuse(thread, errno);
    }

    /** The thread no longer waits (its blocking read was interrupted). Does nothing for a released thread. */
    public void stopWaiting(BinderThread thread) {
        checkOwn(thread.proc());
        if (!thread.dead) {
            dispatcher.stopWaiting(thread);
        }
    }

    /** BINDER_THREAD_EXIT. Releasing a thread again, or of a released process, does nothing. */
    public void releaseThread(BinderThread thread) {
        checkOwn(thread.proc());
        if (!thread.dead) {
            reaper.releaseThread(thread);
        }
    }

    /** The process is gone (its connection closed or it died): binder_deferred_release. Idempotent. */
    public void releaseProc(BinderProc proc) {
        checkOwn(proc);
        if (!proc.dead) {
            reaper.releaseProc(proc);
        }
    }

    /** BINDER_SET_MAX_THREADS (an unsigned number). @return 0 */
    public int setMaxThreads(BinderProc proc, int maxThreads) {
        checkLive(proc);
        proc.maxThreads = maxThreads;
        return 0;
    }

    /** BINDER_SET_CONTEXT_MGR. @return 0, -EBUSY while one is registered, -EPERM for another euid than the first */
    public int setContextManager(BinderProc proc) {
        checkLive(proc);
        return nodeRefs.becomeContextManager(proc);
    }

    /**
     * BINDER_GET_NODE_INFO_FOR_REF: fills {@code info}'s counts for the node behind the handle
     * {@code info.handle} of {@code proc}. Only the context manager may ask, about a handle it holds a
     * strong reference on; the node may be dead.
     *
     * @return 0, -EPERM if {@code proc} is not the context manager, -EINVAL if the handle is not a strong
     *     reference of {@code proc}
     */
    public int getNodeInfoForRef(BinderProc proc, NodeInfoForRef info) {
        checkLive(proc);
        return nodeRefs.nodeInfoForRef(proc, info);
    }

    /** Returns and clears the thread's last transaction failure, or null (always for a released thread). */
    public ExtendedError takeExtendedError(BinderThread thread) {
        checkOwn(thread.proc());
        ExtendedError error = thread.extendedError;
        thread.extendedError = null;
        return error;
    }

    /**
     * Text of a debug view: "state", "stats", "transactions", "transaction_log", "failed_transaction_log".
     * Any other name (it may come from a client) gets a one-line text that lists these.
     */
    public String debugView(String name) {
        return debugViews.render(name);
    }

    /** Payload bytes (data plus offsets) copied into receive areas since the driver started. */
    public long copiedBytes() {
        return context.copiedBytes;
    }

    /** How many objects of each kind the driver holds now. */
    public DriverStats stats() {
        ObjectCounters objects = context.objects;
        int buffers = 0;
        for (BinderProc proc : context.procs) {
            buffers += proc.buffers.size();
        }
        return new DriverStats(objects.active(Kind.PROC), objects.active(Kind.THREAD), objects.active(Kind.NODE),
                objects.active(Kind.REF), objects.active(Kind.DEATH), objects.active(Kind.TRANSACTION), buffers,
                objects.active(Kind.FILE));
    }

    /** Protocol misuse the driver logged and ignored since it started (binder's user errors). */
    public long userErrorCount() {
        return context.userErrors.count();
    }

    private void checkOwn(BinderProc proc) {
        if (proc.context != context) {
            throw new IllegalArgumentException(proc + " belongs to another driver");
        }
    }

    private void checkLive(BinderProc proc) {
        checkOwn(proc);
        if (proc.dead) {
            throw new IllegalArgumentException(proc + " was released");
        }
    }

    private void checkLive(BinderThread thread) {
        checkLive(thread.proc());
        if (thread.dead) {
            throw new IllegalArgumentException(thread + " was released");
        }
    }
}
