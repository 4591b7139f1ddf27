package org.binder4j.bench.binder;

import org.binder4j.BinderRuntime;
import org.binder4j.IServiceManager;
import org.binder4j.ServiceManager;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.harness.Exercise;
import org.binder4j.driver.inprocess.InProcessDriver;
import org.binder4j.servicemanager.ServiceManagerHost;
import org.junit.jupiter.api.Test;

/** The benchmark's binder4j interface and callers over the in-process transport (the cross-JVM run is the smoke test's). */
class BinderBenchTest {
    private static final int UID = 1000;

    @Test
    void everyOperationRoundTripsThroughTheProxy() throws Exception {
        InProcessDriver driver = new InProcessDriver();
        ServiceManagerHost serviceManager = ServiceManagerHost.start(driver.open(7000, UID, UID, "servicemanager"));
        BinderRuntime server = BinderRuntime.create(driver.open(7001, UID, UID, "bench-server"));
        try {
            server.startThreadPool();
            ServiceManager.of(server).addService(IBench.SERVICE_NAME, new BenchService(), false,
                    IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT);
            try (BinderConnection connection = new BinderConnection(
                    BinderRuntime.create(driver.open(7002, UID, UID, "bench-client")))) {
                Exercise.calls(connection, BenchCase.SMALL, 500);
                Exercise.calls(connection, BenchCase.ONEWAY, 2000);
                Exercise.calls(connection, BenchCase.ECHO_4K, 100);
                Exercise.calls(connection, BenchCase.ECHO_512K, 10);
                Exercise.calls(connection, BenchCase.BINDER_OBJECT, 100);
                Exercise.refuses(connection, BenchCase.IDLE, "binder4j");
            }
        } finally {
            server.close();
            serviceManager.close();
        }
    }
}
