package org.binder4j.cli.demo;

import java.io.FileDescriptor;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import org.binder4j.Binder;
import org.binder4j.BinderRuntime;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.binder4j.demo.IDemoCallback;
import org.binder4j.demo.IDemoService;

/** {@code binder4j demo-server}: publishes the demo service and serves it until killed. */
public final class DemoServer extends IDemoService.Stub {
    /** Printed once the service is registered. */
    public static final String READY = "demo-server ready";

    private int recorded;
    private boolean outOfOrder;

    public static int run(String[] args, PrintStream out) throws RemoteException {
        BinderRuntime runtime = BinderRuntime.get();
        ServiceManager.addService(SERVICE_NAME, new DemoServer());
        out.println(READY + ": pid " + runtime.pid() + " registered \"" + SERVICE_NAME + "\"");
        out.flush();
        runtime.joinThreadPool();
        return 0;
    }

    /** What {@code binder4j dumpsys demo.echo} shows. */
    @Override
    protected void dump(FileDescriptor fd, PrintWriter writer, String[] args) {
        writer.println("demo service " + DESCRIPTOR);
        writer.println("  oneway calls recorded: " + recorded() + (recorded() < 0 ? " (one came out of order)" : ""));
        writer.println("  dump arguments: " + Arrays.toString(args));
    }

    @Override
    public int add(int a, int b) {
        return a + b;
    }

    @Override
    public String echo(String text) {
        return text;
    }

    @Override
    public byte[] echoBytes(byte[] payload) {
        return payload;
    }

    @Override
    public String callMeBack(IDemoCallback callback, String message) throws RemoteException {
        return callback.onEvent(message);
    }

    @Override
    public int[] caller() {
        return new int[] {Binder.getCallingPid(), Binder.getCallingUid()};
    }

    @Override
    public synchronized void record(int sequence) {
        if (sequence != recorded) {
            outOfOrder = true;
        }
        recorded++;
    }

    @Override
    public synchronized int recorded() {
        return outOfOrder ? -1 : recorded;
    }
}
