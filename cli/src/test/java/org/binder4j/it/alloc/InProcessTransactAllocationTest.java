package org.binder4j.it.alloc;

import java.util.List;
import org.binder4j.BinderRuntime;
import org.binder4j.driver.inprocess.InProcessDriver;
import org.binder4j.servicemanager.ServiceManagerHost;
import org.junit.jupiter.api.BeforeEach;

/** The steady-state call over the in-process transport, whose threads are the client's and the server's. */
class InProcessTransactAllocationTest extends AbstractTransactAllocationTest {
    private static final int UID = 1000;

    private final InProcessDriver driver = new InProcessDriver();
    private int nextPid = 100;

    @BeforeEach
    void startServiceManager() {
        closeAfter(ServiceManagerHost.start(driver.open(nextPid++, UID, UID, "servicemanager")));
    }

    @Override
    BinderRuntime openProcess(String name) {
        return BinderRuntime.create(driver.open(nextPid++, UID, UID, name));
    }

    @Override
    List<Thread> transportThreads() {
        return List.of();
    }
}
