package org.binder4j.it.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.binder4j.BinderRuntime;
import org.binder4j.driver.DriverConfig;
import org.binder4j.driver.daemon.DriverDaemon;
import org.binder4j.driver.host.DriverHost;
import org.binder4j.driver.inprocess.InProcessDriver;
import org.binder4j.internal.daemon.DaemonDriverSession;
import org.binder4j.servicemanager.ServiceManagerHost;
import org.binder4j.sys.Os;
import org.junit.jupiter.api.BeforeEach;

/**
 * The steady-state call over the daemon transport: real sockets and shared memory, with the daemon's
 * conductor in this JVM so that its thread can be measured too. The client and the server are this JVM
 * (one pid, two binder processes); the service manager is in-process in the daemon, under another pid,
 * since a call to handle 0 from its own pid is refused.
 */
class DaemonTransactAllocationTest extends AbstractTransactAllocationTest {
    private static final String CONDUCTOR = "binder4j-conductor";

    private Path socket;
    private Thread conductor;

    @BeforeEach
    void startDaemon() throws Exception {
        Path directory = Files.createTempDirectory("binder4j-alloc-");
        socket = directory.resolve("binder");
        // The daemon removes its socket when it closes; if it could not, the socket goes here.
        closeAfter(() -> {
            Files.deleteIfExists(socket);
            Files.delete(directory);
        });
        DriverHost host = new DriverHost(DriverConfig.defaults());
        Set<Long> earlierConductors = conductorIds();
        DriverDaemon daemon = closeAfter(DriverDaemon.listen(socket, host));
        closeAfter(ServiceManagerHost.start(new InProcessDriver(host).open(Os.getpid() + 1, Os.geteuid(), Os.getgid(),
                "servicemanager")));
        daemon.serve();
        Set<Long> started = conductorIds();
        started.removeAll(earlierConductors);
        assertEquals(1, started.size(), "the daemon started one conductor thread");
        conductor = findThread(started.iterator().next());
    }

    private static Set<Long> conductorIds() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(CONDUCTOR))
                .map(Thread::threadId).collect(Collectors.toSet());
    }

    @Override
    BinderRuntime openProcess(String name) {
        return BinderRuntime.create(DaemonDriverSession.connect(socket, name));
    }

    @Override
    List<Thread> transportThreads() {
        return List.of(conductor);
    }
}
