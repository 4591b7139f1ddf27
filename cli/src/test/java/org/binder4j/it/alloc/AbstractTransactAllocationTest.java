package org.binder4j.it.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.binder4j.Binder;
import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.IServiceManager;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A synchronous call in the steady state allocates nothing: on the client's thread (Parcel.obtain, the
 * writes, BinderProxy.transact, reading the reply, recycle), on the server's binder thread (receiving,
 * Binder.execTransact, the reply) and on the transport's own threads, whatever the subclass's transport.
 *
 * <p>Allocation is measured per thread ({@code ThreadMXBean#getThreadAllocatedBytes}), so the number is
 * exact, not a timing. The interpreter and the first compilers allocate what the optimising compiler's
 * escape analysis removes, so the test runs rounds of {@value #CALLS} calls until one shows the steady
 * state (below one byte per call on every thread), and fails if none does within {@value #MAX_ROUNDS}.
 */
abstract class AbstractTransactAllocationTest {
    private static final int CALLS = 10_000;
    private static final int MAX_ROUNDS = 50;
    private static final String SERVICE = "adder";

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final List<AutoCloseable> opened = new ArrayList<>();

    /** A binder process on the subclass's transport, closed after the test. */
    abstract BinderRuntime openProcess(String name) throws Exception;

    /** The threads the transport runs by itself (a daemon's conductor), to be measured too. */
    abstract List<Thread> transportThreads();

    /** Closes {@code resource} after the test, before what was opened earlier. */
    final <T extends AutoCloseable> T closeAfter(T resource) {
        opened.add(resource);
        return resource;
    }

    /** Closes everything, the rest too when one fails; throws the first failure. */
    @AfterEach
    void closeAll() throws Exception {
        Exception failure = null;
        for (AutoCloseable resource : opened.reversed()) {
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        opened.clear();
        if (failure != null) {
            throw failure;
        }
    }

    @Test
    void steadyStateCallAllocatesNothing() throws Exception {
        assumeTrue(threads.isThreadAllocatedMemorySupported());
        Adder adder = new Adder();
        BinderRuntime server = closeAfter(openProcess("adder-server"));
        // No spawned threads: the pool's first thread serves every call, and is the one measured.
        server.setMaxThreads(0);
        server.startThreadPool();
        ServiceManager.of(server).addService(SERVICE, adder, false, IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT);
        BinderRuntime client = closeAfter(openProcess("adder-client"));
        IBinder remote = ServiceManager.of(client).checkService(SERVICE);
        assertNotNull(remote, SERVICE + " is registered");
        assertEquals(2, add(remote, 1));

        List<Thread> measured = new ArrayList<>(transportThreads());
        measured.add(findThread(adder.handlerThreadId));
        long[] allocated = new long[measured.size() + 1];
        Arrays.fill(allocated, Long.MAX_VALUE);
        for (int round = 0; round < MAX_ROUNDS && !allBelow(allocated, CALLS); round++) {
            long[] before = allocatedBytes(measured);
            long clientBefore = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < CALLS; i++) {
                if (add(remote, i) != i + 1) {
                    throw new AssertionError("call " + i + " got a wrong answer");
                }
            }
            allocated[0] = threads.getCurrentThreadAllocatedBytes() - clientBefore;
            long[] after = allocatedBytes(measured);
            for (int t = 0; t < measured.size(); t++) {
                allocated[t + 1] = after[t] - before[t];
            }
        }

        assertEquals(measured.getLast().threadId(), adder.handlerThreadId, "the measured server thread serves the calls");
        assertTrue(allocated[0] < CALLS, allocated[0] + " bytes allocated by the client thread in " + CALLS + " calls");
        for (int t = 0; t < measured.size(); t++) {
            assertTrue(allocated[t + 1] < CALLS, allocated[t + 1] + " bytes allocated by thread "
                    + measured.get(t).getName() + " in " + CALLS + " calls");
        }
    }

    /** One call, as a generated proxy makes it. */
    private static int add(IBinder remote, int value) throws RemoteException {
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        try {
            data.writeInterfaceToken(Adder.DESCRIPTOR);
            data.writeInt(value);
            remote.transact(Adder.ADD, data, reply, 0);
            reply.readException();
            return reply.readInt();
        } finally {
            reply.recycle();
            data.recycle();
        }
    }

    private long[] allocatedBytes(List<Thread> measured) {
        long[] bytes = new long[measured.size()];
        for (int t = 0; t < bytes.length; t++) {
            bytes[t] = threads.getThreadAllocatedBytes(measured.get(t).threadId());
        }
        return bytes;
    }

    private static boolean allBelow(long[] allocated, long bound) {
        for (long bytes : allocated) {
            if (bytes >= bound) {
                return false;
            }
        }
        return true;
    }

    static Thread findThread(long threadId) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.threadId() == threadId).findFirst()
                .orElseThrow(() -> new AssertionError("no live thread " + threadId));
    }

    /** Answers ADD with its argument plus one, as a generated stub would; remembers the thread that handled it. */
    private static final class Adder extends Binder {
        static final String DESCRIPTOR = "org.binder4j.it.alloc.IAdder";
        static final int ADD = FIRST_CALL_TRANSACTION;

        volatile long handlerThreadId;

        Adder() {
            super(DESCRIPTOR);
        }

        @Override
        protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
            if (code != ADD) {
                return super.onTransact(code, data, reply, flags);
            }
            data.enforceInterface(DESCRIPTOR);
            int value = data.readInt();
            reply.writeNoException();
            reply.writeInt(value + 1);
            handlerThreadId = Thread.currentThread().threadId();
            return true;
        }
    }
}
