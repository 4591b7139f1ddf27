package org.binder4j;

import java.io.FileDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * This process's reference to an object in another process. There is at most one per remote object
 * and runtime while it is reachable, so proxies compare with {@code ==}. See {@link IBinder} for the
 * semantics of calls and death.
 */
public final class BinderProxy implements IBinder {
    private final BinderRuntime runtime;
    private final int handle;
    private volatile boolean dead;
    /** Guarded by {@code this}. */
    private final List<DeathRecipient> recipients = new ArrayList<>(2);
    /** The cookie of our death notification request with the driver, 0 if none. Guarded by {@code this}. */
    private long deathCookie;

    BinderProxy(BinderRuntime runtime, int handle) {
        this.runtime = runtime;
        this.handle = handle;
    }

    /** The driver's handle for this object in this process (diagnostics: 0 is the service manager). */
    public int handle() {
        return handle;
    }

    BinderRuntime runtime() {
        return runtime;
    }

    @Override
    public boolean transact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
        if (dead) {
            throw new DeadObjectException("the process hosting this object (handle " + handle + ") has died");
        }
        int status = runtime.threadState().transact(handle, code, data, reply, flags);
        if (status == StatusCode.OK) {
            return true;
        }
        if (status == StatusCode.UNKNOWN_TRANSACTION) {
            return false;
        }
        if (status == StatusCode.DEAD_OBJECT) {
            dead = true;
        }
        throw Statuses.raise(status, data.dataSize(), runtime.threadState().takeErrorDetail());
    }

    @Override
    public String getInterfaceDescriptor() throws RemoteException {
        return query(INTERFACE_TRANSACTION, Parcel::readString);
    }

    @Override
    public boolean pingBinder() {
        try {
            return query(PING_TRANSACTION, reply -> Boolean.TRUE);
        } catch (RemoteException e) {
            return false;
        }
    }

    /** The pid of the process hosting the object (DEBUG_PID_TRANSACTION). */
    public int getDebugPid() throws RemoteException {
        return query(DEBUG_PID_TRANSACTION, Parcel::readInt);
    }

    /** The remote object's extension (EXTENSION_TRANSACTION), or null. */
    public IBinder getExtension() throws RemoteException {
        return query(EXTENSION_TRANSACTION, Parcel::readStrongBinder);
    }

    /** Sends one of the predefined codes with no arguments and reads the answer from the reply. */
    private <T> T query(int code, Function<Parcel, T> read) throws RemoteException {
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        try {
            if (!transact(code, data, reply, 0)) {
                throw new RemoteException(String.format("object %d does not answer transaction 0x%08x", handle, code));
            }
            return read.apply(reply);
        } finally {
            reply.recycle();
            data.recycle();
        }
    }

    @Override
    public void dump(FileDescriptor fd, String[] args) throws RemoteException {
        dump(fd, args, 0);
    }

    @Override
    public void dumpAsync(FileDescriptor fd, String[] args) throws RemoteException {
        dump(fd, args, FLAG_ONEWAY);
    }

    /** DUMP_TRANSACTION: the descriptor, then the arguments; a synchronous one reads the reply's header. */
    private void dump(FileDescriptor fd, String[] args, int flags) throws RemoteException {
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        try {
            data.writeFileDescriptor(fd);
            data.writeStringArray(args);
            transact(DUMP_TRANSACTION, data, reply, flags);
            if (flags == 0) {
                reply.readException();
            }
        } finally {
            reply.recycle();
            data.recycle();
        }
    }

    @Override
    public boolean isBinderAlive() {
        return !dead;
    }

    @Override
    public IInterface queryLocalInterface(String descriptor) {
        return null;
    }

    @Override
    public void linkToDeath(DeathRecipient recipient, int flags) throws RemoteException {
        if (recipient == null) {
            throw new NullPointerException("recipient");
        }
        synchronized (this) {
            if (dead) {
                throw new DeadObjectException("object " + handle + " is already dead");
            }
            recipients.add(recipient);
            if (deathCookie == 0) {
                deathCookie = runtime.requestDeathNotification(this);
            }
        }
    }

    @Override
    public boolean unlinkToDeath(DeathRecipient recipient, int flags) {
        synchronized (this) {
            if (dead) {
                return false;
            }
            if (!recipients.remove(recipient)) {
                throw new NoSuchElementException("recipient " + recipient + " is not linked to object " + handle);
            }
            if (recipients.isEmpty() && deathCookie != 0) {
                runtime.clearDeathNotification(this, deathCookie);
                deathCookie = 0;
            }
            return true;
        }
    }

    /** The driver said the object died: mark it dead and tell each recipient once. */
    void sendObituary() {
        DeathRecipient[] toNotify;
        synchronized (this) {
            if (dead && recipients.isEmpty()) {
                return;
            }
            dead = true;
            toNotify = recipients.toArray(new DeathRecipient[0]);
            recipients.clear();
            deathCookie = 0;
        }
        for (DeathRecipient recipient : toNotify) {
            try {
                recipient.binderDied(this);
            } catch (RuntimeException e) {
                RuntimeLog.warn("death recipient " + recipient + " threw", e);
            }
        }
    }

    @Override
    public String toString() {
        return "BinderProxy{handle=" + handle + (dead ? ", dead" : "") + "}";
    }
}
