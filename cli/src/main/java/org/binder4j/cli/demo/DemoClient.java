package org.binder4j.cli.demo;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.binder4j.BinderProxy;
import org.binder4j.BinderRuntime;
import org.binder4j.DeadObjectException;
import org.binder4j.IBinder;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.binder4j.demo.IDemoCallback;
import org.binder4j.demo.IDemoService;
import org.binder4j.sys.Os;

/** {@code binder4j demo-client}: exercises the demo service and prints what happened and how fast. */
public final class DemoClient {
    /** Printed last when every step worked. */
    public static final String DONE = "demo-client done";

    private static final int LATENCY_CALLS = 20_000;
    private static final int WARMUP_CALLS = 5_000;
    private static final int ONEWAY_CALLS = 2_000;

    private final PrintStream out;
    private final IDemoService service;

    private DemoClient(PrintStream out, IDemoService service) {
        this.out = out;
        this.service = service;
    }

    public static int run(String[] args, PrintStream out) throws Exception {
        BinderRuntime runtime = BinderRuntime.get();
        IBinder binder = ServiceManager.checkService(IDemoService.SERVICE_NAME);
        if (binder == null) {
            out.println("demo-client: no service \"" + IDemoService.SERVICE_NAME + "\" registered");
            return 1;
        }
        out.printf("  client    pid %d found \"%s\" through the service manager (handle %d)%n",
                runtime.pid(), IDemoService.SERVICE_NAME, ((BinderProxy) binder).handle());
        new DemoClient(out, IDemoService.Stub.asInterface(binder)).exercise();
        out.println(DONE);
        return 0;
    }

    private void exercise() throws Exception {
        int[] caller = service.caller();
        out.printf("  identity  the server saw caller pid %d, uid %d (this process: pid %d, uid %d)%n",
                caller[0], caller[1], Os.getpid(), Os.geteuid());
        out.printf("  call      add(2, 3) = %d%n", service.add(2, 3));
        out.printf("  call      echo(\"hello, binder\") = \"%s\"%n", service.echo("hello, binder"));

        IDemoCallback callback = new IDemoCallback.Stub() {
            @Override
            public String onEvent(String message) {
                return message + "' on thread " + Thread.currentThread().getName();
            }
        };
        out.printf("  callback  passed a local object; the server called it back: '%s (the thread that made the call: %s)%n",
                service.callMeBack(callback, "event from the server"), Thread.currentThread().getName());

        long onewayStart = System.nanoTime();
        for (int i = 0; i < ONEWAY_CALLS; i++) {
            service.record(i);
        }
        // Oneway and sync calls are not ordered with each other: ask until every oneway has arrived.
        long deadline = onewayStart + TimeUnit.SECONDS.toNanos(30);
        int recorded;
        do {
            recorded = service.recorded();
        } while (recorded >= 0 && recorded < ONEWAY_CALLS && System.nanoTime() < deadline);
        long onewayMicros = (System.nanoTime() - onewayStart) / 1000;
        out.printf("  oneway    %d oneway calls: %s after %.1f ms%n", ONEWAY_CALLS,
                recorded == ONEWAY_CALLS ? "all delivered, in order," : "NOT all delivered in order (" + recorded + ")",
                onewayMicros / 1000.0);

        for (int i = 0; i < WARMUP_CALLS; i++) {
            service.add(i, 1);
        }
        long[] nanos = new long[LATENCY_CALLS];
        for (int i = 0; i < LATENCY_CALLS; i++) {
            long start = System.nanoTime();
            service.add(i, 1);
            nanos[i] = System.nanoTime() - start;
        }
        out.println("  latency   " + summary(nanos, "sync add(int, int) round trips"));
        byte[] payload = new byte[64 * 1024];
        long[] bulk = new long[500];
        for (int i = 0; i < bulk.length; i++) {
            long start = System.nanoTime();
            service.echoBytes(payload);
            bulk[i] = System.nanoTime() - start;
        }
        out.println("  latency   " + summary(bulk, "64 KiB echo round trips"));

        demonstrateDeath();
    }

    private void demonstrateDeath() throws InterruptedException {
        CountDownLatch died = new CountDownLatch(1);
        int serverPid;
        try {
            BinderProxy binder = (BinderProxy) service.asBinder();
            serverPid = binder.getDebugPid();
            binder.linkToDeath(died::countDown, 0);
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
            service.add(1, 1);
            out.println("  death     a call after the death unexpectedly succeeded");
        } catch (DeadObjectException e) {
            out.println("  death     the next call threw DeadObjectException: " + e.getMessage());
        } catch (RemoteException e) {
            out.println("  death     the next call threw " + e);
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
