package org.binder4j.driver;

import static org.binder4j.driver.DriverHarness.assertReturns;
import static org.binder4j.driver.DriverHarness.find;
import static org.binder4j.protocol.Returns.BR_CLEAR_DEATH_NOTIFICATION_DONE;
import static org.binder4j.protocol.Returns.BR_FAILED_REPLY;
import static org.binder4j.protocol.Returns.BR_NOOP;
import static org.binder4j.protocol.Returns.BR_REPLY;
import static org.binder4j.protocol.Returns.BR_SPAWN_LOOPER;
import static org.binder4j.protocol.Returns.BR_TRANSACTION;
import static org.binder4j.protocol.Returns.BR_TRANSACTION_COMPLETE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.binder4j.driver.DriverHarness.TestProc;
import org.binder4j.driver.DriverHarness.TestThread;
import org.binder4j.protocol.Commands;
import org.binder4j.protocol.Errno;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The raw device protocol, as binderDriverInterfaceTest drives it (scenarios 14 and 80). */
class RawProtocolTest {
    private final DriverHarness harness = new DriverHarness();
    private final TestProc manager = harness.proc(100, 1000);
    private final TestProc client = harness.proc(200, 2000);
    private final TestThread managerThread = manager.looper(101);
    private final TestThread clientThread = client.looper(201);

    RawProtocolTest() {
        assertEquals(0, manager.becomeContextManager());
    }

    @AfterEach
    void noLeaks() {
        harness.close();
    }

    @Test
    void scenario14_syncCallWithEmptyDataGetsCompleteThenAllZeroReply() {
        assertEquals(List.of(), clientThread.call(0, Parcel.empty()).read());
        Ret call = find(managerThread.read(), BR_TRANSACTION);
        assertEquals(0, call.dataSize());
        assertReturns(managerThread.freeBuffer(call).reply(Parcel.empty()).read(), BR_NOOP, BR_TRANSACTION_COMPLETE);

        List<Ret> returns = clientThread.read();

        assertReturns(returns, BR_NOOP, BR_TRANSACTION_COMPLETE, BR_REPLY);
        Ret reply = returns.get(2);
        assertEquals(0, reply.ptr());
        assertEquals(0, reply.cookie());
        assertEquals(0, reply.code());
        assertEquals(0, reply.flags());
        assertEquals(0, reply.dataSize());
        assertEquals(0, reply.offsetsSize());
        assertEquals(0, reply.senderPid(), "replies carry no sender pid");
        assertEquals(1000, reply.senderEuid());
        clientThread.freeBuffer(reply).write();
        assertEquals(List.of(), clientThread.read(), "nothing pending after freeing the reply");
        assertEquals(-Errno.EAGAIN, clientThread.status);
    }

    @Test
    void scenario80_secondContextManagerIsBusyAndAnotherUidIsRefusedEvenAfterDeath() {
        assertEquals(-Errno.EBUSY, client.becomeContextManager());
        manager.release();
        TestProc otherUid = harness.proc(300, 3000);
        assertEquals(-Errno.EPERM, otherUid.becomeContextManager());
        TestProc sameUid = harness.proc(400, 1000);
        assertEquals(0, sameUid.becomeContextManager());
    }

    @Test
    void scenario80_nonBlockingReadWithNothingIsEagainAndReadsNothing() {
        assertEquals(List.of(), clientThread.read());
        assertEquals(-Errno.EAGAIN, clientThread.status);
        assertEquals(List.of(), harness.takeWoken());
    }

    @Test
    void scenario80_unknownCommandIsEinvalAndStopsBeforeIt() {
        clientThread.increfs(0).raw(0x12345678).increfs(0);

        assertEquals(-Errno.EINVAL, clientThread.write());
        assertEquals(8, clientThread.writeConsumed, "the first BC_INCREFS was consumed, the unknown word not");
        assertEquals(-Errno.EINVAL, clientThread.raw(Commands.BC_ATTEMPT_ACQUIRE, 0, 0).write());
        assertEquals(0, clientThread.writeConsumed);
        assertEquals(-Errno.EINVAL, clientThread.raw(Commands.BC_INCREFS).write(), "truncated payload");
        clientThread.decrefs(0).write();
    }

    @Test
    void scenario80_freeingAnUnknownBufferIsIgnored() {
        long errors = harness.driver.userErrorCount();

        assertEquals(0, clientThread.freeBuffer(4096).write());

        assertEquals(12, clientThread.writeConsumed);
        assertEquals(errors + 1, harness.driver.userErrorCount());
        assertEquals(List.of(), clientThread.read());
    }

    @Test
    void scenario80_replyWithoutCallFails() {
        List<Ret> returns = clientThread.reply(Parcel.empty()).read();

        assertReturns(returns, BR_NOOP, BR_FAILED_REPLY);
        ExtendedError error = harness.driver.takeExtendedError(clientThread.thread);
        assertEquals(BR_FAILED_REPLY, error.command());
        assertEquals(-Errno.EPROTO, error.errno());
        assertNull(harness.driver.takeExtendedError(clientThread.thread), "taking clears it");
    }

    @Test
    void scenario80_refCountsAndDeathNotificationOnHandleZero() {
        List<Ret> returns = clientThread.increfs(0).requestDeath(0, 1234).clearDeath(0, 1234).decrefs(0).read();

        assertReturns(returns, BR_NOOP, BR_CLEAR_DEATH_NOTIFICATION_DONE);
        assertEquals(1234, returns.get(1).cookie());
        assertEquals(0, clientThread.status);
        assertEquals(0, harness.driver.stats().refs(), "the ref to the context manager is gone again");
        assertEquals(0, harness.driver.stats().deaths());
    }

    @Test
    void scenario80_increfsAcquireReleaseDecrefsOnHandleZeroAreConsumedAndLeaveNothingToRead() {
        assertEquals(0, clientThread.increfs(0).acquire(0).release(0).decrefs(0).write());
        assertEquals(4 * 8, clientThread.writeConsumed);
        assertEquals(List.of(), clientThread.read());
    }

    @Test
    void scenario80_contextManagerAcquiringHandleZeroIsEinval() {
        assertEquals(-Errno.EINVAL, managerThread.acquire(0).write());
        assertEquals(0, managerThread.writeConsumed);
    }

    @Test
    void scenario80_spawnLooperReplacesLeadingNoopWhileFewerThanMaxThreadsStarted() {
        client.setMaxThreads(1);
        // Something to read, so that the read returns: a call from the client's second thread.
        assertReturns(readWithWork(clientThread), BR_SPAWN_LOOPER, BR_TRANSACTION_COMPLETE);
        assertReturns(readWithWork(clientThread), BR_NOOP, BR_TRANSACTION_COMPLETE);
        TestThread spawned = client.thread(202).registerLooper();
        assertEquals(0, spawned.write());
        assertReturns(readWithWork(clientThread), BR_NOOP, BR_TRANSACTION_COMPLETE);
        assertTrue(harness.driver.debugView("stats").contains("requested threads: 0+1/1"),
                harness.driver.debugView("stats"));
    }

    @Test
    void scenario80_noSpawnWhileAnIdleThreadWaits() {
        client.setMaxThreads(4);
        TestThread idle = client.looper(202);
        assertEquals(List.of(), idle.readBlocking());

        assertReturns(readWithWork(clientThread), BR_NOOP, BR_TRANSACTION_COMPLETE);
        idle.read();
        assertReturns(readWithWork(clientThread), BR_SPAWN_LOOPER, BR_TRANSACTION_COMPLETE);
    }

    @Test
    void nonLooperThreadNeverGetsSpawnRequests() {
        client.setMaxThreads(4);
        TestThread plain = client.thread(203);
        assertReturns(readWithWork(plain), BR_NOOP, BR_TRANSACTION_COMPLETE);
    }

    /** A oneway to the manager: the thread then has a BR_TRANSACTION_COMPLETE to read. */
    private List<Ret> readWithWork(TestThread thread) {
        List<Ret> returns = thread.oneway(0, Parcel.empty()).read();
        Ret call = find(managerThread.read(), BR_TRANSACTION);
        managerThread.freeBuffer(call).write();
        return returns;
    }
}
