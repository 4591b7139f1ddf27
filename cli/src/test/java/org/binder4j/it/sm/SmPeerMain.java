package org.binder4j.it.sm;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.binder4j.Binder;
import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.IClientCallback;
import org.binder4j.IServiceCallback;
import org.binder4j.IServiceManager;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.binder4j.it.TestServerMain;

/**
 * A peer JVM for the service-manager tests: args[0] is the name of the test's {@link PeerDirectory},
 * args[1] this peer's label. It says hello to the directory with its control object, prints
 * {@link TestServerMain#READY} and its pid, and does what the test asks ({@link PeerProtocol}) until it
 * is killed. It uses nothing but binder4j, so it also runs under uids that cannot read the test's
 * libraries.
 */
public final class SmPeerMain {
    private SmPeerMain() {}

    public static void main(String[] args) throws Exception {
        BinderRuntime runtime = BinderRuntime.get();
        runtime.startThreadPool();
        IBinder directory = ServiceManager.checkService(args[0]);
        if (directory == null) {
            throw new IllegalStateException("the test's peer directory '" + args[0] + "' is not registered");
        }
        Control control = new Control(ServiceManager.of(runtime), directory, args[1]);
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        try {
            data.writeInterfaceToken(PeerProtocol.DIRECTORY_DESCRIPTOR);
            data.writeString(args[1]);
            data.writeStrongBinder(control);
            directory.transact(PeerProtocol.HELLO, data, reply, 0);
        } finally {
            reply.recycle();
            data.recycle();
        }
        System.out.println(TestServerMain.READY + runtime.pid());
        System.out.flush();
        Thread.currentThread().join();
    }

    /** The peer's control object; its state is guarded by itself. */
    private static final class Control extends Binder {
        private static final int MAX_COLLECTIONS = 100;

        private final IServiceManager manager;
        private final IBinder directory;
        private final String label;
        private final AtomicInteger serial = new AtomicInteger();
        private final Map<String, IBinder> registered = new HashMap<>();
        private final Map<String, IBinder> held = new HashMap<>();

        Control(IServiceManager manager, IBinder directory, String label) {
            super(PeerProtocol.CONTROL_DESCRIPTOR);
            this.manager = manager;
            this.directory = directory;
            this.label = label;
        }

        @Override
        protected synchronized boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
            if (code < PeerProtocol.ADD || code > PeerProtocol.WATCH) {
                return super.onTransact(code, data, reply, flags);
            }
            data.enforceInterface(PeerProtocol.CONTROL_DESCRIPTOR);
            switch (code) {
                case PeerProtocol.ADD -> {
                    String name = data.readString();
                    int dumpPriority = data.readInt();
                    boolean clientCallback = data.readBoolean();
                    String descriptor = PeerProtocol.NAMED_PREFIX + label + "#" + serial.incrementAndGet();
                    Binder service = new Binder(descriptor);
                    manager.addService(name, service, false, dumpPriority);
                    registered.put(name, service);
                    if (clientCallback) {
                        manager.registerClientCallback(name, service, new ClientEvents(name));
                    }
                    reply.writeNoException();
                    reply.writeString(descriptor);
                }
                case PeerProtocol.FIND -> {
                    boolean found = manager.checkService(data.readString()) != null;
                    reply.writeNoException();
                    reply.writeBoolean(found);
                }
                case PeerProtocol.LIST -> {
                    String[] names = manager.listServices(data.readInt());
                    reply.writeNoException();
                    reply.writeStringArray(names);
                }
                case PeerProtocol.HOLD -> {
                    String name = data.readString();
                    IBinder service = manager.checkService(name);
                    if (service != null) {
                        held.put(name, service);
                    }
                    reply.writeNoException();
                    reply.writeBoolean(service != null);
                }
                case PeerProtocol.DROP -> {
                    drop(data.readString());
                    reply.writeNoException();
                }
                case PeerProtocol.TRY_UNREGISTER -> {
                    String name = data.readString();
                    IBinder service = registered.containsKey(name) ? registered.get(name) : held.get(name);
                    manager.tryUnregisterService(name, service);
                    reply.writeNoException();
                }
                default -> {
                    manager.registerForNotifications(data.readString(), new RegistrationEvents());
                    reply.writeNoException();
                }
            }
            return true;
        }

        /** Forgets the held reference and collects it, so that its proxy gives the driver its reference back. */
        private void drop(String name) {
            WeakReference<IBinder> reference = new WeakReference<>(held.remove(name));
            for (int i = 0; reference.get() != null; i++) {
                if (i == MAX_COLLECTIONS) {
                    throw new IllegalStateException("the reference to '" + name + "' survived " + i + " collections");
                }
                System.gc();
            }
        }

        void report(String event) {
            Parcel data = Parcel.obtain();
            try {
                data.writeInterfaceToken(PeerProtocol.DIRECTORY_DESCRIPTOR);
                data.writeString(label);
                data.writeString(event);
                directory.transact(PeerProtocol.EVENT, data, null, IBinder.FLAG_ONEWAY);
            } catch (RemoteException e) {
                throw new IllegalStateException("the test's peer directory is gone", e);
            } finally {
                data.recycle();
            }
        }

        private final class ClientEvents extends IClientCallback.Stub {
            private final String name;

            ClientEvents(String name) {
                this.name = name;
            }

            @Override
            public void onClients(IBinder registered, boolean hasClients) {
                report("onClients " + name + " " + hasClients);
            }
        }

        private final class RegistrationEvents extends IServiceCallback.Stub {
            @Override
            public void onRegistration(String name, IBinder binder) throws RemoteException {
                report("onRegistration " + name + " " + binder.getInterfaceDescriptor());
            }
        }
    }
}
