package org.binder4j.driver;

import static org.binder4j.driver.DriverHarness.find;
import static org.binder4j.protocol.Returns.BR_REPLY;
import static org.binder4j.protocol.Returns.BR_TRANSACTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.binder4j.driver.DriverHarness.TestProc;
import org.binder4j.driver.DriverHarness.TestThread;
import org.binder4j.protocol.Errno;
import org.binder4j.protocol.WriteRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Releasing processes in any state leaves nothing behind; transport mistakes are refused. */
class LifecycleTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void releasingEveryProcessInAnyOrderFreesEverything(boolean reverse) {
        DriverHarness harness = new DriverHarness();
        TestProc managerProc = harness.proc(100, 1000);
        TestProc serverProc = harness.proc(200, 2000);
        TestProc clientProc = harness.proc(300, 3000);
        assertEquals(0, managerProc.becomeContextManager());
        TestThread manager = managerProc.looper(101);
        TestThread server = serverProc.looper(201);
        TestThread client = clientProc.looper(301);
        TestThread clientPool = clientProc.looper(302);

        int published = harness.publish(server, manager, 0x10, 0x11);
        int handle = harness.lookup(client, manager, published);
        client.requestDeath(handle, 5).write();
        // A sync call being handled, with a nested call back into the client waiting on the caller.
        client.call(handle, Parcel.empty().putBinder(0x30, 0x31)).write();
        Ret call = find(server.read(), BR_TRANSACTION);
        int callback = serverProc.object(call, 0).handle();
        server.call(callback, Parcel.ofSize(100)).write();
        // Oneways piling up in the manager, one delivered and kept, the rest queued on the node.
        clientPool.oneway(0, Parcel.ofSize(40)).oneway(0, Parcel.ofSize(40)).oneway(0, Parcel.ofSize(40)).write();
        find(manager.read(), BR_TRANSACTION);
        // A failed transaction waiting to be read, and a weak ref.
        clientPool.call(99, Parcel.empty()).increfs(0).write();

        DriverStats busy = harness.driver.stats();
        assertEquals(3, busy.procs());
        assertEquals(4, busy.threads());
        assertEquals(3, busy.nodes());
        assertTrue(busy.transactions() >= 4, busy.toString());
        assertTrue(busy.buffers() >= 5, busy.toString());
        assertEquals(1, busy.deaths());

        TestProc[] order = reverse ? new TestProc[] {clientProc, serverProc, managerProc}
                : new TestProc[] {managerProc, serverProc, clientProc};
        for (TestProc proc : order) {
            proc.release();
            assertTrue(proc.proc.isDead());
        }
        assertEquals(new DriverStats(0, 0, 0, 0, 0, 0, 0, 0), harness.driver.stats());
        harness.close();
    }

    @Test
    void releasingTwiceIsHarmlessAndReleasedObjectsAreRefused() {
        try (DriverHarness harness = new DriverHarness()) {
            TestProc proc = harness.proc(100, 1000);
            TestThread thread = proc.looper(101);
            harness.driver.releaseThread(thread.thread);
            harness.driver.releaseThread(thread.thread);
            harness.driver.stopWaiting(thread.thread);
            harness.driver.setSendBuffer(thread.thread, thread.sendBuffer);
            assertEquals(null, harness.driver.takeExtendedError(thread.thread));
            assertThrows(IllegalArgumentException.class, thread::read);
            proc.release();
            proc.release();
            assertThrows(IllegalArgumentException.class, () -> proc.thread(102));
            assertThrows(IllegalArgumentException.class, proc::becomeContextManager);
        }
    }

    @Test
    void objectsOfAnotherDriverAreRefused() {
        try (DriverHarness one = new DriverHarness(); DriverHarness other = new DriverHarness()) {
            TestThread foreign = other.proc(100, 1000).looper(101);
            WriteRead bwr = new WriteRead();
            assertThrows(IllegalArgumentException.class, () -> one.driver.writeRead(foreign.thread, bwr));
            assertThrows(IllegalArgumentException.class, () -> one.driver.releaseProc(foreign.proc.proc));
        }
    }

    @Test
    void sizesBeyondTheBuffersAreEfault() {
        try (DriverHarness harness = new DriverHarness(); Arena arena = Arena.ofConfined()) {
            TestThread thread = harness.proc(100, 1000).looper(101);
            MemorySegment small = arena.allocate(16);
            WriteRead bwr = new WriteRead().write(small, 32);
            assertEquals(-Errno.EFAULT, harness.driver.writeRead(thread.thread, bwr));
            bwr.write(small, 0).read(small, 64);
            assertEquals(-Errno.EFAULT, harness.driver.writeRead(thread.thread, bwr));
            bwr.write(MemorySegment.NULL, 4);
            assertEquals(-Errno.EFAULT, harness.driver.writeRead(thread.thread, bwr), "binder's WRITE_READ with NULL");
        }
    }

    @Test
    void callsBetweenTwoProcessesOfOnePidWork() {
        try (DriverHarness harness = new DriverHarness()) {
            TestProc manager = harness.proc(100, 1000);
            assertEquals(0, manager.becomeContextManager());
            TestThread server = manager.looper(101);
            TestProc second = harness.proc(200, 2000);
            TestThread client = second.looper(201);
            int published = harness.publish(client, server, 0x40, 0x41);
            TestThread sibling = harness.proc(200, 2000).looper(202);
            int handle = harness.lookup(sibling, server, published);

            sibling.call(handle, Parcel.empty()).write();
            Ret call = find(client.read(), BR_TRANSACTION);
            assertEquals(200, call.senderPid());
            client.freeBuffer(call).reply(Parcel.empty()).read();
            sibling.freeBuffer(find(sibling.read(), BR_REPLY)).write();
        }
    }
}
