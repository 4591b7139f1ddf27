package org.binder4j.cli.demo;

import static org.binder4j.cli.demo.DemoProtocol.*;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.binder4j.Binder;
import org.binder4j.BinderProxy;
import org.binder4j.BinderRuntime;
import org.binder4j.DeadObjectException;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.binder4j.sys.Os;

/** {@code binder4j demo-client}: exercises the demo service and prints what happened and how fast. */
public final class DemoClient {
    /** Printed last when every step worked. */
    public static final String DONE = "demo-client done";

    private static final int LATENCY_CALLS = 20_000;
    private static final int WARMUP_CALLS = 5_000;
    private static final int ONEWAY_CALLS = 2_000;

    private final PrintStream out;
    private final IBinder service;

    private DemoClient(PrintStream out, IBinder service) {
        this.out = out;
        this.service = service;
    }

    public static int run(String[] args, PrintStream out) throws Exception {
        BinderRuntime runtime = BinderRuntime.get();
        IBinder service = ServiceManager.checkService(SERVICE_NAME);
        if (service == null) {
            out.println("demo-client: no service \"" + SERVICE_NAME + "\" registered");
            return 1;
        }
        out.printf("  client    pid %d found \"%s\" through the service manager (handle %d)%n",
                runtime.pid(), SERVICE_NAME, ((BinderProxy) service).handle());
        new DemoClient(out, service).exercise();
        out.println(DONE);
        return 0;
    }

    private void exercise() throws Exception {
        int[] caller = call(CALLER, null).createIntArray();
        out.printf("  identity  the server saw caller pid %d, uid %d (this process: pid %d, uid %d)%n",
                caller[0], caller[1], Os.getpid(), Os.geteuid());
        out.printf("  call      add(2, 3) = %d%n", add(2, 3));
        out.printf("  call      echo(\"hello, binder\") = \"%s\"%n", call(ECHO, "hello, binder").readString());

        Binder callback = new Binder(CALLBACK_DESCRIPTOR) {
            @Override
            protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
                if (code != ON_EVENT) {
                    return super.onTransact(code, data, reply, flags);
                }
                data.enforceInterface(CALLBACK_DESCRIPTOR);
                String message = data.readString();
                reply.writeNoException();
                reply.writeString(message + "' on thread " + Thread.currentThread().getName());
                return true;
            }
        };
        Parcel data = Parcel.obtain();
        data.writeInterfaceToken(DESCRIPTOR);
        data.writeStrongBinder(callback);
        data.writeString("event from the server");
        Parcel reply = transact(CALL_ME_BACK, data);
        out.printf("  callback  passed a local object; the server called it back: '%s (the thread that made the call: %s)%n",
                reply.readString(), Thread.currentThread().getName());
        reply.recycle();

        long onewayStart = System.nanoTime();
        for (int i = 0; i < ONEWAY_CALLS; i++) {
            Parcel record = Parcel.obtain();
            record.writeInterfaceToken(DESCRIPTOR);
            record.writeInt(i);
            service.transact(RECORD, record, null, IBinder.FLAG_ONEWAY);
            record.recycle();
        }
        // Oneway and sync calls are not ordered with each other: ask until every oneway has arrived.
        long deadline = onewayStart + TimeUnit.SECONDS.toNanos(30);
        int recorded;
        do {
            Parcel answer = call(RECORDED, null);
            recorded = answer.readInt();
            answer.recycle();
        } while (recorded >= 0 && recorded < ONEWAY_CALLS && System.nanoTime() < deadline);
        long onewayMicros = (System.nanoTime() - onewayStart) / 1000;
        out.printf("  oneway    %d oneway calls: %s after %.1f ms%n", ONEWAY_CALLS,
                recorded == ONEWAY_CALLS ? "all delivered, in order," : "NOT all delivered in order (" + recorded + ")",
                onewayMicros / 1000.0);

        for (int i = 0; i < WARMUP_CALLS; i++) {
            add(i, 1);
        }
        long[] nanos = new long[LATENCY_CALLS];
        for (int i = 0; i < LATENCY_CALLS; i++) {
            long start = System.nanoTime();
            add(i, 1);
            nanos[i] = System.nanoTime() - start;
        }
        out.println("  latency   " + summary(nanos, "sync add(int, int) round trips"));
        byte[] payload = new byte[64 * 1024];
        long[] bulk = new long[500];
        for (int i = 0; i < bulk.length; i++) {
            long start = System.nanoTime();
            Parcel echoed = call(ECHO_BYTES, payload);
            echoed.createByteArray();
            echoed.recycle();
            bulk[i] = System.nanoTime() - start;
        }
        out.println("  latency   " + summary(bulk, "64 KiB echo round trips"));

        demonstrateDeath();
    }

    private void demonstrateDeath() throws InterruptedException {
        CountDownLatch died = new CountDownLatch(1);
        int serverPid;
        try {
            serverPid = ((BinderProxy) service).getDebugPid();
            service.linkToDeath(died::countDown, 0);
        } catch (RemoteException e) {
            out.println("  death     the server died too early: " + e.getMessage());
            return;
        }
        long start = System.nanoTime();
        Os.kill(serverPid, Os.SIGKILL);
        boolean told = died.await(10, TimeUnit.SECONDS);
        out.printf("  death     killed the server (pid %d, SIGKILL): death recipient %s%n", serverPid,
                told ? String.format("called after %.1f ms", (System.nanoTime() - start) / 1e6) : "NOT called within 10 s");
        try {
            add(1, 1);
            out.println("  death     a call after the death unexpectedly succeeded");
        } catch (DeadObjectException e) {
            out.println("  death     the next call threw DeadObjectException: " + e.getMessage());
        } catch (RemoteException e) {
            out.println("  death     the next call threw " + e);
        }
    }

    private int add(int a, int b) throws RemoteException {
        Parcel data = Parcel.obtain();
        data.writeInterfaceToken(DESCRIPTOR);
        data.writeInt(a);
        data.writeInt(b);
        Parcel reply = transact(ADD, data);
        int sum = reply.readInt();
        reply.recycle();
        return sum;
    }

    /** A call with one optional String or byte[] argument; the caller recycles the reply. */
    private Parcel call(int code, Object argument) throws RemoteException {
        Parcel data = Parcel.obtain();
        data.writeInterfaceToken(DESCRIPTOR);
        if (argument instanceof String text) {
            data.writeString(text);
        } else if (argument instanceof byte[] bytes) {
            data.writeByteArray(bytes);
        }
        return transact(code, data);
    }

    private Parcel transact(int code, Parcel data) throws RemoteException {
        Parcel reply = Parcel.obtain();
        try {
            service.transact(code, data, reply, 0);
            reply.readException();
            return reply;
        } finally {
            data.recycle();
        }
    }

    private static String summary(long[] nanos, String what) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("%d %s: p50 %.1f µs, p90 %.1f µs, p99 %.1f µs, max %.1f µs", sorted.length, what,
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted[sorted.length - 1] / 1000.0);
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
