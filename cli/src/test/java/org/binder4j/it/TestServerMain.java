package org.binder4j.it;

import org.binder4j.BinderRuntime;
import org.binder4j.ServiceManager;

/** A peer process for the cross-process suite: publishes a {@link TestService} under args[0]. */
public final class TestServerMain {
    /** What a peer prints, followed by its pid, once it serves. */
    public static final String READY = "test-server ready ";

    private TestServerMain() {}

    public static void main(String[] args) throws Exception {
        BinderRuntime runtime = BinderRuntime.get();
        ServiceManager.addService(args[0], new TestService());
        System.out.println(READY + runtime.pid());
        System.out.flush();
        runtime.joinThreadPool();
    }
}
