package org.binder4j.it.fd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.ParcelFileDescriptor;
import org.binder4j.RemoteException;
import org.binder4j.it.BinderWorld;
import org.binder4j.sys.Fds;

/** Calls to an {@link FdService}, reading descriptors, and the leak checks every fd test ends with. */
final class FdTestSupport {
    private static final Pattern FILES_HELD = Pattern.compile("file: active (\\d+)");
    private static final long WAIT_SECONDS = 30;

    private FdTestSupport() {}

    static Parcel request() {
        Parcel data = Parcel.obtain();
        data.writeInterfaceToken(FdService.DESCRIPTOR);
        return data;
    }

    /** Calls {@code code}, recycles {@code data}, and returns the reply (to be recycled). */
    static Parcel call(IBinder service, int code, Parcel data) throws RemoteException {
        Parcel reply = Parcel.obtain();
        try {
            assertTrue(service.transact(code, data, reply, 0), "code " + code + " is known");
        } finally {
            data.recycle();
        }
        return reply;
    }

    /** The descriptors open in the service's process. */
    static int openFdsOf(IBinder service) throws RemoteException {
        Parcel reply = call(service, FdService.OPEN_FDS, request());
        int count = reply.readInt();
        reply.recycle();
        return count;
    }

    /** Files the driver holds now, from its stats view (the line is absent until one was ever held). */
    static int filesHeldByDriver(BinderWorld world) {
        Matcher m = FILES_HELD.matcher(world.debugView("stats"));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Reads one byte from {@code fd} without waiting: -1 at end of file; a missing byte fails the test. */
    static int readByteNow(ParcelFileDescriptor fd) {
        Fds.setStatusFlags(fd.getFd(), Fds.statusFlags(fd.getFd()) | Fds.O_NONBLOCK);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment one = arena.allocate(1);
            return Fds.read(fd.getFd(), one, 1) == 0 ? -1 : one.get(ValueLayout.JAVA_BYTE, 0);
        }
    }

    /** Waits, with a bound, until {@code count} reports {@code expected}; fails with the last value. */
    static void awaitCount(String what, int expected, IntSupplier count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        int actual;
        do {
            actual = count.getAsInt();
            if (actual == expected) {
                return;
            }
            Thread.onSpinWait();
        } while (System.nanoTime() < deadline);
        assertEquals(expected, actual, what);
    }
}
