package org.binder4j;

/**
 * Finding and publishing services by name through the context manager of the
 * {@link BinderRuntime#get() default runtime}. For another runtime use
 * {@link #of(BinderRuntime)}.
 */
public final class ServiceManager {
    private ServiceManager() {}

    /** The service manager as seen from {@code runtime}. */
    public static IServiceManager of(BinderRuntime runtime) {
        return IServiceManager.Stub.asInterface(runtime.getContextObject());
    }

    /** The service manager of the default runtime. */
    public static IServiceManager getIServiceManager() {
        return of(BinderRuntime.get());
    }

    /** The service registered under {@code name}, or null. */
    public static IBinder getService(String name) throws RemoteException {
        return getIServiceManager().getService(name);
    }

    /** The service registered under {@code name}, or null; never waits. */
    public static IBinder checkService(String name) throws RemoteException {
        return getIServiceManager().checkService(name);
    }

    /** Publishes {@code service} under {@code name} with default dump priority, not for isolated callers. */
    public static void addService(String name, IBinder service) throws RemoteException {
        getIServiceManager().addService(name, service, false, IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT);
    }

    /** Every registered name, sorted. */
    public static String[] listServices() throws RemoteException {
        return getIServiceManager().listServices(IServiceManager.DUMP_FLAG_PRIORITY_ALL);
    }
}
