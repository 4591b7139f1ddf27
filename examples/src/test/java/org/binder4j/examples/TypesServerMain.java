package org.binder4j.examples;

import org.binder4j.BinderRuntime;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;

/** The server JVM of {@link CrossProcessTypesTest}: registers a {@link TypesService} and serves it until killed. */
public final class TypesServerMain {
    static final String SERVICE_NAME = "examples.types";
    static final String READY = "types-server ready";

    private TypesServerMain() {}

    public static void main(String[] args) throws RemoteException {
        BinderRuntime runtime = BinderRuntime.get();
        ServiceManager.addService(SERVICE_NAME, new TypesService());
        System.out.println(READY + " " + runtime.pid());
        System.out.flush();
        runtime.joinThreadPool();
    }
}
