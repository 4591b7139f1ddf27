package org.binder4j;

/**
 * The service manager's interface, {@code android.os.IServiceManager}, with Android 14's transaction
 * codes: the context manager on handle 0 maps names to binder objects. Get it with
 * {@link ServiceManager#getIServiceManager()}.
 */
public interface IServiceManager extends IInterface {
    String DESCRIPTOR = "android.os.IServiceManager";

    /** Dump priorities: a service is listed under the priorities its registration named. */
    int DUMP_FLAG_PRIORITY_CRITICAL = 1;
    int DUMP_FLAG_PRIORITY_HIGH = 1 << 1;
    int DUMP_FLAG_PRIORITY_NORMAL = 1 << 2;
    int DUMP_FLAG_PRIORITY_DEFAULT = 1 << 3;
    int DUMP_FLAG_PRIORITY_ALL = DUMP_FLAG_PRIORITY_CRITICAL | DUMP_FLAG_PRIORITY_HIGH
            | DUMP_FLAG_PRIORITY_NORMAL | DUMP_FLAG_PRIORITY_DEFAULT;
    int DUMP_FLAG_PROTO = 1 << 4;

    int TRANSACTION_getService = IBinder.FIRST_CALL_TRANSACTION;
    int TRANSACTION_checkService = IBinder.FIRST_CALL_TRANSACTION + 1;
    int TRANSACTION_addService = IBinder.FIRST_CALL_TRANSACTION + 2;
    int TRANSACTION_listServices = IBinder.FIRST_CALL_TRANSACTION + 3;

    /** The service registered under {@code name}, or null. */
    IBinder getService(String name) throws RemoteException;

    /** The service registered under {@code name}, or null; never waits. */
    IBinder checkService(String name) throws RemoteException;

    /**
     * Registers {@code service} under {@code name}, replacing an earlier registration.
     *
     * @throws IllegalArgumentException for a null binder or a name that is empty, longer than 127
     *     characters or has characters outside {@code [A-Za-z0-9_./-]}
     */
    void addService(String name, IBinder service, boolean allowIsolated, int dumpPriority) throws RemoteException;

    /** The names registered with any of the {@code dumpPriority} bits, sorted. */
    String[] listServices(int dumpPriority) throws RemoteException;

    /** The service side: extend it and implement the methods. */
    abstract class Stub extends Binder implements IServiceManager {
        protected Stub() {
            super(DESCRIPTOR);
            attachInterface(this, DESCRIPTOR);
        }

        /** The local implementation behind {@code binder}, or a proxy to the remote one. */
        public static IServiceManager asInterface(IBinder binder) {
            if (binder == null) {
                return null;
            }
            IInterface local = binder.queryLocalInterface(DESCRIPTOR);
            return local instanceof IServiceManager manager ? manager : new Proxy(binder);
        }

        @Override
        public IBinder asBinder() {
            return this;
        }

        @Override
        protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
            switch (code) {
                case TRANSACTION_getService -> {
                    data.enforceInterface(DESCRIPTOR);
                    IBinder service = getService(data.readString());
                    reply.writeNoException();
                    reply.writeStrongBinder(service);
                }
                case TRANSACTION_checkService -> {
                    data.enforceInterface(DESCRIPTOR);
                    IBinder service = checkService(data.readString());
                    reply.writeNoException();
                    reply.writeStrongBinder(service);
                }
                case TRANSACTION_addService -> {
                    data.enforceInterface(DESCRIPTOR);
                    String name = data.readString();
                    IBinder service = data.readStrongBinder();
                    boolean allowIsolated = data.readBoolean();
                    int dumpPriority = data.readInt();
                    addService(name, service, allowIsolated, dumpPriority);
                    reply.writeNoException();
                }
                case TRANSACTION_listServices -> {
                    data.enforceInterface(DESCRIPTOR);
                    String[] names = listServices(data.readInt());
                    reply.writeNoException();
                    reply.writeStringArray(names);
                }
                default -> {
                    return super.onTransact(code, data, reply, flags);
                }
            }
            return true;
        }
    }

    /** The client side over a binder object, local or remote. */
    final class Proxy implements IServiceManager {
        private final IBinder remote;

        Proxy(IBinder remote) {
            this.remote = remote;
        }

        @Override
        public IBinder asBinder() {
            return remote;
        }

        @Override
        public IBinder getService(String name) throws RemoteException {
            return lookup(TRANSACTION_getService, name);
        }

        @Override
        public IBinder checkService(String name) throws RemoteException {
            return lookup(TRANSACTION_checkService, name);
        }

        private IBinder lookup(int code, String name) throws RemoteException {
            Parcel data = Parcel.obtain();
            Parcel reply = Parcel.obtain();
            try {
                data.writeInterfaceToken(DESCRIPTOR);
                data.writeString(name);
                remote.transact(code, data, reply, 0);
                reply.readException();
                return reply.readStrongBinder();
            } finally {
                reply.recycle();
                data.recycle();
            }
        }

        @Override
        public void addService(String name, IBinder service, boolean allowIsolated, int dumpPriority)
                throws RemoteException {
            Parcel data = Parcel.obtain();
            Parcel reply = Parcel.obtain();
            try {
                data.writeInterfaceToken(DESCRIPTOR);
                data.writeString(name);
                data.writeStrongBinder(service);
                data.writeBoolean(allowIsolated);
                data.writeInt(dumpPriority);
                remote.transact(TRANSACTION_addService, data, reply, 0);
                reply.readException();
            } finally {
                reply.recycle();
                data.recycle();
            }
        }

        @Override
        public String[] listServices(int dumpPriority) throws RemoteException {
            Parcel data = Parcel.obtain();
            Parcel reply = Parcel.obtain();
            try {
                data.writeInterfaceToken(DESCRIPTOR);
                data.writeInt(dumpPriority);
                remote.transact(TRANSACTION_listServices, data, reply, 0);
                reply.readException();
                return reply.createStringArray();
            } finally {
                reply.recycle();
                data.recycle();
            }
        }
    }
}
