package org.binder4j.it;

import org.binder4j.BinderRuntime;

/**
 * Where the behavioural suite runs: a driver with its service manager, the test's own binder process
 * (the client), and peer processes that publish a {@link TestService}.
 */
public interface BinderWorld extends AutoCloseable {

    /** The test's own binder process. */
    BinderRuntime client();

    /** Starts a peer process that publishes a {@link TestService} under {@code name}; returns its pid. */
    int startPeer(String name) throws Exception;

    /**
     * Starts a peer like {@link #startPeer(String)} whose binder thread pool is one looper plus at most
     * {@code maxThreads} threads spawned on the driver's request; returns its pid.
     */
    int startPeer(String name, int maxThreads) throws Exception;

    /** Opens another binder process whose threads are this JVM's; the world closes it. */
    BinderRuntime openProcess(String name);

    /** Kills the peer with {@code pid} without warning (SIGKILL, or closing its session). */
    void kill(int pid) throws Exception;

    /** The driver's debug view {@code name}. */
    String debugView(String name);

    @Override
    void close() throws Exception;
}
