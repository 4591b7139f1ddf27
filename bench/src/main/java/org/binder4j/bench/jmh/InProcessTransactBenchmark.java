package org.binder4j.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.binder4j.BinderRuntime;
import org.binder4j.IServiceManager;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.binder4j.bench.binder.BenchService;
import org.binder4j.bench.binder.IBench;
import org.binder4j.driver.inprocess.InProcessDriver;
import org.binder4j.servicemanager.ServiceManagerHost;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A client's synchronous call through the generated-style proxy, over the in-process transport: the
 * whole runtime path (Parcel, proxy, thread state, driver, the server's binder thread) without a socket.
 * Its {@code gc.alloc.rate.norm} under {@code -prof gc} is the steady-state allocation per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class InProcessTransactBenchmark {
    private static final int UID = 1000;

    private ServiceManagerHost serviceManager;
    private BinderRuntime server;
    private BinderRuntime client;
    private IBench service;
    private int value;

    @Setup
    public void setUp() throws RemoteException {
        InProcessDriver driver = new InProcessDriver();
        serviceManager = ServiceManagerHost.start(driver.open(100, UID, UID, "servicemanager"));
        server = BinderRuntime.create(driver.open(101, UID, UID, "bench-server"));
        server.startThreadPool();
        ServiceManager.of(server).addService(IBench.SERVICE_NAME, new BenchService(), false,
                IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT);
        client = BinderRuntime.create(driver.open(102, UID, UID, "bench-client"));
        service = IBench.Stub.asInterface(ServiceManager.of(client).checkService(IBench.SERVICE_NAME));
        if (service == null) {
            throw new IllegalStateException("the in-process server did not register " + IBench.SERVICE_NAME);
        }
    }

    @TearDown
    public void tearDown() {
        client.close();
        server.close();
        serviceManager.close();
    }

    @Benchmark
    public int add() throws RemoteException {
        return value = service.add(value);
    }
}
