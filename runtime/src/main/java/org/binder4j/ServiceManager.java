package org.binder4j;

/**
 * Finding and publishing services by name through the context manager of the
 * {@link BinderRuntime#get() default runtime}. For another runtime use {@link #of(BinderRuntime)} and
 * {@link #waitForService(IServiceManager, String, long)}.
 *
 * <h2>Three lookups</h2>
 * <ul>
 * <li>{@link #checkService(String)} never waits: the service, or null.
 * <li>{@link #getService(String)} waits up to {@value #GET_SERVICE_TIMEOUT_MS} ms for the name to be
 *     registered, as libbinder's C++ {@code getService} does. (Android's Java
 *     {@code ServiceManager.getService} does not wait; binder4j follows C++ here so that a client started
 *     just before its server finds it.)
 * <li>{@link #waitForService(String)} waits as long as it takes.
 * </ul>
 * The waiting lookups register a registration callback with the service manager rather than polling,
 * so they return as soon as the name is registered; the callback arrives on this process's binder
 * thread pool, which starts by itself. A lookup the access policy denies throws
 * {@link SecurityException}; when the service manager dies during a wait, the wait throws
 * {@link DeadObjectException}. To follow a service across restarts, use {@link ServiceConnector}.
 */
public final class ServiceManager {
    /** How long {@link #getService(String)} waits, as libbinder's. */
    public static final long GET_SERVICE_TIMEOUT_MS = 5_000;

    private ServiceManager() {}

    /** The service manager as seen from {@code runtime}. */
    public static IServiceManager of(BinderRuntime runtime) {
        return IServiceManager.Stub.asInterface(runtime.getContextObject());
    }

    /** The service manager of the default runtime. */
    public static IServiceManager getIServiceManager() {
        return of(BinderRuntime.get());
    }

    /** The service registered under {@code name}, or null; never waits. */
    public static IBinder checkService(String name) throws RemoteException {
        return getIServiceManager().checkService(name);
    }

    /**
     * The service registered under {@code name}, waiting up to {@value #GET_SERVICE_TIMEOUT_MS} ms for it
     * to be registered; null if it was not, or if the thread was interrupted (its flag stays set).
     *
     * @throws IllegalArgumentException for an invalid name, which can never be registered
     */
    public static IBinder getService(String name) throws RemoteException {
        return waitForService(getIServiceManager(), name, GET_SERVICE_TIMEOUT_MS);
    }

    /**
     * The service registered under {@code name}, waiting for as long as it takes; null only if the thread
     * was interrupted (its flag stays set).
     *
     * @throws IllegalArgumentException for an invalid name, which can never be registered
     */
    public static IBinder waitForService(String name) throws RemoteException {
        return waitForService(getIServiceManager(), name, -1);
    }

    /**
     * The service registered under {@code name} with {@code manager}, waiting up to {@code timeoutMs}
     * (0: not at all, negative: no limit) for it to be registered; null if it was not in time, or if the
     * thread was interrupted (its flag stays set).
     *
     * @throws IllegalArgumentException for an invalid name, which can never be registered
     * @throws DeadObjectException if the service manager died during the wait
     */
    public static IBinder waitForService(IServiceManager manager, String name, long timeoutMs) throws RemoteException {
        return ServiceWaiter.await(manager, name, timeoutMs);
    }

    /** Publishes {@code service} under {@code name} with default dump priority, not for isolated callers. */
    public static void addService(String name, IBinder service) throws RemoteException {
        addService(name, service, false, IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT);
    }

    /** Publishes {@code service}; see {@link IServiceManager#addService}. */
    public static void addService(String name, IBinder service, boolean allowIsolated, int dumpPriority)
            throws RemoteException {
        getIServiceManager().addService(name, service, allowIsolated, dumpPriority);
    }

    /** Every registered name the caller may find, sorted. */
    public static String[] listServices() throws RemoteException {
        return getIServiceManager().listServices(IServiceManager.DUMP_FLAG_PRIORITY_ALL);
    }
}
