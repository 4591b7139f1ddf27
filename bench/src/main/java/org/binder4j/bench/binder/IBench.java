package org.binder4j.bench.binder;

import org.binder4j.Binder;
import org.binder4j.IBinder;
import org.binder4j.IInterface;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;

/** The benchmark's interface, written by hand as AIDL would generate it (the way apps would call binder4j). */
public interface IBench extends IInterface {
    String DESCRIPTOR = "org.binder4j.bench.IBench";
    /** The name the server registers with the service manager. */
    String SERVICE_NAME = "binder4j.bench";

    int TRANSACTION_add = IBinder.FIRST_CALL_TRANSACTION;
    int TRANSACTION_ping = IBinder.FIRST_CALL_TRANSACTION + 1;
    int TRANSACTION_awaitPings = IBinder.FIRST_CALL_TRANSACTION + 2;
    int TRANSACTION_echo = IBinder.FIRST_CALL_TRANSACTION + 3;
    int TRANSACTION_repeat = IBinder.FIRST_CALL_TRANSACTION + 4;

    /** Returns {@code value + 1}. */
    int add(int value) throws RemoteException;

    /** oneway: counts one ping. */
    void ping(int sequence) throws RemoteException;

    /** Waits until {@code count} pings have arrived since the server started, at most {@code timeoutMs}; returns how many have. */
    long awaitPings(long count, long timeoutMs) throws RemoteException;

    /** Returns {@code payload}. */
    byte[] echo(byte[] payload) throws RemoteException;

    /** Returns {@code object}: a binder object travels to the server and back. */
    IBinder repeat(IBinder object) throws RemoteException;

    /** The service side: extend it and implement the methods. */
    abstract class Stub extends Binder implements IBench {
        @SuppressWarnings("this-escape") // as AIDL's stubs: the object is its own local interface
        protected Stub() {
            super(DESCRIPTOR);
            attachInterface(this, DESCRIPTOR);
        }

        /** The local implementation behind {@code binder}, or a proxy to the remote one. */
        public static IBench asInterface(IBinder binder) {
            if (binder == null) {
                return null;
            }
            IInterface local = binder.queryLocalInterface(DESCRIPTOR);
            return local instanceof IBench bench ? bench : new Proxy(binder);
        }

        @Override
        public IBinder asBinder() {
            return this;
        }

        @Override
        protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
            switch (code) {
                case TRANSACTION_add -> {
                    data.enforceInterface(DESCRIPTOR);
                    int result = add(data.readInt());
                    reply.writeNoException();
                    reply.writeInt(result);
                }
                case TRANSACTION_ping -> {
                    data.enforceInterface(DESCRIPTOR);
                    ping(data.readInt());
                }
                case TRANSACTION_awaitPings -> {
                    data.enforceInterface(DESCRIPTOR);
                    long count = data.readLong();
                    long result = awaitPings(count, data.readLong());
                    reply.writeNoException();
                    reply.writeLong(result);
                }
                case TRANSACTION_echo -> {
                    data.enforceInterface(DESCRIPTOR);
                    byte[] result = echo(data.createByteArray());
                    reply.writeNoException();
                    reply.writeByteArray(result);
                }
                case TRANSACTION_repeat -> {
                    data.enforceInterface(DESCRIPTOR);
                    IBinder result = repeat(data.readStrongBinder());
                    reply.writeNoException();
                    reply.writeStrongBinder(result);
                }
                default -> {
                    return super.onTransact(code, data, reply, flags);
                }
            }
            return true;
        }
    }

    /** The client side over a binder object, local or remote. */
    final class Proxy implements IBench {
        private final IBinder remote;

        Proxy(IBinder remote) {
            this.remote = remote;
        }

        @Override
        public IBinder asBinder() {
            return remote;
        }

        @Override
        public int add(int value) throws RemoteException {
            Parcel data = Parcel.obtain();
            Parcel reply = Parcel.obtain();
            try {
                data.writeInterfaceToken(DESCRIPTOR);
                data.writeInt(value);
                remote.transact(TRANSACTION_add, data, reply, 0);
                reply.readException();
                return reply.readInt();
            } finally {
                reply.recycle();
                data.recycle();
            }
        }

        @Override
        public void ping(int sequence) throws RemoteException {
            Parcel data = Parcel.obtain();
            try {
                data.writeInterfaceToken(DESCRIPTOR);
                data.writeInt(sequence);
                remote.transact(TRANSACTION_ping, data, null, IBinder.FLAG_ONEWAY);
            } finally {
                data.recycle();
            }
        }

        @Override
        public long awaitPings(long count, long timeoutMs) throws RemoteException {
            Parcel data = Parcel.obtain();
            Parcel reply = Parcel.obtain();
            try {
                data.writeInterfaceToken(DESCRIPTOR);
                data.writeLong(count);
                data.writeLong(timeoutMs);
                remote.transact(TRANSACTION_awaitPings, data, reply, 0);
                reply.readException();
                return reply.readLong();
            } finally {
                reply.recycle();
                data.recycle();
            }
        }

        @Override
        public byte[] echo(byte[] payload) throws RemoteException {
            Parcel data = Parcel.obtain();
            Parcel reply = Parcel.obtain();
            try {
                data.writeInterfaceToken(DESCRIPTOR);
                data.writeByteArray(payload);
                remote.transact(TRANSACTION_echo, data, reply, 0);
                reply.readException();
                return reply.createByteArray();
            } finally {
                reply.recycle();
                data.recycle();
            }
        }

        @Override
        public IBinder repeat(IBinder object) throws RemoteException {
            Parcel data = Parcel.obtain();
            Parcel reply = Parcel.obtain();
            try {
                data.writeInterfaceToken(DESCRIPTOR);
                data.writeStrongBinder(object);
                remote.transact(TRANSACTION_repeat, data, reply, 0);
                reply.readException();
                return reply.readStrongBinder();
            } finally {
                reply.recycle();
                data.recycle();
            }
        }
    }
}
