package org.binder4j.servicemanager;

import org.binder4j.BinderRuntime;
import org.binder4j.IServiceManager;
import org.binder4j.RemoteException;
import org.binder4j.protocol.DriverSession;

/**
 * Runs the service manager as a binder process over {@code session}: context manager, registered as
 * {@value ServiceManagerService#SELF_NAME}, served by one thread.
 */
public final class ServiceManagerHost implements AutoCloseable {
    private final BinderRuntime runtime;
    private final Thread looper;

    private ServiceManagerHost(BinderRuntime runtime, Thread looper) {
        this.runtime = runtime;
        this.looper = looper;
    }

    /**
     * Starts serving.
     *
     * @throws IllegalStateException if another process is the context manager, or the first one had
     *     another uid
     */
    public static ServiceManagerHost start(DriverSession session) {
        BinderRuntime runtime = BinderRuntime.create(session);
        runtime.setMaxThreads(0);
        ServiceManagerService service = new ServiceManagerService();
        if (!runtime.becomeContextManager(service)) {
            runtime.close();
            throw new IllegalStateException("cannot become the context manager: another process is one, or the"
                    + " first one had another uid (the driver keeps that uid)");
        }
        try {
            service.addService(ServiceManagerService.SELF_NAME, service, false, IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT);
        } catch (RemoteException e) {
            throw new IllegalStateException("cannot register the service manager itself", e);
        }
        Thread looper = Thread.ofPlatform().name("servicemanager").daemon(true).start(runtime::joinThreadPool);
        return new ServiceManagerHost(runtime, looper);
    }

    public BinderRuntime runtime() {
        return runtime;
    }

    /** Waits until the service manager stops serving: it was closed, or the driver went away. */
    public void awaitStop() throws InterruptedException {
        looper.join();
    }

    @Override
    public void close() {
        runtime.close();
        try {
            looper.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
