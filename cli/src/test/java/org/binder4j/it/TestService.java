package org.binder4j.it;

import java.util.ArrayList;
import java.util.List;
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
    /** Reads an int and returns it as the call's status (through {@link #onTransactWithStatus}). */
    static final int RETURN_STATUS = FIRST_CALL_TRANSACTION + 13;
    /**
     * Replies int: the work source uid the handler sees; if a binder follows, also what WORK_SOURCE
     * called on it by this handler replies.
     */
    static final int WORK_SOURCE = FIRST_CALL_TRANSACTION + 14;
    /** Reads a binder and keeps it until DROP_HELD. */
    static final int HOLD = FIRST_CALL_TRANSACTION + 15;
    /** Drops the binders HOLD kept and runs the garbage collector, so that their proxies go. */
    static final int DROP_HELD = FIRST_CALL_TRANSACTION + 16;
    /** Replies int: the flags the handler was called with. */
    static final int FLAGS = FIRST_CALL_TRANSACTION + 17;
    /** Reads a binder and a code; calls that code on the binder (sync, empty request); replies nothing. */
    static final int CALL_BACK = FIRST_CALL_TRANSACTION + 18;
    /** Reads a pid; replies int: the live binder pool threads of that process in this JVM ("binder:pid_*"). */
    static final int POOL_THREADS = FIRST_CALL_TRANSACTION + 19;
    /** Replies a new TestService object, with its own BLOCK gate and RECORD sequence. */
    static final int NEW_SERVICE = FIRST_CALL_TRANSACTION + 20;
    /** Reads n; replies n new distinct objects. */
    static final int CREATE_BINDERS = FIRST_CALL_TRANSACTION + 21;
    /** Reads an int; replies the AIDL success header (int32 0) and that int. */
    static final int SUCCEED = FIRST_CALL_TRANSACTION + 22;
    /** Reads an int array; replies its elements as raw int32 words, whatever they mean. */
    static final int REPLY_INTS = FIRST_CALL_TRANSACTION + 23;

    static final int KIND_ILLEGAL_ARGUMENT = 1;
    static final int KIND_SECURITY = 2;
    static final int KIND_NULL_POINTER = 3;
    static final int KIND_ILLEGAL_STATE = 4;
    static final int KIND_UNSUPPORTED = 5;
    static final int KIND_SERVICE_SPECIFIC = 6;

    private final Binder self = new Binder("org.binder4j.it.Self");
    private final List<IBinder> held = new ArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(1);
    private int blocked;
    private int recorded;
    private boolean outOfOrder;

    TestService() {
        super(DESCRIPTOR);
        setExtension(new Binder("org.binder4j.it.Extension"));
    }

    @Override
    protected int onTransactWithStatus(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
        if (code != RETURN_STATUS) {
            return super.onTransactWithStatus(code, data, reply, flags);
        }
        data.enforceInterface(DESCRIPTOR);
        return data.readInt();
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
            case WORK_SOURCE -> workSource(data, reply);
            case HOLD -> hold(data.readStrongBinder());
            case DROP_HELD -> dropHeld();
            case FLAGS -> reply.writeInt(flags);
            case CALL_BACK -> callBack(data.readStrongBinder(), data.readInt());
            case POOL_THREADS -> reply.writeInt(poolThreads(data.readInt()));
            case NEW_SERVICE -> reply.writeStrongBinder(new TestService());
            case CREATE_BINDERS -> createBinders(data.readInt(), reply);
            case SUCCEED -> {
                reply.writeNoException();
                reply.writeInt(data.readInt());
            }
            case REPLY_INTS -> {
                for (int word : data.createIntArray()) {
                    reply.writeInt(word);
                }
            }
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

    private static void workSource(Parcel data, Parcel reply) throws RemoteException {
        reply.writeInt(getCallingWorkSourceUid());
        if (data.dataAvail() > 0) {
            IBinder next = data.readStrongBinder();
            Parcel request = Parcel.obtain();
            Parcel inner = Parcel.obtain();
            try {
                request.writeInterfaceToken(DESCRIPTOR);
                next.transact(WORK_SOURCE, request, inner, 0);
                reply.writeInt(inner.readInt());
            } finally {
                inner.recycle();
                request.recycle();
            }
        }
    }

    private static void callBack(IBinder target, int code) throws RemoteException {
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        try {
            target.transact(code, data, reply, 0);
        } finally {
            reply.recycle();
            data.recycle();
        }
    }

    private static int poolThreads(int pid) {
        String prefix = "binder:" + pid + "_";
        return (int) Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).count();
    }

    private static void createBinders(int count, Parcel reply) {
        for (int i = 0; i < count; i++) {
            reply.writeStrongBinder(new Binder("org.binder4j.it.Created"));
        }
    }

    private synchronized void hold(IBinder binder) {
        held.add(binder);
    }

    /** Takes what HOLD kept, for a registry of the test's own process. */
    synchronized List<IBinder> takeHeld() {
        List<IBinder> taken = List.copyOf(held);
        held.clear();
        return taken;
    }

    private void dropHeld() {
        synchronized (this) {
            held.clear();
        }
        System.gc();
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
