package org.binder4j.it.fd;

import org.binder4j.BinderRuntime;
import org.binder4j.ServiceManager;
import org.binder4j.it.TestServerMain;

/**
 * A peer JVM publishing an {@link FdService} under args[0], served by its main thread alone: no pool
 * thread ever opens a connection, so its descriptor count only moves with what the tests do.
 */
public final class FdServerMain {
    private FdServerMain() {}

    public static void main(String[] args) throws Exception {
        BinderRuntime runtime = BinderRuntime.get();
        runtime.setMaxThreads(0);
        ServiceManager.addService(args[0], new FdService());
        System.out.println(TestServerMain.READY + runtime.pid());
        System.out.flush();
        runtime.joinThreadPool();
    }
}
