package org.binder4j.cli.demo;

import static org.binder4j.cli.demo.DemoProtocol.*;

import java.io.FileDescriptor;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import org.binder4j.Binder;
import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;

/** {@code binder4j demo-server}: publishes the demo service and serves it until killed. */
public final class DemoServer extends Binder {
    /** Printed once the service is registered. */
    public static final String READY = "demo-server ready";

    private int recorded;
    private boolean outOfOrder;

    DemoServer() {
        super(DESCRIPTOR);
    }

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
    protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
        switch (code) {
            case ADD -> {
                data.enforceInterface(DESCRIPTOR);
                int sum = data.readInt() + data.readInt();
                reply.writeNoException();
                reply.writeInt(sum);
            }
            case ECHO -> {
                data.enforceInterface(DESCRIPTOR);
                String text = data.readString();
                reply.writeNoException();
                reply.writeString(text);
            }
            case ECHO_BYTES -> {
                data.enforceInterface(DESCRIPTOR);
                byte[] payload = data.createByteArray();
                reply.writeNoException();
                reply.writeByteArray(payload);
            }
            case CALL_ME_BACK -> {
                data.enforceInterface(DESCRIPTOR);
                IBinder callback = data.readStrongBinder();
                String message = data.readString();
                String answer = callBack(callback, message);
                reply.writeNoException();
                reply.writeString(answer);
            }
            case RECORD -> {
                data.enforceInterface(DESCRIPTOR);
                record(data.readInt());
            }
            case RECORDED -> {
                data.enforceInterface(DESCRIPTOR);
                reply.writeNoException();
                reply.writeInt(recorded());
            }
            case CALLER -> {
                data.enforceInterface(DESCRIPTOR);
                reply.writeNoException();
                reply.writeIntArray(new int[] {Binder.getCallingPid(), Binder.getCallingUid()});
            }
            default -> {
                return super.onTransact(code, data, reply, flags);
            }
        }
        return true;
    }

    private static String callBack(IBinder callback, String message) throws RemoteException {
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        try {
            data.writeInterfaceToken(CALLBACK_DESCRIPTOR);
            data.writeString(message);
            callback.transact(ON_EVENT, data, reply, 0);
            reply.readException();
            return reply.readString();
        } finally {
            reply.recycle();
            data.recycle();
        }
    }

    private synchronized void record(int sequence) {
        if (sequence != recorded) {
            outOfOrder = true;
        }
        recorded++;
    }

    private synchronized int recorded() {
        return outOfOrder ? -1 : recorded;
    }
}
