package org.binder4j.it;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.binder4j.Binder;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;

/**
 * A local object peers call back into ({@link TestService#CALL_BACK}): each call back waits at the gate
 * until the test lets it through, so the peer thread that made it stays busy for as long as the test
 * wants, and the test knows exactly how many peer threads are busy.
 */
final class CallbackGate extends Binder {
    private static final int WAIT = FIRST_CALL_TRANSACTION;

    private final Semaphore permits = new Semaphore(0);
    private final AtomicInteger arrivals = new AtomicInteger();

    CallbackGate() {
        super("org.binder4j.it.CallbackGate");
    }

    /** Asks {@code peer} to call back through this gate; returns when the call back was let through. */
    Void callThrough(IBinder peer) throws RemoteException {
        Parcel data = AbstractWorldTest.request();
        data.writeStrongBinder(this);
        data.writeInt(WAIT);
        AbstractWorldTest.call(peer, TestService.CALL_BACK, data).recycle();
        return null;
    }

    /** Call backs that reached the gate so far. */
    int arrivals() {
        return arrivals.get();
    }

    void awaitArrivals(int count) {
        Await.until(count + " call backs at the gate", () -> arrivals.get() >= count);
    }

    void letOneThrough() {
        permits.release();
    }

    /** Opens the gate for good: for the end of a test, failed or not. */
    void openForGood() {
        permits.release(Integer.MAX_VALUE / 2);
    }

    @Override
    protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
        if (code != WAIT) {
            return super.onTransact(code, data, reply, flags);
        }
        arrivals.incrementAndGet();
        try {
            if (!permits.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not open the gate within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
