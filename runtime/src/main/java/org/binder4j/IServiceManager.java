package org.binder4j;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The service manager's interface, {@code android.os.IServiceManager}, with <b>Android 14's transaction
 * codes</b> (also Android 15's; Android 16 inserted {@code getService2}/{@code checkService2} and shifted
 * the others, so {@code service call manager 4 i32 15} is {@code listServices(ALL)} here as on 14). The
 * context manager on handle 0 maps names to binder objects; get it with
 * {@link ServiceManager#getIServiceManager()} or {@link ServiceManager#of(BinderRuntime)}.
 *
 * <table>
 * <caption>Transaction codes</caption>
 * <tr><th>code</th><th>method</th></tr>
 * <tr><td>1</td><td>{@link #getService}</td></tr>
 * <tr><td>2</td><td>{@link #checkService}</td></tr>
 * <tr><td>3</td><td>{@link #addService}</td></tr>
 * <tr><td>4</td><td>{@link #listServices}</td></tr>
 * <tr><td>5</td><td>{@link #registerForNotifications}</td></tr>
 * <tr><td>6</td><td>{@link #unregisterForNotifications}</td></tr>
 * <tr><td>7</td><td>{@link #isDeclared}</td></tr>
 * <tr><td>8</td><td>{@link #getDeclaredInstances}</td></tr>
 * <tr><td>9</td><td>{@link #updatableViaApex}</td></tr>
 * <tr><td>10</td><td>{@link #getUpdatableNames}</td></tr>
 * <tr><td>11</td><td>{@link #getConnectionInfo}</td></tr>
 * <tr><td>12</td><td>{@link #registerClientCallback}</td></tr>
 * <tr><td>13</td><td>{@link #tryUnregisterService}</td></tr>
 * <tr><td>14</td><td>{@link #getServiceDebugInfo}</td></tr>
 * </table>
 *
 * <p>Strings travel as UTF-16 ({@link Parcel#writeString}), as AIDL's {@code @utf8InCpp} strings do in
 * Java. Every call is synchronous; the service manager itself only ever makes oneway calls (the
 * callbacks), so no client can block it.
 *
 * <h2>Names</h2>
 * A service name has 1 to 127 characters from {@code [A-Za-z0-9_./-]}, as on Android. The service
 * manager registers itself as {@code "manager"}.
 *
 * <h2>Access</h2>
 * binder4j's service manager decides who may add, find and list which names by its access policy (see
 * {@code org.binder4j.servicemanager.policy.AccessPolicy}); a denied operation throws a
 * {@link SecurityException} naming the operation, the name and the caller's uid. Unlike Android, where
 * a lookup denied by SELinux quietly returns null, a denied lookup throws too.
 *
 * <h2 id="waiting">Waiting</h2>
 * Neither lookup here waits: {@link #getService} behaves as {@link #checkService}, as Android's Java
 * proxy does. The waiting lookups are client-side, in {@link ServiceManager}:
 * {@link ServiceManager#getService(String)} waits up to 5 s as libbinder's C++ {@code getService} does,
 * and {@link ServiceManager#waitForService(String)} waits as long as it takes.
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
    /** Dump-priority bit a lazy service's registration carries, as Android's. */
    int FLAG_IS_LAZY_SERVICE = 1 << 30;

    int TRANSACTION_getService = IBinder.FIRST_CALL_TRANSACTION;
    int TRANSACTION_checkService = IBinder.FIRST_CALL_TRANSACTION + 1;
    int TRANSACTION_addService = IBinder.FIRST_CALL_TRANSACTION + 2;
    int TRANSACTION_listServices = IBinder.FIRST_CALL_TRANSACTION + 3;
    int TRANSACTION_registerForNotifications = IBinder.FIRST_CALL_TRANSACTION + 4;
    int TRANSACTION_unregisterForNotifications = IBinder.FIRST_CALL_TRANSACTION + 5;
    int TRANSACTION_isDeclared = IBinder.FIRST_CALL_TRANSACTION + 6;
    int TRANSACTION_getDeclaredInstances = IBinder.FIRST_CALL_TRANSACTION + 7;
    int TRANSACTION_updatableViaApex = IBinder.FIRST_CALL_TRANSACTION + 8;
    int TRANSACTION_getUpdatableNames = IBinder.FIRST_CALL_TRANSACTION + 9;
    int TRANSACTION_getConnectionInfo = IBinder.FIRST_CALL_TRANSACTION + 10;
    int TRANSACTION_registerClientCallback = IBinder.FIRST_CALL_TRANSACTION + 11;
    int TRANSACTION_tryUnregisterService = IBinder.FIRST_CALL_TRANSACTION + 12;
    int TRANSACTION_getServiceDebugInfo = IBinder.FIRST_CALL_TRANSACTION + 13;

    /**
     * The service registered under {@code name}, or null; does not wait (see <a href="#waiting">Waiting</a>).
     *
     * @throws SecurityException if the policy does not let the caller find {@code name}
     */
    IBinder getService(String name) throws RemoteException;

    /**
     * The service registered under {@code name}, or null (also for an invalid name); never waits.
     *
     * @throws SecurityException if the policy does not let the caller find {@code name}
     */
    IBinder checkService(String name) throws RemoteException;

    /**
     * Registers {@code service} under {@code name}, replacing an earlier registration of the name; its
     * registration callbacks are then told. The name disappears when the service's process dies.
     *
     * @param allowIsolated whether isolated callers may find it; no effect, as Linux has no isolated
     *     app processes
     * @param dumpPriority {@code DUMP_FLAG_PRIORITY_*} bits: the {@link #listServices} buckets it is in
     * @throws SecurityException if the policy does not let the caller add {@code name}, or take it over
     *     from the uid that registered it
     * @throws IllegalArgumentException for a null binder or an invalid name
     * @throws IllegalStateException if the service's process died while it was being registered
     */
    void addService(String name, IBinder service, boolean allowIsolated, int dumpPriority) throws RemoteException;

    /**
     * The registered names with any of the {@code dumpPriority} bits, sorted; only those the caller may
     * find.
     *
     * @throws SecurityException if the policy does not let the caller list
     */
    String[] listServices(int dumpPriority) throws RemoteException;

    /**
     * Asks for {@link IServiceCallback#onRegistration} calls for {@code name}: at once if it is registered,
     * then at each registration. The callback is dropped when its process dies.
     *
     * @throws SecurityException if the policy does not let the caller find {@code name}
     * @throws IllegalArgumentException for an invalid name
     * @throws NullPointerException for a null callback
     */
    void registerForNotifications(String name, IServiceCallback callback) throws RemoteException;

    /**
     * Undoes {@link #registerForNotifications}.
     *
     * @throws IllegalStateException "Nothing to unregister." if that callback is not registered for
     *     {@code name}
     */
    void unregisterForNotifications(String name, IServiceCallback callback) throws RemoteException;

    /** Whether {@code name} is declared in a VINTF manifest: binder4j has none, so always false. */
    boolean isDeclared(String name) throws RemoteException;

    /** The instances of {@code iface} declared in VINTF manifests: binder4j has none, so always empty. */
    String[] getDeclaredInstances(String iface) throws RemoteException;

    /** The APEX that can update {@code name}: binder4j has no APEXes, so always null. */
    String updatableViaApex(String name) throws RemoteException;

    /** The services {@code apexName} can update: binder4j has no APEXes, so always empty. */
    String[] getUpdatableNames(String apexName) throws RemoteException;

    /** How to reach {@code name} over RPC binder: binder4j has no RPC binder, so always null. */
    ConnectionInfo getConnectionInfo(String name) throws RemoteException;

    /**
     * Asks for {@link IClientCallback#onClients} calls about {@code service}, registered as {@code name}
     * by the calling process: {@code true} as soon as a process other than the service manager holds a
     * reference to it (at once when one looks it up), {@code false} once none does, noticed by the
     * service manager's periodic check (every 5 s by default).
     *
     * @throws SecurityException if the policy does not let the caller add {@code name}
     * @throws NullPointerException for a null callback
     * @throws IllegalArgumentException if {@code name} is not registered, or with another binder
     * @throws UnsupportedOperationException if another process registered {@code name}
     */
    void registerClientCallback(String name, IBinder service, IClientCallback callback) throws RemoteException;

    /**
     * Unregisters {@code name}, a lazy service's way of shutting down when nobody uses it.
     *
     * @throws SecurityException if the policy does not let the caller add {@code name}
     * @throws NullPointerException for a null service
     * @throws IllegalStateException if {@code name} is not registered, is registered with another binder,
     *     or has clients (a process holds it, or one just looked it up)
     * @throws UnsupportedOperationException if another process registered {@code name}
     */
    void tryUnregisterService(String name, IBinder service) throws RemoteException;

    /**
     * Every registration the caller may find, by name, with the pid of the process that registered it.
     *
     * @throws SecurityException if the policy does not let the caller list
     */
    ServiceDebugInfo[] getServiceDebugInfo() throws RemoteException;

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
            if (code < TRANSACTION_getService || code > TRANSACTION_getServiceDebugInfo) {
                return super.onTransact(code, data, reply, flags);
            }
            data.enforceInterface(DESCRIPTOR);
            switch (code) {
                case TRANSACTION_getService -> {
                    String name = data.readString();
                    data.enforceNoDataAvail();
                    IBinder service = getService(name);
                    reply.writeNoException();
                    reply.writeStrongBinder(service);
                }
                case TRANSACTION_checkService -> {
                    String name = data.readString();
                    data.enforceNoDataAvail();
                    IBinder service = checkService(name);
                    reply.writeNoException();
                    reply.writeStrongBinder(service);
                }
                case TRANSACTION_addService -> {
                    String name = data.readString();
                    IBinder service = data.readStrongBinder();
                    boolean allowIsolated = data.readBoolean();
                    int dumpPriority = data.readInt();
                    data.enforceNoDataAvail();
                    addService(name, service, allowIsolated, dumpPriority);
                    reply.writeNoException();
                }
                case TRANSACTION_listServices -> {
                    int dumpPriority = data.readInt();
                    data.enforceNoDataAvail();
                    String[] names = listServices(dumpPriority);
                    reply.writeNoException();
                    reply.writeStringArray(names);
                }
                case TRANSACTION_registerForNotifications, TRANSACTION_unregisterForNotifications -> {
                    String name = data.readString();
                    IServiceCallback callback = IServiceCallback.Stub.asInterface(data.readStrongBinder());
                    data.enforceNoDataAvail();
                    if (code == TRANSACTION_registerForNotifications) {
                        registerForNotifications(name, callback);
                    } else {
                        unregisterForNotifications(name, callback);
                    }
                    reply.writeNoException();
                }
                case TRANSACTION_isDeclared -> {
                    String name = data.readString();
                    data.enforceNoDataAvail();
                    boolean declared = isDeclared(name);
                    reply.writeNoException();
                    reply.writeBoolean(declared);
                }
                case TRANSACTION_getDeclaredInstances, TRANSACTION_getUpdatableNames -> {
                    String argument = data.readString();
                    data.enforceNoDataAvail();
                    String[] names = code == TRANSACTION_getDeclaredInstances
                            ? getDeclaredInstances(argument) : getUpdatableNames(argument);
                    reply.writeNoException();
                    reply.writeStringArray(names);
                }
                case TRANSACTION_updatableViaApex -> {
                    String name = data.readString();
                    data.enforceNoDataAvail();
                    String apex = updatableViaApex(name);
                    reply.writeNoException();
                    reply.writeString(apex);
                }
                case TRANSACTION_getConnectionInfo -> {
                    String name = data.readString();
                    data.enforceNoDataAvail();
                    ConnectionInfo info = getConnectionInfo(name);
                    reply.writeNoException();
                    reply.writeTypedObject(info, Parcelable.PARCELABLE_WRITE_RETURN_VALUE);
                }
                case TRANSACTION_registerClientCallback -> {
                    String name = data.readString();
                    IBinder service = data.readStrongBinder();
                    IClientCallback callback = IClientCallback.Stub.asInterface(data.readStrongBinder());
                    data.enforceNoDataAvail();
                    registerClientCallback(name, service, callback);
                    reply.writeNoException();
                }
                case TRANSACTION_tryUnregisterService -> {
                    String name = data.readString();
                    IBinder service = data.readStrongBinder();
                    data.enforceNoDataAvail();
                    tryUnregisterService(name, service);
                    reply.writeNoException();
                }
                default -> {
                    data.enforceNoDataAvail();
                    ServiceDebugInfo[] infos = getServiceDebugInfo();
                    reply.writeNoException();
                    reply.writeTypedArray(infos, Parcelable.PARCELABLE_WRITE_RETURN_VALUE);
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
            return call(TRANSACTION_getService, data -> data.writeString(name), Parcel::readStrongBinder);
        }

        @Override
        public IBinder checkService(String name) throws RemoteException {
            return call(TRANSACTION_checkService, data -> data.writeString(name), Parcel::readStrongBinder);
        }

        @Override
        public void addService(String name, IBinder service, boolean allowIsolated, int dumpPriority)
                throws RemoteException {
            call(TRANSACTION_addService, data -> {
                data.writeString(name);
                data.writeStrongBinder(service);
                data.writeBoolean(allowIsolated);
                data.writeInt(dumpPriority);
            }, null);
        }

        @Override
        public String[] listServices(int dumpPriority) throws RemoteException {
            return call(TRANSACTION_listServices, data -> data.writeInt(dumpPriority), Parcel::createStringArray);
        }

        @Override
        public void registerForNotifications(String name, IServiceCallback callback) throws RemoteException {
            call(TRANSACTION_registerForNotifications, data -> {
                data.writeString(name);
                data.writeStrongInterface(callback);
            }, null);
        }

        @Override
        public void unregisterForNotifications(String name, IServiceCallback callback) throws RemoteException {
            call(TRANSACTION_unregisterForNotifications, data -> {
                data.writeString(name);
                data.writeStrongInterface(callback);
            }, null);
        }

        @Override
        public boolean isDeclared(String name) throws RemoteException {
            return call(TRANSACTION_isDeclared, data -> data.writeString(name), Parcel::readBoolean);
        }

        @Override
        public String[] getDeclaredInstances(String iface) throws RemoteException {
            return call(TRANSACTION_getDeclaredInstances, data -> data.writeString(iface), Parcel::createStringArray);
        }

        @Override
        public String updatableViaApex(String name) throws RemoteException {
            return call(TRANSACTION_updatableViaApex, data -> data.writeString(name), Parcel::readString);
        }

        @Override
        public String[] getUpdatableNames(String apexName) throws RemoteException {
            return call(TRANSACTION_getUpdatableNames, data -> data.writeString(apexName), Parcel::createStringArray);
        }

        @Override
        public ConnectionInfo getConnectionInfo(String name) throws RemoteException {
            return call(TRANSACTION_getConnectionInfo, data -> data.writeString(name),
                    reply -> reply.readTypedObject(ConnectionInfo.CREATOR));
        }

        @Override
        public void registerClientCallback(String name, IBinder service, IClientCallback callback)
                throws RemoteException {
            call(TRANSACTION_registerClientCallback, data -> {
                data.writeString(name);
                data.writeStrongBinder(service);
                data.writeStrongInterface(callback);
            }, null);
        }

        @Override
        public void tryUnregisterService(String name, IBinder service) throws RemoteException {
            call(TRANSACTION_tryUnregisterService, data -> {
                data.writeString(name);
                data.writeStrongBinder(service);
            }, null);
        }

        @Override
        public ServiceDebugInfo[] getServiceDebugInfo() throws RemoteException {
            return call(TRANSACTION_getServiceDebugInfo, data -> {},
                    reply -> reply.createTypedArray(ServiceDebugInfo.CREATOR));
        }

        /** One synchronous call: interface token, arguments, then the reply's exception header and result. */
        private <T> T call(int code, Consumer<Parcel> arguments, Function<Parcel, T> result) throws RemoteException {
            Parcel data = Parcel.obtain();
            Parcel reply = Parcel.obtain();
            try {
                data.writeInterfaceToken(DESCRIPTOR);
                arguments.accept(data);
                remote.transact(code, data, reply, 0);
                reply.readException();
                return result == null ? null : result.apply(reply);
            } finally {
                reply.recycle();
                data.recycle();
            }
        }
    }
}
