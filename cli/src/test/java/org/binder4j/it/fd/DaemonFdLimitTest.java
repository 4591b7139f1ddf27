package org.binder4j.it.fd;

import static org.binder4j.it.fd.FdTestSupport.awaitCount;
import static org.binder4j.it.fd.FdTestSupport.call;
import static org.binder4j.it.fd.FdTestSupport.filesHeldByDriver;
import static org.binder4j.it.fd.FdTestSupport.openFdsOf;
import static org.binder4j.it.fd.FdTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.binder4j.DeadObjectException;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.ParcelFileDescriptor;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.binder4j.it.DaemonWorld;
import org.binder4j.sys.Fds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Scenario 34: a receiver at its RLIMIT_NOFILE cannot take a call's descriptors. The call fails as a
 * failed transaction that says why, the receiver goes on serving, and no descriptor is left behind in
 * the client, the receiver or the daemon.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class DaemonFdLimitTest {
    private DaemonWorld world;
    private IBinder service;
    private long daemonPid;

    @BeforeAll
    void start() throws Exception {
        world = new DaemonWorld();
        world.startPeer(FdServerMain.class, "fd.limit");
        service = ServiceManager.of(world.client()).checkService("fd.limit");
        assertNotNull(service);
        daemonPid = world.daemon().pid();
    }

    @AfterAll
    void stop() throws Exception {
        if (world != null) {
            world.close();
        }
    }

    /** Sends {@code count} descriptors (copies of a pipe's ends) for the service to take and close. */
    private void sendDescriptors(int count) throws IOException, RemoteException {
        ParcelFileDescriptor[] pipe = ParcelFileDescriptor.createPipe();
        try {
            Parcel data = request();
            data.writeInt(count);
            for (int i = 0; i < count; i++) {
                data.writeFileDescriptor(pipe[i % 2].getFd());
            }
            call(service, FdService.TAKE_FDS, data).recycle();
        } finally {
            pipe[0].close();
            pipe[1].close();
        }
    }

    @Test
    void scenario34_receiverAtItsDescriptorLimitFailsTheCallAndNothingLeaks() throws Exception {
        // Every path the full receiver runs, run once before: it cannot load classes while full.
        sendDescriptors(2);
        int client = Fds.countOpen();
        int server = openFdsOf(service);
        int daemon = Fds.countOpen(daemonPid);
        Parcel fill = request();
        fill.writeInt(1);
        call(service, FdService.FILL_TABLE, fill).recycle();

        DeadObjectException e = assertThrows(DeadObjectException.class, () -> sendDescriptors(2));

        call(service, FdService.FREE_TABLE, request()).recycle();
        assertTrue(e.getMessage().startsWith("Transaction failed on small parcel"), e.getMessage());
        assertTrue(e.getMessage().contains("could not receive the file descriptors of transaction"), e.getMessage());
        assertTrue(e.getMessage().contains("EMFILE"), e.getMessage());
        assertTrue(service.isBinderAlive(), "a failed transaction is no death");
        sendDescriptors(2);
        assertEquals(client, Fds.countOpen(), "descriptors open in the client");
        assertEquals(server, openFdsOf(service), "descriptors open in the receiver");
        awaitCount("descriptors open in the daemon", daemon, () -> Fds.countOpen(daemonPid));
        assertEquals(0, filesHeldByDriver(world), "files held by the driver");
    }
}
