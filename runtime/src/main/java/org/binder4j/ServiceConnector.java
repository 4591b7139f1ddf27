package org.binder4j;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a connection to a service by name, as Android's {@code ServiceConnection} does for bound
 * services: it waits for the name to be registered, tells its {@link Callback} when the service is
 * there, links to the service's death, tells when it is gone, and connects again when the name is
 * registered again (the server restarted). No polling: the service manager's registration callbacks
 * ({@link IServiceManager#registerForNotifications}) and the driver's death notifications drive it.
 *
 * <pre>{@code
 * try (ServiceConnector connector = ServiceConnector.connect("com.example.clock", new ServiceConnector.Callback() {
 *     public void onServiceConnected(String name, IBinder service) { clock = IClock.Stub.asInterface(service); }
 *     public void onServiceDisconnected(String name) { clock = null; }
 * })) {
 *     ...
 * }
 * }</pre>
 *
 * <h2>Events</h2>
 * {@code onServiceConnected} comes when the name is registered (at once if it already is), with the
 * registered binder. {@code onServiceDisconnected} comes when that binder's process dies, or just before
 * {@code onServiceConnected} with the new binder when the name is registered again with another one.
 * Connected and disconnected alternate, starting with connected. After {@link #close()} returns, no
 * more calls come (and closing does not call {@code onServiceDisconnected}, as unbinding does not on
 * Android).
 *
 * <h2 id="threads">Threads</h2>
 * The callback runs on the connector's own thread, {@code binder4j-connector:<name>}, one call at a
 * time, in the order of the events. It is not a binder thread: a callback may call the service, and
 * may block, without holding up the process's incoming calls (later events wait). It may close the
 * connector. Exceptions it throws are logged and do not stop the connector.
 *
 * <h2>Limits</h2>
 * The connection is to one service manager: if the service manager itself dies, no more registrations
 * are seen; {@link #isServiceManagerAlive()} tells.
 */
public final class ServiceConnector implements AutoCloseable {
    private final String name;
    private final Callback callback;
    private final IServiceManager manager;
    private final ExecutorService events;
    private volatile Thread eventsThread;
    private final Listener listener = new Listener();
    /** The connected service; written on the events thread only. */
    private volatile IBinder service;
    private volatile boolean closed;

    /** What a connector tells; see <a href="#threads">Threads</a>. */
    public interface Callback {
        /** {@code service} is registered under {@code name} and alive. */
        void onServiceConnected(String name, IBinder service);

        /** The service given to the last {@link #onServiceConnected} is gone. */
        void onServiceDisconnected(String name);
    }

    private ServiceConnector(String name, Callback callback, IServiceManager manager) {
        this.name = name;
        this.callback = callback;
        this.manager = manager;
        this.events = Executors.newSingleThreadExecutor(task -> {
            eventsThread = Thread.ofPlatform().name("binder4j-connector:" + name).daemon(true).unstarted(task);
            return eventsThread;
        });
    }

    /** Connects to {@code name} through the service manager of the default runtime. */
    public static ServiceConnector connect(String name, Callback callback) throws RemoteException {
        return connect(BinderRuntime.get(), name, callback);
    }

    /**
     * Connects to {@code name} through the service manager of {@code runtime}; the callback's first call
     * comes once the name is registered.
     *
     * @throws SecurityException if the policy does not let this process find {@code name}
     * @throws IllegalArgumentException for an invalid name
     */
    public static ServiceConnector connect(BinderRuntime runtime, String name, Callback callback) throws RemoteException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(callback, "callback");
        ServiceConnector connector = new ServiceConnector(name, callback, ServiceManager.of(runtime));
        try {
            connector.manager.registerForNotifications(name, connector.listener);
        } catch (RemoteException | RuntimeException e) {
            connector.events.shutdownNow();
            throw e;
        }
        return connector;
    }

    public String name() {
        return name;
    }

    /** The connected service, or null while there is none. */
    public IBinder service() {
        return service;
    }

    /** Whether the service manager this connector listens to is still there. */
    public boolean isServiceManagerAlive() {
        return manager.asBinder().isBinderAlive();
    }

    /**
     * Stops: unregisters from the service manager and lets go of the service. When called from the
     * callback, the rest of that call still runs; otherwise waits (up to 10 s) for a running callback to
     * end. Closing again does nothing.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            manager.unregisterForNotifications(name, listener);
        } catch (RemoteException | RuntimeException e) {
            // The service manager is gone (or dropped the registration with it): nothing left to undo.
        }
        events.execute(this::disconnect);
        events.shutdown();
        if (Thread.currentThread() != eventsThread) {
            try {
                events.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Events thread: the name was registered with {@code binder}. */
    private void registered(IBinder binder) {
        if (closed || binder == service) {
            return;
        }
        if (service != null) {
            disconnect();
            report(() -> callback.onServiceDisconnected(name));
        }
        try {
            binder.linkToDeath(listener, 0);
        } catch (RemoteException e) {
            // Died already: its successor's registration will come.
            return;
        }
        service = binder;
        report(() -> callback.onServiceConnected(name, binder));
    }

    /** Events thread: {@code binder}'s process died. */
    private void died(IBinder binder) {
        if (closed || binder != service) {
            return;
        }
        service = null;
        report(() -> callback.onServiceDisconnected(name));
    }

    /** Events thread: lets go of the connected service without telling. */
    private void disconnect() {
        IBinder current = service;
        if (current != null) {
            service = null;
            current.unlinkToDeath(listener, 0);
        }
    }

    private void report(Runnable call) {
        if (closed) {
            return;
        }
        try {
            call.run();
        } catch (RuntimeException e) {
            RuntimeLog.warn("the callback of the connector to '" + name + "' threw", e);
        }
    }

    /** Hands each event to the events thread: registrations from the service manager, deaths from the driver. */
    private final class Listener extends IServiceCallback.Stub implements IBinder.DeathRecipient {
        @Override
        public void onRegistration(String registeredName, IBinder binder) {
            if (name.equals(registeredName) && binder != null) {
                submit(() -> registered(binder));
            }
        }

        @Override
        public void binderDied() {
            // Never called: a proxy always names the object that died.
        }

        @Override
        public void binderDied(IBinder who) {
            submit(() -> died(who));
        }

        private void submit(Runnable event) {
            if (!closed) {
                try {
                    events.execute(event);
                } catch (RejectedExecutionException e) {
                    // Closed meanwhile: the event no longer matters.
                }
            }
        }
    }
}
