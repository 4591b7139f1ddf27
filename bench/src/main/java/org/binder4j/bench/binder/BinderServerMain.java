package org.binder4j.bench.binder;

import org.binder4j.BinderRuntime;
import org.binder4j.ServiceManager;
import org.binder4j.bench.harness.ChildProtocol;
import org.binder4j.bench.harness.ParentLink;

/** The binder4j server JVM: registers {@link IBench} with the service manager and serves it. */
public final class BinderServerMain {
    private BinderServerMain() {}

    public static void main(String[] args) throws Exception {
        ParentLink.start();
        BinderRuntime runtime = BinderRuntime.get();
        ServiceManager.addService(IBench.SERVICE_NAME, new BenchService());
        // Two threads from the start: awaitPings blocks one while oneway pings keep arriving.
        runtime.startThreadPool();
        ChildProtocol.say(ChildProtocol.READY);
        runtime.joinThreadPool();
    }
}
