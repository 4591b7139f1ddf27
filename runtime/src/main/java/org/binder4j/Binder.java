package org.binder4j;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;

/**
 * Base class of a local, remotable object; see {@link IBinder} for the semantics of calls. Subclasses
 * implement {@link #onTransact}; AIDL-generated stubs do that for you. An object that answers with a
 * status of its own, as a libbinder {@code BBinder} does, overrides {@link #onTransactWithStatus}.
 *
 * <p>The static methods expose the identity of the caller of the incoming call being handled on the
 * current thread. Outside of an incoming call they report this process's own identity.
 */
public class Binder implements IBinder {
    private final long cookie;
    private IInterface owner;
    private String descriptor;
    private volatile IBinder extension;
    private volatile boolean contextManager;
    private volatile int stability = ParcelBinders.STABILITY_SYSTEM;

    public Binder() {
        this(null);
    }

    /** A binder implementing {@code descriptor}, with no local interface attached. */
    public Binder(String descriptor) {
        this.cookie = LocalBinders.register(this);
        this.descriptor = descriptor;
    }

    /** Makes {@link #queryLocalInterface} return {@code owner} for {@code descriptor}. */
    public void attachInterface(IInterface owner, String descriptor) {
        this.owner = owner;
        this.descriptor = descriptor;
    }

    /** The pid of the process that sent the call being handled: 0 for a oneway call. */
    public static int getCallingPid() {
        return CallingContext.current().callingPid;
    }

    /** The effective uid of the process that sent the call being handled. */
    public static int getCallingUid() {
        return CallingContext.current().callingUid;
    }

    /**
     * Makes the current thread report this process's identity until {@link #restoreCallingIdentity},
     * typically around calls made on the caller's behalf.
     *
     * @return the token that restores the caller's identity
     */
    public static long clearCallingIdentity() {
        CallingContext context = CallingContext.current();
        long token = context.token();
        context.callingPid = context.ownPid;
        context.callingUid = OwnIdentity.uid();
        return token;
    }

    /** Restores the identity saved by {@link #clearCallingIdentity}. */
    public static void restoreCallingIdentity(long token) {
        CallingContext.current().restore(token);
    }

    /**
     * Makes the calls of this thread carry {@code workSourceUid} as the uid that the work is done for,
     * in every interface token written from now on (until restored or cleared).
     *
     * @return the token that restores the previous work source
     */
    public static long setCallingWorkSourceUid(int workSourceUid) {
        return WorkSource.set(workSourceUid);
    }

    /**
     * Sets this thread's work source without propagating it: {@link #getCallingWorkSourceUid()} reports
     * it, but the interface tokens this thread writes carry -1 (libbinder's
     * {@code setCallingWorkSourceUidWithoutPropagation}).
     *
     * @return the token that restores the previous work source
     */
    public static long setCallingWorkSourceUidWithoutPropagation(int workSourceUid) {
        return WorkSource.setWithoutPropagation(workSourceUid);
    }

    /**
     * The work source of the call being handled, as its interface token carried it (read by
     * {@link Parcel#enforceInterface}), or -1; outside of a call, what this thread set. A handler starts
     * with -1, not propagated: what a caller propagated is not passed on unless the handler sets it.
     */
    public static int getCallingWorkSourceUid() {
        return WorkSource.get();
    }

    /** Stops propagating a work source; returns the token that restores it. */
    public static long clearCallingWorkSource() {
        return WorkSource.clear();
    }

    /** Restores the work source saved by {@link #setCallingWorkSourceUid} or {@link #clearCallingWorkSource}. */
    public static void restoreCallingWorkSource(long token) {
        WorkSource.restore(token);
    }

    @Override
    public String getInterfaceDescriptor() {
        return descriptor;
    }

    @Override
    public boolean pingBinder() {
        return true;
    }

    @Override
    public boolean isBinderAlive() {
        return true;
    }

    @Override
    public IInterface queryLocalInterface(String descriptor) {
        return descriptor != null && descriptor.equals(this.descriptor) ? owner : null;
    }

    /**
     * Declares this object part of a vendor-stable ({@code @VintfStability}) interface: it travels with libbinder's
     * VINTF stability level instead of SYSTEM, so Android peers accept it across the system/vendor boundary. AIDL
     * stubs of {@code @VintfStability} interfaces call it in their constructor.
     */
    public final void markVintfStability() {
        stability = ParcelBinders.STABILITY_VINTF;
    }

    /** The stability word written after this object in a parcel. */
    final int stability() {
        return stability;
    }

    /**
     * The name of the method behind transaction {@code code}, for logs and diagnostics; null when unknown (the
     * default). AIDL stubs answer with the AIDL method name.
     */
    public String getTransactionName(int code) {
        return null;
    }

    /** Sets the object returned by {@link #getExtension()} and EXTENSION_TRANSACTION. */
    public void setExtension(IBinder extension) {
        this.extension = extension;
    }

    /** An optional second object that extends this one without changing its interface. */
    public IBinder getExtension() {
        return extension;
    }

    /**
     * A local call: runs {@link #onTransactWithStatus} (by default {@link #onTransact}) on the calling
     * thread, without the driver, and reports its status as a remote caller would see it.
     */
    @Override
    public final boolean transact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
        data.setDataPosition(0);
        int status = onTransactWithStatus(code, data, reply, flags);
        if (reply != null) {
            reply.setDataPosition(0);
        }
        if (status == StatusCode.OK) {
            return true;
        }
        if (status == StatusCode.UNKNOWN_TRANSACTION) {
            return false;
        }
        throw Statuses.raise(status, data.dataSize(), null);
    }

    /** Linking to a local object does nothing: it dies with this process. */
    @Override
    public void linkToDeath(DeathRecipient recipient, int flags) {}

    @Override
    public boolean unlinkToDeath(DeathRecipient recipient, int flags) {
        return true;
    }

    /**
     * Runs {@link #dump(FileDescriptor, PrintWriter, String[])} on the calling thread with a writer on
     * {@code fd}. A {@link RuntimeException} it throws is printed into the dump instead, except a
     * {@link SecurityException}, which is rethrown after a line that says so.
     */
    @Override
    public void dump(FileDescriptor fd, String[] args) {
        PrintWriter writer = new PrintWriter(new FileOutputStream(fd));
        try {
            dump(fd, writer, args);
        } catch (SecurityException e) {
            writer.println("Security exception: " + e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            writer.println();
            writer.println("Exception occurred while dumping:");
            e.printStackTrace(writer);
        } finally {
            writer.flush();
        }
    }

    /** Runs {@link #dump(FileDescriptor, String[])} on a new thread and returns at once. */
    @Override
    public void dumpAsync(FileDescriptor fd, String[] args) {
        Thread.ofPlatform().name("Binder.dumpAsync").start(() -> dump(fd, args));
    }

    /**
     * Describes this object's state, for {@link IBinder#dump}: write to {@code writer} (or to {@code fd}).
     * The default writes nothing.
     *
     * @param args the caller's arguments, possibly null
     */
    protected void dump(FileDescriptor fd, PrintWriter writer, String[] args) {}

    /**
     * Handles a call. The default answers INTERFACE_TRANSACTION with the descriptor and DUMP_TRANSACTION
     * with {@link #dump(FileDescriptor, String[])} (closing its copy of the descriptor afterwards), and
     * returns false (unknown code) for everything else.
     *
     * <p>A {@link RuntimeException} or {@link RemoteException} thrown by a synchronous call reaches the
     * caller typed when it is one of the transportable kinds (security, illegal argument or state, null
     * pointer, unsupported operation, bad parcelable, service specific); any other is logged here and
     * the caller's transact returns false, as on Android.
     */
    protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
        if (code == INTERFACE_TRANSACTION) {
            reply.writeString(getInterfaceDescriptor());
            return true;
        }
        if (code == DUMP_TRANSACTION) {
            try (ParcelFileDescriptor fd = data.readFileDescriptor()) {
                dump(fd.getFileDescriptor(), data.createStringArray());
            }
            if (reply != null) {
                reply.writeNoException();
            }
            return true;
        }
        return false;
    }

    /**
     * Handles a call and returns its status, as libbinder's {@code BBinder::onTransact} does: the hook
     * for objects that answer with a status rather than only "handled or not". Override it instead of
     * {@link #onTransact} to return any status; the default calls {@link #onTransact} and returns
     * {@link StatusCode#OK}, or {@link StatusCode#UNKNOWN_TRANSACTION} when it returns false.
     *
     * <p>The caller of a synchronous call sees exactly the returned status (see {@link IBinder#transact}):
     * OK delivers {@code reply}; any other status replaces the reply (the driver carries it as a
     * TF_STATUS_CODE reply, whatever was written to {@code reply}). A oneway caller sees nothing; a
     * failed status is only logged. Exceptions are handled as for {@link #onTransact}.
     *
     * @return a {@link StatusCode} value or any other status; 0 is success
     */
    protected int onTransactWithStatus(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
        return onTransact(code, data, reply, flags) ? StatusCode.OK : StatusCode.UNKNOWN_TRANSACTION;
    }

    /** The cookie (and node pointer) the driver knows this object by: 0 for the context manager's. */
    final long cookie() {
        return contextManager ? 0 : cookie;
    }

    /** This object answers on handle 0: it travels as the context manager's node (ptr 0, cookie 0). */
    final void markContextManager() {
        contextManager = true;
    }

    /**
     * Runs an incoming call from the driver: the predefined codes every object answers, then
     * {@link #onTransactWithStatus}, turning exceptions into reply headers.
     *
     * @return the call's status: OK, UNKNOWN_TRANSACTION for an unknown code, or what the object returned
     */
    final int execTransact(int code, Parcel data, Parcel reply, int flags) {
        boolean oneway = (flags & FLAG_ONEWAY) != 0;
        try {
            switch (code) {
                case PING_TRANSACTION:
                    return StatusCode.OK;
                case DEBUG_PID_TRANSACTION:
                    reply.writeInt(CallingContext.current().ownPid);
                    return StatusCode.OK;
                case EXTENSION_TRANSACTION:
                    reply.writeStrongBinder(extension);
                    return StatusCode.OK;
                default:
                    int status = onTransactWithStatus(code, data, reply, flags);
                    if (oneway && status != StatusCode.OK) {
                        RuntimeLog.warn("oneway call " + describe(code) + " to " + describe() + " finished with "
                                + StatusCode.name(status) + "; the caller cannot be told");
                    }
                    return status;
            }
        } catch (RemoteException | RuntimeException e) {
            if (oneway) {
                RuntimeLog.warn("oneway call " + describe(code) + " to " + describe()
                        + " threw; the caller cannot be told", e);
                return StatusCode.OK;
            }
            reply.setDataSize(0);
            reply.setDataPosition(0);
            try {
                reply.writeException(e);
                return StatusCode.OK;
            } catch (RuntimeException notTransportable) {
                RuntimeLog.warn("call " + describe(code) + " to " + describe() + " threw " + e.getClass().getName()
                        + ", which cannot cross processes; the caller sees an unknown transaction", e);
                return StatusCode.UNKNOWN_TRANSACTION;
            }
        }
    }

    /** The code, with its method name when the object knows it. */
    private String describe(int code) {
        String name = getTransactionName(code);
        return name == null ? Integer.toString(code) : code + " (" + name + ")";
    }

    private String describe() {
        return descriptor == null ? getClass().getName() : descriptor;
    }
}
