package org.binder4j.it;

import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.ServiceManager;

/**
 * A client process for the death tests: looks up the service args[1] and then, by args[0], links to its
 * death and says when it died ("link"), only holds a reference ("hold"), or calls BLOCK on it and waits
 * there ("block"). Prints {@link #READY} with its pid once it is in that state.
 */
public final class TestClientMain {
    static final String READY = "test-client ready ";
    static final String DIED = "test-client saw the death";

    /** Keeps the reference for as long as the process lives. */
    private static volatile IBinder service;

    private TestClientMain() {}

    public static void main(String[] args) throws Exception {
        BinderRuntime runtime = BinderRuntime.get();
        service = ServiceManager.checkService(args[1]);
        if (service == null) {
            throw new IllegalStateException("service " + args[1] + " is not registered");
        }
        switch (args[0]) {
            case "link" -> service.linkToDeath(() -> say(DIED), 0);
            case "hold" -> {}
            case "block" -> {
                say(READY + runtime.pid());
                Parcel data = Parcel.obtain();
                data.writeInterfaceToken(TestService.DESCRIPTOR);
                service.transact(TestService.BLOCK, data, null, 0);
                throw new IllegalStateException("BLOCK returned: this process should have been killed meanwhile");
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0] + ": link, hold or block");
        }
        say(READY + runtime.pid());
        Thread.currentThread().join();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
