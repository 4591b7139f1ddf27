package org.binder4j;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.binder4j.internal.daemon.DaemonDriverSession;
import org.binder4j.protocol.DriverSession;
import org.binder4j.protocol.DriverThread;
import org.binder4j.protocol.Errno;
import org.binder4j.protocol.NodeInfoForRef;
import org.binder4j.protocol.ProtocolVersion;
import org.binder4j.protocol.wire.SocketPaths;

/**
 * This process's connection to the binder driver (libbinder's ProcessState): its receive area, its
 * local objects held for other processes, its proxies, and its binder thread pool.
 *
 * <p>Most programs use the {@link #get() default runtime}, which connects to the binder4j daemon at
 * {@link SocketPaths#resolve()}. Embedders and tests may create others over any
 * {@link DriverSession}, for instance an in-process driver.
 *
 * <p>The thread pool starts when {@link #startThreadPool()} is called, or by itself the first time the
 * process sends a local object or links to a death, since both need a thread to receive calls.
 */
public final class BinderRuntime implements AutoCloseable {
    /** Threads the driver may ask this process to spawn, as libbinder's DEFAULT_MAX_BINDER_THREADS. */
    public static final int DEFAULT_MAX_THREADS = 15;

    private static volatile BinderRuntime defaultRuntime;

    private final DriverSession session;
    private final MemorySegment receiveArea;
    private final ThreadLocal<ThreadState> threadStates = new ThreadLocal<>();
    private final NodeTable nodes = new NodeTable();
    private final ProxyTable proxies = new ProxyTable(this);
    private final ConcurrentHashMap<Long, BinderProxy> deathWatches = new ConcurrentHashMap<>();
    private final AtomicLong nextDeathCookie = new AtomicLong(1);
    private final AtomicInteger threadSeq = new AtomicInteger();
    private final Parcel.BufferReleaser bufferReleaser = dataOffset -> threadState().freeBuffer(dataOffset);
    private final Object housekeepingLock = new Object();
    private ThreadState housekeeping;
    private volatile Binder contextManagerObject;
    private volatile boolean poolStarted;
    private volatile boolean closed;
    private final AtomicBoolean driverGone = new AtomicBoolean();

    private BinderRuntime(DriverSession session) {
        if (session.protocolVersion() != ProtocolVersion.BINDER) {
            throw new IllegalStateException("driver speaks binder protocol " + session.protocolVersion()
                    + ", this runtime speaks " + ProtocolVersion.BINDER);
        }
        this.session = session;
        this.receiveArea = session.receiveArea();
        session.setMaxThreads(DEFAULT_MAX_THREADS);
    }

    /** A runtime over {@code session}; closing the runtime closes the session. */
    public static BinderRuntime create(DriverSession session) {
        return new BinderRuntime(session);
    }

    /**
     * The process's default runtime, connected on first use to the daemon at
     * {@link SocketPaths#resolve()}.
     *
     * @throws IllegalStateException with the socket path when no daemon answers there
     */
    public static BinderRuntime get() {
        BinderRuntime runtime = defaultRuntime;
        if (runtime == null) {
            synchronized (BinderRuntime.class) {
                runtime = defaultRuntime;
                if (runtime == null) {
                    runtime = new BinderRuntime(DaemonDriverSession.connect(SocketPaths.resolve(), processName()));
                    defaultRuntime = runtime;
                }
            }
        }
        return runtime;
    }

    /** Makes {@code runtime} the one {@link #get()} returns (embedding, tests). */
    public static synchronized void setDefault(BinderRuntime runtime) {
        defaultRuntime = runtime;
    }

    /** The pid the driver knows this process by. */
    public int pid() {
        return session.pid();
    }

    /** The context manager (the service manager) as seen from this process: handle 0. */
    public IBinder getContextObject() {
        Binder local = contextManagerObject;
        return local != null ? local : proxies.get(0);
    }

    /**
     * Makes this process the context manager, with {@code object} answering on handle 0.
     *
     * @return false if another process is the context manager, or one of another uid was
     */
    public boolean becomeContextManager(Binder object) {
        contextManagerObject = object;
        if (session.becomeContextManager() != 0) {
            contextManagerObject = null;
            return false;
        }
        object.markContextManager();
        return true;
    }

    /** How many threads the driver may ask this process to spawn (default {@value #DEFAULT_MAX_THREADS}). */
    public void setMaxThreads(int maxThreads) {
        if (maxThreads < 0) {
            throw new IllegalArgumentException("maxThreads " + maxThreads + " < 0");
        }
        session.setMaxThreads(maxThreads);
    }

    /** Starts the binder thread pool (once). */
    public void startThreadPool() {
        synchronized (this) {
            if (poolStarted) {
                return;
            }
            poolStarted = true;
        }
        spawnPooledThread(true);
    }

    /** Makes the calling thread serve incoming calls until the runtime closes. */
    public void joinThreadPool() {
        poolStarted = true;
        threadState().joinThreadPool(true);
    }

    /**
     * The driver's strong count of the remote object behind {@code proxy} (libbinder's
     * {@code ProcessState::getStrongRefCountForNode}): one per process holding a strong reference to it,
     * this one included, plus one per transaction or buffer in flight that holds it. Only the context
     * manager may ask.
     *
     * @throws IllegalStateException if this process is not the context manager, or the driver is gone
     * @throws IllegalArgumentException if {@code proxy} belongs to another runtime
     */
    public int getStrongRefCountForNode(BinderProxy proxy) {
        return nodeInfo(proxy).strongCount;
    }

    /**
     * How many processes hold a strong reference to the remote object behind {@code proxy}, this one
     * included; unlike {@link #getStrongRefCountForNode} nothing in flight counts. Only the context
     * manager may ask: it is how the service manager tells whether a service has clients.
     *
     * @throws IllegalStateException if this process is not the context manager, or the driver is gone
     * @throws IllegalArgumentException if {@code proxy} belongs to another runtime
     */
    public int getStrongRefProcsForNode(BinderProxy proxy) {
        return nodeInfo(proxy).strongRefProcs;
    }

    private NodeInfoForRef nodeInfo(BinderProxy proxy) {
        if (proxy.runtime() != this) {
            throw new IllegalArgumentException(proxy + " belongs to the runtime of another process");
        }
        NodeInfoForRef info = new NodeInfoForRef();
        info.handle = proxy.handle();
        int status = session.getNodeInfoForRef(info);
        if (status != 0) {
            throw new IllegalStateException("the driver refused the node counts of handle " + proxy.handle() + ": "
                    + Errno.name(status) + (status == -Errno.EPERM ? " (only the context manager may ask)" : ""));
        }
        return info;
    }

    /** Text of one of the driver's debug views ("state", "stats", "transactions", ...). */
    public String debugView(String name) {
        return session.debugView(name);
    }

    /** Number of proxies alive in this process. */
    public int proxyCount() {
        return proxies.size();
    }

    /** Number of local objects other processes hold references to. */
    public int exportedObjectCount() {
        return nodes.size();
    }

    public boolean isClosed() {
        return closed;
    }

    /** Disconnects from the driver: other processes see this process die. */
    @Override
    public void close() {
        closed = true;
        session.close();
        synchronized (BinderRuntime.class) {
            if (defaultRuntime == this) {
                defaultRuntime = null;
            }
        }
    }

    ThreadState threadState() {
        ThreadState state = threadStates.get();
        if (state == null) {
            if (closed) {
                throw new IllegalStateException("binder runtime of pid " + pid() + " is closed");
            }
            DriverThread thread = session.openThread();
            state = new ThreadState(this, thread);
            threadStates.set(state);
            ThreadExits.closeWhenGone(Thread.currentThread(), thread);
        }
        return state;
    }

    /** Frees the received buffers of recycled parcels, from whichever thread recycles them. */
    Parcel.BufferReleaser bufferReleaser() {
        return bufferReleaser;
    }

    MemorySegment receiveArea() {
        return receiveArea;
    }

    NodeTable nodes() {
        return nodes;
    }

    BinderProxy proxyForHandle(int handle) {
        return proxies.get(handle);
    }

    Binder contextManagerObject() {
        return contextManagerObject;
    }

    void spawnPooledThread(boolean isMain) {
        String name = "binder:" + pid() + "_" + Integer.toHexString(threadSeq.incrementAndGet());
        Thread thread = Thread.ofPlatform().name(name).daemon(true).unstarted(() -> {
            try {
                threadState().joinThreadPool(isMain);
            } catch (RuntimeException e) {
                if (!closed) {
                    RuntimeLog.warn("binder thread " + Thread.currentThread().getName() + " failed", e);
                }
            }
        });
        thread.start();
    }

    /** A local object is about to leave the process: someone must be there to receive its calls. */
    void onLocalObjectSent() {
        if (!poolStarted) {
            startThreadPool();
        }
    }

    long requestDeathNotification(BinderProxy proxy) {
        onLocalObjectSent();
        long cookie = nextDeathCookie.getAndIncrement();
        deathWatches.put(cookie, proxy);
        threadState().requestDeathNotification(proxy.handle(), cookie);
        return cookie;
    }

    void clearDeathNotification(BinderProxy proxy, long cookie) {
        threadState().clearDeathNotification(proxy.handle(), cookie);
    }

    void deliverDeath(long cookie) {
        BinderProxy proxy = deathWatches.get(cookie);
        if (proxy != null) {
            threadState().clearDeathNotification(proxy.handle(), cookie);
            proxy.sendObituary();
        }
    }

    /**
     * The driver went away (the daemon stopped or dropped this process) without this runtime closing:
     * every object this process watches is as dead as its process, so each linked recipient is told once,
     * here, rather than waiting for news that cannot come.
     */
    void driverGone() {
        if (closed || !driverGone.compareAndSet(false, true)) {
            return;
        }
        RuntimeLog.warn("lost the binder driver of pid " + pid() + ": every remote object is dead to this process");
        for (BinderProxy proxy : deathWatches.values()) {
            proxy.sendObituary();
        }
        deathWatches.clear();
    }

    void deathNotificationCleared(long cookie) {
        deathWatches.remove(cookie);
    }

    /** Gives back the references of a collected proxy, from whatever thread the cleaner runs on. */
    void releaseHandle(int handle) {
        if (closed) {
            return;
        }
        synchronized (housekeepingLock) {
            if (housekeeping == null) {
                housekeeping = new ThreadState(this, session.openThread());
            }
            housekeeping.releaseHandle(handle);
        }
    }

    private static String processName() {
        return ProcessHandle.current().info().command().map(c -> c.substring(c.lastIndexOf('/') + 1)).orElse("java");
    }
}
