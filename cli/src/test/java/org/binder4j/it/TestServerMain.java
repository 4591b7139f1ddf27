package org.binder4j.it;

import org.binder4j.BinderRuntime;
import org.binder4j.ServiceManager;

/**
 * A peer process for the cross-process suite: publishes a {@link TestService} under args[0]. With
 * args[1], the pool is exactly one looper plus at most that many threads the driver asks for (the main
 * thread only keeps the JVM alive); without it, the main thread joins the default pool as well.
 */
public final class TestServerMain {
    /** What a peer prints, followed by its pid, once it serves. */
    public static final String READY = "test-server ready ";

    private TestServerMain() {}

    public static void main(String[] args) throws Exception {
        BinderRuntime runtime = BinderRuntime.get();
        if (args.length > 1) {
            runtime.setMaxThreads(Integer.parseInt(args[1]));
        }
        runtime.startThreadPool();
        ServiceManager.addService(args[0], new TestService());
        System.out.println(READY + runtime.pid());
        System.out.flush();
        if (args.length > 1) {
            Thread.currentThread().join();
        } else {
            runtime.joinThreadPool();
        }
    }
}
