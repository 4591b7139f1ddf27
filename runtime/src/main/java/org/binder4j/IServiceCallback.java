package org.binder4j;

/**
 * Told when a name is registered, Android's {@code oneway interface android.os.IServiceCallback}: pass
 * one to {@link IServiceManager#registerForNotifications}. Calls arrive oneway, on a binder thread of
 * the registering process, one at a time and in order.
 */
public interface IServiceCallback extends IInterface {
    String DESCRIPTOR = "android.os.IServiceCallback";

    int TRANSACTION_onRegistration = IBinder.FIRST_CALL_TRANSACTION;

    /**
     * {@code name} was registered with {@code binder}: at once when the callback is registered for a name
     * that already is, then at every later registration (a re-registration included).
     */
    void onRegistration(String name, IBinder binder) throws RemoteException;

    /** The service side: extend it and implement {@link #onRegistration}. */
    abstract class Stub extends Binder implements IServiceCallback {
        protected Stub() {
            super(DESCRIPTOR);
            attachInterface(this, DESCRIPTOR);
        }

        /** The local implementation behind {@code binder}, or a proxy to the remote one. */
        public static IServiceCallback asInterface(IBinder binder) {
            if (binder == null) {
                return null;
            }
            IInterface local = binder.queryLocalInterface(DESCRIPTOR);
            return local instanceof IServiceCallback callback ? callback : new Proxy(binder);
        }

        @Override
        public IBinder asBinder() {
            return this;
        }

        @Override
        protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
            if (code != TRANSACTION_onRegistration) {
                return super.onTransact(code, data, reply, flags);
            }
            data.enforceInterface(DESCRIPTOR);
            String name = data.readString();
            IBinder binder = data.readStrongBinder();
            data.enforceNoDataAvail();
            onRegistration(name, binder);
            return true;
        }
    }

    /** The client side over a binder object, local or remote: every call is oneway. */
    final class Proxy implements IServiceCallback {
        private final IBinder remote;

        Proxy(IBinder remote) {
            this.remote = remote;
        }

        @Override
        public IBinder asBinder() {
            return remote;
        }

        @Override
        public void onRegistration(String name, IBinder binder) throws RemoteException {
            Parcel data = Parcel.obtain();
            try {
                data.writeInterfaceToken(DESCRIPTOR);
                data.writeString(name);
                data.writeStrongBinder(binder);
                remote.transact(TRANSACTION_onRegistration, data, null, IBinder.FLAG_ONEWAY);
            } finally {
                data.recycle();
            }
        }
    }
}
