package org.binder4j.it.fd;

import org.binder4j.BinderRuntime;
import org.binder4j.ServiceManager;
import org.binder4j.it.TestServerMain;

/**
 * A peer JVM publishing an {@link FdService} under args[0], served by one pool thread alone: calls are
 * handled one after the other, and no other pool thread ever opens a connection, so the descriptor count
 * only moves with what the tests do.
 */
public final class FdServerMain {
    private FdServerMain() {}

    public static void main(String[] args) throws Exception {
        BinderRuntime runtime = BinderRuntime.get();
        runtime.setMaxThreads(0);
        runtime.startThreadPool();
        ServiceManager.addService(args[0], new FdService());
        System.out.println(TestServerMain.READY + runtime.pid());
        System.out.flush();
        // The pool thread serves until the test stops this JVM.
        Thread.currentThread().join();
    }
}
