package org.binder4j.servicemanager;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.binder4j.BinderProxy;
import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.protocol.DriverSession;
import org.binder4j.servicemanager.policy.PolicyException;
import org.binder4j.sys.Os;

/**
 * Runs the service manager as a binder process over {@code session}: context manager, registered as
 * {@value ServiceManagerService#SELF_NAME}, served by one binder thread, with a timer thread for the
 * periodic client check ({@link ServiceManagerConfig#clientCheckPeriodMs()}). Its uid, for the policy's
 * {@code uid=self} and for who may reload, is the uid this JVM runs as.
 */
public final class ServiceManagerHost implements AutoCloseable {
    private final BinderRuntime runtime;
    private final PolicyHolder policy;
    private final Thread looper;
    private final ScheduledExecutorService timer;

    private ServiceManagerHost(BinderRuntime runtime, PolicyHolder policy, Thread looper, ScheduledExecutorService timer) {
        this.runtime = runtime;
        this.policy = policy;
        this.looper = looper;
        this.timer = timer;
    }

    /** Starts serving with the built-in policy and the defaults of {@link ServiceManagerConfig#defaults()}. */
    public static ServiceManagerHost start(DriverSession session) {
        try {
            return start(session, ServiceManagerConfig.defaults());
        } catch (PolicyException e) {
            throw new IllegalStateException("the built-in policy failed: " + e.getMessage(), e);
        }
    }

    /**
     * Starts serving. The policy file is read first: with a bad one nothing starts.
     *
     * @throws PolicyException if the policy file cannot be used, with its errors ({@code FILE:LINE: ...});
     *     the session is then closed
     * @throws IllegalStateException if another process is the context manager, or the first one had
     *     another uid
     */
    public static ServiceManagerHost start(DriverSession session, ServiceManagerConfig config) throws PolicyException {
        int ownUid = Os.geteuid();
        PolicyHolder policy;
        try {
            policy = new PolicyHolder(config.policyFile(), ownUid, config.log());
        } catch (PolicyException e) {
            session.close();
            throw e;
        }
        BinderRuntime runtime = BinderRuntime.create(session);
        runtime.setMaxThreads(0);
        ServiceManagerService service = new ServiceManagerService(ownUid, policy, binder -> holders(runtime, binder),
                config.log());
        if (!runtime.becomeContextManager(service)) {
            runtime.close();
            throw new IllegalStateException("cannot become the context manager: another process is one, or the"
                    + " first one had another uid (the driver keeps that uid)");
        }
        service.registerSelf(runtime.pid());
        Thread looper = Thread.ofPlatform().name("servicemanager").daemon(true).start(runtime::joinThreadPool);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                task -> Thread.ofPlatform().name("servicemanager-clients").daemon(true).unstarted(task));
        long period = config.clientCheckPeriodMs();
        timer.scheduleAtFixedRate(() -> checkClients(service, config.log()), period, period, TimeUnit.MILLISECONDS);
        return new ServiceManagerHost(runtime, policy, looper, timer);
    }

    /** Processes holding a strong reference to a registered binder; the manager's own object has only itself. */
    private static int holders(BinderRuntime runtime, IBinder binder) {
        return binder instanceof BinderProxy proxy ? runtime.getStrongRefProcsForNode(proxy) : 1;
    }

    /** A failed check must not end the timer: it is logged and the next one runs. */
    private static void checkClients(ServiceManagerService service, ServiceManagerLog log) {
        try {
            service.checkClients();
        } catch (RuntimeException e) {
            log.warn("client check failed: " + e);
        }
    }

    public BinderRuntime runtime() {
        return runtime;
    }

    /**
     * Reads the policy file again and puts it in force (what SIGHUP does to the daemon).
     *
     * @return what is in force now, for the log or the operator
     * @throws PolicyException if the file cannot be used; the previous policy stays in force
     */
    public String reloadPolicy() throws PolicyException {
        return policy.reload();
    }

    /** Waits until the service manager stops serving: it was closed, or the driver went away. */
    public void awaitStop() throws InterruptedException {
        looper.join();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        runtime.close();
        try {
            looper.join(5_000);
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
