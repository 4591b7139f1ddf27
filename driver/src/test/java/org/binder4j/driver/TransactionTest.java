package org.binder4j.driver;

import static org.binder4j.driver.DriverHarness.assertReturns;
import static org.binder4j.driver.DriverHarness.find;
import static org.binder4j.protocol.Returns.BR_DEAD_REPLY;
import static org.binder4j.protocol.Returns.BR_FAILED_REPLY;
import static org.binder4j.protocol.Returns.BR_NOOP;
import static org.binder4j.protocol.Returns.BR_REPLY;
import static org.binder4j.protocol.Returns.BR_TRANSACTION;
import static org.binder4j.protocol.Returns.BR_TRANSACTION_COMPLETE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.binder4j.driver.DriverHarness.FlatObject;
import org.binder4j.driver.DriverHarness.TestProc;
import org.binder4j.driver.DriverHarness.TestThread;
import org.binder4j.protocol.Commands;
import org.binder4j.protocol.Errno;
import org.binder4j.protocol.FlatObjectDescriptor;
import org.binder4j.protocol.TransactionFlags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calls, replies and their failures between a client and the context manager. */
class TransactionTest {
    private static final int MANAGER_UID = 1000;
    private static final int CLIENT_UID = 2000;

    private final DriverHarness harness = new DriverHarness();
    private final TestProc manager = harness.proc(100, MANAGER_UID);
    private final TestProc client = harness.proc(200, CLIENT_UID);
    private final TestThread server = manager.looper(101);
    private final TestThread caller = client.looper(201);

    TransactionTest() {
        assertEquals(0, manager.becomeContextManager());
    }

    @AfterEach
    void noLeaks() {
        harness.close();
    }

    @Test
    void scenario20_syncCallsCarryTheSenderPidOnewaysOnlyTheEuid() {
        caller.call(0, Parcel.empty().putInt(7)).read();
        Ret call = find(server.read(), BR_TRANSACTION);
        assertEquals(200, call.senderPid());
        assertEquals(CLIENT_UID, call.senderEuid());
        assertArrayEquals(new byte[] {7, 0, 0, 0}, manager.data(call));
        server.freeBuffer(call).reply(Parcel.empty()).read();
        caller.freeBuffer(find(caller.read(), BR_REPLY)).write();

        assertReturns(caller.oneway(0, Parcel.empty()).read(), BR_NOOP, BR_TRANSACTION_COMPLETE);
        Ret oneway = find(server.read(), BR_TRANSACTION);
        assertEquals(0, oneway.senderPid());
        assertEquals(CLIENT_UID, oneway.senderEuid());
        assertEquals(TransactionFlags.TF_ONE_WAY, oneway.flags());
        server.freeBuffer(oneway).write();
    }

    @Test
    void codeAndFlagsPassThroughAndStatusReplies() {
        caller.transaction(0, 0x5f504e47, TransactionFlags.TF_ACCEPT_FDS | 0x02, Parcel.empty()).read();
        Ret call = find(server.read(), BR_TRANSACTION);
        assertEquals(0x5f504e47, call.code());
        assertEquals(TransactionFlags.TF_ACCEPT_FDS | 0x02, call.flags());
        assertEquals(0, call.ptr(), "the context manager node is ptr 0 cookie 0");

        server.freeBuffer(call).reply(TransactionFlags.TF_STATUS_CODE, Parcel.empty().putInt(-74)).read();
        Ret reply = find(caller.read(), BR_REPLY);

        assertEquals(TransactionFlags.TF_STATUS_CODE, reply.flags());
        assertArrayEquals(new byte[] {-74, -1, -1, -1}, client.data(reply));
        caller.freeBuffer(reply).write();
    }

    @Test
    void copiedBytesGrowByDataPlusOffsetsPerTransaction() {
        caller.increfs(0).write();
        long before = harness.driver.copiedBytes();
        caller.call(0, Parcel.ofSize(100).putWeakHandle(0).putInt(1)).read();
        assertEquals(before + 128 + 8, harness.driver.copiedBytes());
        Ret call = find(server.read(), BR_TRANSACTION);
        server.freeBuffer(call).reply(Parcel.ofSize(13)).read();
        assertEquals(before + 128 + 8 + 13, harness.driver.copiedBytes());
        caller.freeBuffer(find(caller.read(), BR_REPLY)).decrefs(0).write();
        assertEquals(before + 149, harness.driver.copiedBytes(), "freeing copies nothing");
    }

    @Test
    void scenario28_handleTheSenderDoesNotOwnFailsAndTheTargetIsUnaffected() {
        List<Ret> returns = caller.call(0, Parcel.empty().putHandle(5)).read();

        assertReturns(returns, BR_NOOP, BR_FAILED_REPLY);
        assertEquals(-Errno.EINVAL, harness.driver.takeExtendedError(caller.thread).errno());
        assertEquals(List.of(), server.read(), "nothing reached the target");
        assertRoundTrip();
    }

    @Test
    void scenario28_weakOnlyRefSentAsStrongFailsButAsWeakArrives() {
        caller.increfs(0).write();

        assertReturns(caller.call(0, Parcel.empty().putHandle(0)).read(), BR_NOOP, BR_FAILED_REPLY);
        assertTrue(harness.driver.takeExtendedError(caller.thread).detail().contains("weak ref used as strong"));
        assertEquals(List.of(), server.read());

        caller.call(0, Parcel.empty().putWeakHandle(0)).read();
        Ret call = find(server.read(), BR_TRANSACTION);
        FlatObject object = manager.object(call, 0);
        assertEquals(FlatObjectDescriptor.BINDER_TYPE_WEAK_BINDER, object.type(), "back at its owner");
        assertEquals(0, object.binder());
        server.freeBuffer(call).reply(Parcel.empty()).read();
        caller.freeBuffer(find(caller.read(), BR_REPLY)).decrefs(0).write();
    }

    @Test
    void scenario29_overlappingObjectsFail() {
        Parcel parcel = Parcel.empty().putWeakBinder(0x10, 0x20).putInt(0).putInt(0);
        parcel.addOffset(8);
        assertMalformed(parcel, "invalid offset 8 (min 24");
    }

    @Test
    void scenario29_misalignedOffsetFails() {
        Parcel parcel = Parcel.ofSize(32);
        parcel.addOffset(2);
        assertMalformed(parcel, "invalid offset 2");
    }

    @Test
    void scenario29_offsetOutOfRangeFails() {
        Parcel parcel = Parcel.ofSize(32);
        parcel.addOffset(16);
        assertMalformed(parcel, "invalid offset 16");
    }

    @Test
    void scenario29_unknownObjectTypeFails() {
        assertMalformed(Parcel.empty().putObject(0x12345678, 0, 0), "invalid offset 0");
    }

    @Test
    void scenario29_rawPtrObjectIsRejected() {
        assertMalformed(Parcel.empty().putObject(FlatObjectDescriptor.BINDER_TYPE_PTR, 0, 0).putLong(0).putLong(0),
                "PTR objects are not supported");
    }

    @Test
    void scenario29_fileDescriptorArrayObjectIsRejected() {
        assertMalformed(Parcel.empty().putObject(FlatObjectDescriptor.BINDER_TYPE_FDA, 0, 0).putLong(0),
                "FDA objects are not supported");
    }

    @Test
    void scenario29_badObjectAfterAGoodOneReleasesWhatTheGoodOneTook() {
        Parcel parcel = Parcel.empty().putBinder(0x1000, 0x2000).putObject(0x12345678, 0, 0);
        assertMalformed(parcel, "invalid offset 24");
        DriverStats stats = harness.driver.stats();
        assertEquals(1, stats.nodes(), "only the context manager's node");
        assertEquals(0, stats.refs());
    }

    @Test
    void offsetsSizeMustBeAMultipleOfEight() {
        caller.rawTransaction(Commands.BC_TRANSACTION, 0, 8, 4, 0, 8);
        assertReturns(caller.read(), BR_NOOP, BR_FAILED_REPLY);
        assertEquals(-Errno.EINVAL, harness.driver.takeExtendedError(caller.thread).errno());
        assertEquals(List.of(), server.read());
    }

    @Test
    void payloadOutsideTheSendBufferFailsWithEfaultAndCopiesNothing() {
        long copied = harness.driver.copiedBytes();
        long sendBufferSize = caller.sendBuffer.byteSize();

        caller.rawTransaction(Commands.BC_TRANSACTION, 0, 16, 0, sendBufferSize - 8, 0);
        assertReturns(caller.read(), BR_NOOP, BR_FAILED_REPLY);
        assertEquals(-Errno.EFAULT, harness.driver.takeExtendedError(caller.thread).errno());

        caller.rawTransaction(Commands.BC_TRANSACTION, 0, 0, 8, 0, -8);
        assertReturns(caller.read(), BR_NOOP, BR_FAILED_REPLY);
        assertEquals(-Errno.EFAULT, harness.driver.takeExtendedError(caller.thread).errno());
        assertEquals(copied, harness.driver.copiedBytes());
        assertEquals(0, harness.driver.stats().buffers());
    }

    @Test
    void failureStopsTheWriteAtTheFailingCommand() {
        caller.call(7, Parcel.empty()).increfs(0);

        assertReturns(caller.read(), BR_NOOP, BR_FAILED_REPLY);

        assertEquals(4 + 64, caller.writeConsumed, "the failed BC_TRANSACTION counts, the BC_INCREFS after it not");
        assertEquals(0, harness.driver.stats().refs());
    }

    @Test
    void callToInvalidHandleFails() {
        assertReturns(caller.call(7, Parcel.empty()).read(), BR_NOOP, BR_FAILED_REPLY);
        ExtendedError error = harness.driver.takeExtendedError(caller.thread);
        assertEquals(new ExtendedError(error.debugId(), BR_FAILED_REPLY, -Errno.EINVAL,
                "transaction to invalid handle 7"), error);
    }

    @Test
    void contextManagerCannotCallItself() {
        assertReturns(server.call(0, Parcel.empty()).read(), BR_NOOP, BR_FAILED_REPLY);
        assertEquals(-Errno.EINVAL, harness.driver.takeExtendedError(server.thread).errno());
    }

    @Test
    void callToHandleZeroWithoutContextManagerIsDeadReply() {
        try (DriverHarness bare = new DriverHarness()) {
            TestThread lonely = bare.proc(300, 3000).looper(301);
            assertReturns(lonely.call(0, Parcel.empty()).read(), BR_NOOP, BR_DEAD_REPLY);
        }
    }

    @Test
    void secondCallWhileWaitingForTheFirstIsAProtocolError() {
        // The failure wakes the caller, so the first call's deferred completion comes along.
        assertReturns(caller.call(0, Parcel.empty()).call(0, Parcel.empty()).read(), BR_NOOP,
                BR_TRANSACTION_COMPLETE, BR_FAILED_REPLY);

        assertEquals(-Errno.EPROTO, harness.driver.takeExtendedError(caller.thread).errno());
        Ret call = find(server.read(), BR_TRANSACTION);
        server.freeBuffer(call).reply(Parcel.empty()).read();
        List<Ret> returns = caller.read();
        assertReturns(returns, BR_NOOP, BR_REPLY);
        caller.freeBuffer(returns.get(1)).write();
    }

    @Test
    void failedReplyCompletesForTheReplierAndFailsTheCall() {
        caller.call(0, Parcel.empty()).read();
        Ret call = find(server.read(), BR_TRANSACTION);

        List<Ret> replierReturns = server.freeBuffer(call).reply(Parcel.empty().putHandle(9)).read();

        assertReturns(replierReturns, BR_NOOP, BR_TRANSACTION_COMPLETE);
        assertReturns(caller.read(), BR_NOOP, BR_TRANSACTION_COMPLETE, BR_FAILED_REPLY);
        ExtendedError error = harness.driver.takeExtendedError(caller.thread);
        assertEquals(-Errno.EINVAL, error.errno());
        assertEquals("invalid handle 9", error.detail());
        assertEquals(0, harness.driver.stats().transactions());
    }

    @Test
    void replyWhileWaitingForOwnCallIsAProtocolError() {
        TestThread other = client.looper(202);
        other.call(0, Parcel.empty()).read();
        Ret incoming = find(server.read(), BR_TRANSACTION);
        // The handler calls out, then replies before its answer came: the reply is refused.
        TestProc third = harness.proc(300, 3000);
        TestThread thirdThread = third.looper(301);
        int handle = harness.publish(thirdThread, manager.looper(102), 0x70, 0x71);
        assertEquals(List.of(), server.call(handle, Parcel.empty()).read());
        assertReturns(server.reply(Parcel.empty()).read(), BR_NOOP, BR_TRANSACTION_COMPLETE, BR_FAILED_REPLY);
        assertEquals(-Errno.EPROTO, harness.driver.takeExtendedError(server.thread).errno());

        Ret nested = find(thirdThread.read(), BR_TRANSACTION);
        thirdThread.freeBuffer(nested).reply(Parcel.empty()).read();
        server.freeBuffer(find(server.read(), BR_REPLY)).freeBuffer(incoming).reply(Parcel.empty()).read();
        other.freeBuffer(find(other.read(), BR_REPLY)).write();
    }

    @Test
    void scenario36_gargantuanCallAndReplySucceedTenTimes() {
        TestThread bigCaller = client.thread(202, 2 << 20);
        TestThread bigServer = manager.thread(102, 2 << 20);
        bigServer.enterLooper().write();
        for (int i = 0; i < 10; i++) {
            bigCaller.call(0, Parcel.ofSize(950_000)).read();
            Ret call = find(bigServer.read(), BR_TRANSACTION);
            assertEquals(950_000, call.dataSize());
            bigServer.freeBuffer(call).reply(Parcel.ofSize(950_000)).read();
            List<Ret> returns = bigCaller.read();
            assertReturns(returns, BR_NOOP, BR_TRANSACTION_COMPLETE, BR_REPLY);
            assertEquals(950_000, returns.get(2).dataSize());
            bigCaller.freeBuffer(returns.get(2)).write();
        }
    }

    @Test
    void scenario37_callLargerThanTheAreaFailsWithEnospcDetail() {
        TestThread bigCaller = client.thread(202, 2 << 20);

        assertReturns(bigCaller.call(0, Parcel.ofSize(1_050_000)).read(), BR_NOOP, BR_FAILED_REPLY);

        ExtendedError error = harness.driver.takeExtendedError(bigCaller.thread);
        assertEquals(-Errno.ENOSPC, error.errno());
        assertEquals("receive area of pid 100 exhausted: need 1050000 bytes, largest free 1040384, 0 of 1040384 in use",
                error.detail());
        assertEquals(List.of(), server.read());
    }

    @Test
    void scenario39_onewayFloodStopsAtHalfTheAreaWhileSyncCallsStillWork() {
        int accepted = 0;
        while (true) {
            List<Ret> returns = caller.oneway(0, Parcel.ofSize(10 * 1024)).read();
            if (returns.get(1).command() == BR_FAILED_REPLY) {
                break;
            }
            assertReturns(returns, BR_NOOP, BR_TRANSACTION_COMPLETE);
            accepted++;
        }
        assertEquals(50, accepted, "520192 async bytes hold 50 buffers of 10240");
        ExtendedError error = harness.driver.takeExtendedError(caller.thread);
        assertEquals(-Errno.ENOSPC, error.errno());
        assertTrue(error.detail().startsWith("oneway space of pid 100 exhausted: need 10240 bytes, 8192 of 520192"),
                error.detail());

        TestThread syncCaller = client.looper(202);
        syncCaller.call(0, Parcel.ofSize(64 * 1024)).read();
        Ret first = find(server.read(), BR_TRANSACTION);
        assertEquals(TransactionFlags.TF_ONE_WAY, first.flags(), "the first oneway was queued before the call");
        Ret call = find(server.read(), BR_TRANSACTION);
        assertEquals(0, call.flags());
        server.freeBuffer(call).reply(Parcel.empty()).read();
        syncCaller.freeBuffer(find(syncCaller.read(), BR_REPLY)).write();

        server.freeBuffer(first).write();
        for (int i = 1; i < accepted; i++) {
            server.freeBuffer(find(server.read(), BR_TRANSACTION)).write();
        }
        assertEquals(List.of(), server.read());
    }

    @Test
    void scenario40_hundredSequentialCallsOf600KiBReuseTheArea() {
        TestThread bigCaller = client.thread(202, 1 << 20);
        for (int i = 0; i < 100; i++) {
            bigCaller.call(0, Parcel.ofSize(600 * 1024)).read();
            Ret call = find(server.read(), BR_TRANSACTION);
            server.freeBuffer(call).reply(Parcel.empty()).read();
            bigCaller.freeBuffer(find(bigCaller.read(), BR_REPLY)).write();
        }
        assertEquals(0, harness.driver.stats().buffers());
    }

    @Test
    void scenario41_processWithoutReceiveAreaCannotReceive() {
        try (DriverHarness other = new DriverHarness()) {
            TestProc unmapped = other.proc(300, 3000, 0);
            assertEquals(0, unmapped.becomeContextManager());
            TestThread someone = other.proc(400, 4000).looper(401);

            assertReturns(someone.call(0, Parcel.empty()).read(), BR_NOOP, BR_DEAD_REPLY);

            ExtendedError error = other.driver.takeExtendedError(someone.thread);
            assertEquals(-Errno.ESRCH, error.errno());
            assertEquals("pid 300 has no receive area", error.detail());
        }
    }

    @Test
    void scenario43_clearBufFlagZeroesCallAndReplyBuffersWhenFreed() {
        byte[] pattern = new byte[64];
        Arrays.fill(pattern, (byte) 0xAB);
        caller.transaction(0, 1, TransactionFlags.TF_CLEAR_BUF, Parcel.empty().putBytes(pattern)).read();
        Ret call = find(server.read(), BR_TRANSACTION);
        assertArrayEquals(pattern, manager.data(call));

        server.freeBuffer(call).reply(TransactionFlags.TF_CLEAR_BUF, Parcel.empty().putBytes(pattern)).read();

        assertArrayEquals(new byte[64], manager.data(call));
        Ret reply = find(caller.read(), BR_REPLY);
        assertEquals(TransactionFlags.TF_CLEAR_BUF, reply.flags());
        assertArrayEquals(pattern, client.data(reply));
        caller.freeBuffer(reply).write();
        assertArrayEquals(new byte[64], client.data(reply));
    }

    @Test
    void buffersAreFreedOnlyOnceAndOnlyAfterDelivery() {
        caller.call(0, Parcel.empty()).read();
        long errors = harness.driver.userErrorCount();
        server.freeBuffer(0).write();
        assertEquals(errors + 1, harness.driver.userErrorCount(), "not delivered yet");

        Ret call = find(server.read(), BR_TRANSACTION);
        assertEquals(0, call.buffer());
        server.freeBuffer(call).freeBuffer(call).write();
        assertEquals(errors + 2, harness.driver.userErrorCount(), "the second free finds no buffer");

        server.reply(Parcel.empty()).read();
        caller.freeBuffer(find(caller.read(), BR_REPLY)).write();
    }

    @Test
    void scatterGatherWithoutBuffersIsAPlainTransactionWithBuffersRejected() {
        caller.scatterGather(Commands.BC_TRANSACTION_SG, 0, 0).read();
        Ret call = find(server.read(), BR_TRANSACTION);
        server.freeBuffer(call).scatterGather(Commands.BC_REPLY_SG, 0, 0).read();
        caller.freeBuffer(find(caller.read(), BR_REPLY)).write();

        assertReturns(caller.scatterGather(Commands.BC_TRANSACTION_SG, 0, 8).read(), BR_NOOP, BR_FAILED_REPLY);
        assertEquals(-Errno.EINVAL, harness.driver.takeExtendedError(caller.thread).errno());
    }

    private void assertMalformed(Parcel parcel, String detail) {
        List<Ret> returns = caller.call(0, parcel).read();

        assertReturns(returns, BR_NOOP, BR_FAILED_REPLY);
        ExtendedError error = harness.driver.takeExtendedError(caller.thread);
        assertEquals(-Errno.EINVAL, error.errno());
        assertTrue(error.detail().contains(detail), error.detail());
        assertEquals(List.of(), server.read(), "nothing reached the target");
        assertEquals(0, harness.driver.stats().buffers());
        assertRoundTrip();
    }

    /** The target still serves: an empty call and its reply go through. */
    private void assertRoundTrip() {
        caller.call(0, Parcel.empty()).read();
        Ret call = find(server.read(), BR_TRANSACTION);
        server.freeBuffer(call).reply(Parcel.empty()).read();
        List<Ret> returns = caller.read();
        assertReturns(returns, BR_NOOP, BR_TRANSACTION_COMPLETE, BR_REPLY);
        caller.freeBuffer(returns.get(2)).write();
    }
}
