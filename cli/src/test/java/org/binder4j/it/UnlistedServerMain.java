package org.binder4j.it;

import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.ServiceManager;

/**
 * A peer whose {@link TestService} never goes through the service manager: it hands it to the test's
 * registry object (the service args[0], a TestService that keeps what HOLD sends it). Once it dies and
 * the test drops its proxies, nothing in the driver refers to it any more.
 */
public final class UnlistedServerMain {
    static final String READY = "unlisted-server ready ";

    private UnlistedServerMain() {}

    public static void main(String[] args) throws Exception {
        BinderRuntime runtime = BinderRuntime.get();
        IBinder registry = ServiceManager.checkService(args[0]);
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        data.writeInterfaceToken(TestService.DESCRIPTOR);
        data.writeStrongBinder(new TestService());
        registry.transact(TestService.HOLD, data, reply, 0);
        data.recycle();
        reply.recycle();
        System.out.println(READY + runtime.pid());
        System.out.flush();
        runtime.joinThreadPool();
    }
}
