package org.binder4j;

/**
 * Told whether a registered service has clients, Android's {@code oneway interface
 * android.os.IClientCallback}: a lazy service passes one to
 * {@link IServiceManager#registerClientCallback} and may unregister itself once it has none. Calls
 * arrive oneway, on a binder thread of the service's process, one at a time and in order.
 */
public interface IClientCallback extends IInterface {
    String DESCRIPTOR = "android.os.IClientCallback";

    int TRANSACTION_onClients = IBinder.FIRST_CALL_TRANSACTION;

    /**
     * {@code registered} gained its first client ({@code hasClients} true), or lost its last one (false).
     * See {@link IServiceManager#registerClientCallback} for when each is sent.
     */
    void onClients(IBinder registered, boolean hasClients) throws RemoteException;

    /** The service side: extend it and implement {@link #onClients}. */
    abstract class Stub extends Binder implements IClientCallback {
        protected Stub() {
            super(DESCRIPTOR);
            attachInterface(this, DESCRIPTOR);
        }

        /** The local implementation behind {@code binder}, or a proxy to the remote one. */
        public static IClientCallback asInterface(IBinder binder) {
            if (binder == null) {
                return null;
            }
            IInterface local = binder.queryLocalInterface(DESCRIPTOR);
            return local instanceof IClientCallback callback ? callback : new Proxy(binder);
        }

        @Override
        public IBinder asBinder() {
            return this;
        }

        @Override
        protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
            if (code != TRANSACTION_onClients) {
                return super.onTransact(code, data, reply, flags);
            }
            data.enforceInterface(DESCRIPTOR);
            IBinder registered = data.readStrongBinder();
            boolean hasClients = data.readBoolean();
            data.enforceNoDataAvail();
            onClients(registered, hasClients);
            return true;
        }
    }

    /** The client side over a binder object, local or remote: every call is oneway. */
    final class Proxy implements IClientCallback {
        private final IBinder remote;

        Proxy(IBinder remote) {
            this.remote = remote;
        }

        @Override
        public IBinder asBinder() {
            return remote;
        }

        @Override
        public void onClients(IBinder registered, boolean hasClients) throws RemoteException {
            Parcel data = Parcel.obtain();
            try {
                data.writeInterfaceToken(DESCRIPTOR);
                data.writeStrongBinder(registered);
                data.writeBoolean(hasClients);
                remote.transact(TRANSACTION_onClients, data, null, IBinder.FLAG_ONEWAY);
            } finally {
                data.recycle();
            }
        }
    }
}
