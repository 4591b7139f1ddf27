package org.binder4j.it;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.binder4j.Binder;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.ServiceSpecificException;

/** The object a test peer publishes: one code per behaviour the suite needs. */
final class TestService extends Binder {
    static final String DESCRIPTOR = "org.binder4j.it.ITestService";

    /** Replies nothing. */
    static final int NOP = FIRST_CALL_TRANSACTION;
    /** Replies int pid, int uid of the caller. */
    static final int CALLER = FIRST_CALL_TRANSACTION + 1;
    /** Reads an exception kind (int) and message; throws it. */
    static final int THROW = FIRST_CALL_TRANSACTION + 2;
    /** Reads a binder and replies it back. */
    static final int ECHO_BINDER = FIRST_CALL_TRANSACTION + 3;
    /** Replies the same local object every time. */
    static final int GET_SELF_OBJECT = FIRST_CALL_TRANSACTION + 4;
    /** Reads a byte[] and replies it. */
    static final int ECHO_BYTES = FIRST_CALL_TRANSACTION + 5;
    /** Reads a binder and a depth; calls RECURSE on it with depth-1; replies the handlers' thread names, innermost first. */
    static final int RECURSE = FIRST_CALL_TRANSACTION + 6;
    /** Oneway: reads a sequence number and records it. */
    static final int RECORD = FIRST_CALL_TRANSACTION + 7;
    /** Replies int: records in order so far, or -1 if one came out of order. */
    static final int RECORDED = FIRST_CALL_TRANSACTION + 8;
    /** Blocks until RELEASE (a oneway or sync call may wait here); replies nothing. */
    static final int BLOCK = FIRST_CALL_TRANSACTION + 9;
    /** Releases every BLOCK. */
    static final int RELEASE = FIRST_CALL_TRANSACTION + 10;
    /** Reads a binder; calls CALLER on it and replies what that callee saw (pid, uid), then our caller's pid. */
    static final int CALL_CALLER_OF = FIRST_CALL_TRANSACTION + 11;
    /** Replies int: the number of BLOCK calls currently waiting. */
    static final int BLOCKED = FIRST_CALL_TRANSACTION + 12;

    static final int KIND_ILLEGAL_ARGUMENT = 1;
    static final int KIND_SECURITY = 2;
    static final int KIND_NULL_POINTER = 3;
    static final int KIND_ILLEGAL_STATE = 4;
    static final int KIND_UNSUPPORTED = 5;
    static final int KIND_SERVICE_SPECIFIC = 6;

    private final Binder self = new Binder("org.binder4j.it.Self");
    private volatile CountDownLatch gate = new CountDownLatch(1);
    private int blocked;
    private int recorded;
    private boolean outOfOrder;

    TestService() {
        super(DESCRIPTOR);
        setExtension(new Binder("org.binder4j.it.Extension"));
    }

    @Override
    protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
        if (code < FIRST_CALL_TRANSACTION || code > LAST_CALL_TRANSACTION) {
            return super.onTransact(code, data, reply, flags);
        }
        data.enforceInterface(DESCRIPTOR);
        switch (code) {
            case NOP -> {}
            case CALLER -> {
                reply.writeInt(getCallingPid());
                reply.writeInt(getCallingUid());
            }
            case THROW -> throw exception(data.readInt(), data.readString());
            case ECHO_BINDER -> reply.writeStrongBinder(data.readStrongBinder());
            case GET_SELF_OBJECT -> reply.writeStrongBinder(self);
            case ECHO_BYTES -> reply.writeByteArray(data.createByteArray());
            case RECURSE -> recurse(this, data.readStrongBinder(), data.readInt(), reply);
            case RECORD -> record(data.readInt());
            case RECORDED -> reply.writeInt(recorded());
            case BLOCK -> block();
            case RELEASE -> release();
            case CALL_CALLER_OF -> callCallerOf(data.readStrongBinder(), reply);
            case BLOCKED -> reply.writeInt(blocked());
            default -> {
                return false;
            }
        }
        return true;
    }

    private static RuntimeException exception(int kind, String message) {
        return switch (kind) {
            case KIND_ILLEGAL_ARGUMENT -> new IllegalArgumentException(message);
            case KIND_SECURITY -> new SecurityException(message);
            case KIND_NULL_POINTER -> new NullPointerException(message);
            case KIND_ILLEGAL_STATE -> new IllegalStateException(message);
            case KIND_UNSUPPORTED -> new UnsupportedOperationException(message);
            case KIND_SERVICE_SPECIFIC -> new ServiceSpecificException(42, message);
            default -> new IllegalArgumentException("unknown kind " + kind);
        };
    }

    /** Calls RECURSE on {@code other}, passing {@code me} so that it calls back, until depth 0. */
    static void recurse(IBinder me, IBinder other, int depth, Parcel reply) throws RemoteException {
        if (depth > 0) {
            Parcel data = Parcel.obtain();
            Parcel inner = Parcel.obtain();
            try {
                data.writeInterfaceToken(DESCRIPTOR);
                data.writeStrongBinder(me);
                data.writeInt(depth - 1);
                other.transact(RECURSE, data, inner, 0);
                String[] names = inner.createStringArray();
                String[] withMine = java.util.Arrays.copyOf(names, names.length + 1);
                withMine[names.length] = Thread.currentThread().getName();
                reply.writeStringArray(withMine);
            } finally {
                inner.recycle();
                data.recycle();
            }
        } else {
            reply.writeStringArray(new String[] {Thread.currentThread().getName()});
        }
    }

    private static void callCallerOf(IBinder callee, Parcel reply) throws RemoteException {
        Parcel data = Parcel.obtain();
        Parcel inner = Parcel.obtain();
        try {
            data.writeInterfaceToken(DESCRIPTOR);
            callee.transact(CALLER, data, inner, 0);
            reply.writeInt(inner.readInt());
            reply.writeInt(inner.readInt());
            reply.writeInt(getCallingPid());
        } finally {
            inner.recycle();
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

    private synchronized int blocked() {
        return blocked;
    }

    private void block() {
        CountDownLatch current;
        synchronized (this) {
            blocked++;
            current = gate;
        }
        try {
            current.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (this) {
                blocked--;
            }
        }
    }

    private synchronized void release() {
        gate.countDown();
        gate = new CountDownLatch(1);
    }
}
