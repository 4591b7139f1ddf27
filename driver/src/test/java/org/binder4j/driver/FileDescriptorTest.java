package org.binder4j.driver;

import static org.binder4j.driver.DriverHarness.assertReturns;
import static org.binder4j.driver.DriverHarness.find;
import static org.binder4j.protocol.Returns.BR_DEAD_REPLY;
import static org.binder4j.protocol.Returns.BR_FAILED_REPLY;
import static org.binder4j.protocol.Returns.BR_NOOP;
import static org.binder4j.protocol.Returns.BR_REPLY;
import static org.binder4j.protocol.Returns.BR_TRANSACTION;
import static org.binder4j.protocol.Returns.BR_TRANSACTION_COMPLETE;
import static org.binder4j.protocol.TransactionFlags.TF_ACCEPT_FDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.binder4j.driver.DriverHarness.FlatObject;
import org.binder4j.driver.DriverHarness.TestProc;
import org.binder4j.driver.DriverHarness.TestThread;
import org.binder4j.protocol.Errno;
import org.binder4j.protocol.FlatObjectDescriptor;
import org.binder4j.protocol.WriteRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * File descriptors in transactions (scenarios 31–35 at the driver): who may receive them, how they
 * travel (files attached to the write, indexes in the objects, files handed over with the read), and
 * that every file the driver takes is closed exactly once when it does not reach its receiver.
 */
class FileDescriptorTest {
    private static final long PTR = 0x5000;
    private static final long COOKIE = 0x6000;
    private static final int CODE = 1;

    private final DriverHarness harness = new DriverHarness();
    private final TestProc managerProc = harness.proc(100, 1000);
    private final TestProc serverProc = harness.proc(200, 2000);
    private final TestProc clientProc = harness.proc(300, 3000);
    private final TestThread manager = managerProc.looper(101);
    private final TestThread server = serverProc.looper(201);
    private final TestThread client = clientProc.looper(301);

    FileDescriptorTest() {
        assertEquals(0, managerProc.becomeContextManager());
    }

    @AfterEach
    void noLeaks() {
        harness.close();
    }

    /** The client's handle to a server object whose node accepts files (as every local object of the runtime). */
    private int acceptingServer() {
        int published = harness.publish(server, manager, Parcel.empty().putBinderAcceptingFds(PTR, COOKIE));
        return harness.lookup(client, manager, published);
    }

    @Test
    void callCarriesItsFilesInObjectOrderWithTheirIndexes() {
        int handle = acceptingServer();
        FakeFile first = harness.file("first");
        FakeFile second = harness.file("second");

        client.attach(first, second)
                .transaction(handle, CODE, TF_ACCEPT_FDS, Parcel.empty().putInt(7).putFd(41, 1).putFd(42, 0)).read();
        Ret call = find(server.read(), BR_TRANSACTION);

        assertEquals(List.of(first, second), server.takeReceived());
        FlatObject object0 = serverProc.object(call, 0);
        FlatObject object1 = serverProc.object(call, 1);
        assertEquals(FlatObjectDescriptor.BINDER_TYPE_FD, object0.type());
        assertEquals(0, object0.binder(), "index 0, pad zeroed");
        assertEquals(1, object0.cookie(), "the cookie travels unchanged");
        assertEquals(1, object1.binder());
        assertEquals(0, object1.cookie());
        assertEquals(0, first.closes() + second.closes(), "the receiver owns them now");
        assertEquals(0, harness.driver.stats().files());
        server.freeBuffer(call).reply(Parcel.empty()).read();
        client.freeBuffer(find(client.read(), BR_REPLY)).write();
        first.close();
        second.close();
    }

    @Test
    void scenario33_contextManagerDoesNotAcceptFiles() {
        FakeFile file = harness.file("to-manager");

        List<Ret> returns = client.attach(file).transaction(0, CODE, TF_ACCEPT_FDS, Parcel.empty().putFd(5, 1)).read();

        assertReturns(returns, BR_NOOP, BR_FAILED_REPLY);
        ExtendedError error = harness.driver.takeExtendedError(client.thread);
        assertEquals(-Errno.EPERM, error.errno());
        assertTrue(error.detail().contains("of pid 100 does not accept file descriptors"), error.detail());
        assertEquals(1, file.closes());
        assertEquals(List.of(), manager.read(), "nothing reached the manager");
    }

    @Test
    void nodeCreatedWithoutAcceptFdsRefusesFiles() {
        int published = harness.publish(server, manager, PTR, COOKIE);
        int handle = harness.lookup(client, manager, published);
        FakeFile file = harness.file("refused");

        client.attach(file).transaction(handle, CODE, TF_ACCEPT_FDS, Parcel.empty().putFd(5, 1)).read();

        assertEquals(-Errno.EPERM, harness.driver.takeExtendedError(client.thread).errno());
        assertEquals(1, file.closes());
        assertEquals(List.of(), server.read());
    }

    @Test
    void replyCarriesFilesToACallerThatAcceptsThem() {
        int handle = acceptingServer();
        FakeFile file = harness.file("reply");
        client.transaction(handle, CODE, TF_ACCEPT_FDS, Parcel.empty()).read();
        Ret call = find(server.read(), BR_TRANSACTION);

        server.freeBuffer(call).attach(file).reply(Parcel.empty().putFd(9, 1)).read();
        List<Ret> returns = client.read();

        assertReturns(returns, BR_NOOP, BR_TRANSACTION_COMPLETE, BR_REPLY);
        assertEquals(List.of(file), client.takeReceived());
        assertEquals(0, clientProc.object(returns.get(2), 0).binder());
        client.freeBuffer(returns.get(2)).write();
        file.close();
    }

    @Test
    void replyWithFilesFailsForACallerWithoutAcceptFds() {
        int handle = acceptingServer();
        FakeFile file = harness.file("unwanted");
        client.transaction(handle, CODE, 0, Parcel.empty()).read();
        Ret call = find(server.read(), BR_TRANSACTION);

        List<Ret> replierSees = server.freeBuffer(call).attach(file).reply(Parcel.empty().putFd(9, 1)).read();

        assertReturns(replierSees, BR_NOOP, BR_TRANSACTION_COMPLETE);
        assertReturns(client.read(), BR_NOOP, BR_TRANSACTION_COMPLETE, BR_FAILED_REPLY);
        ExtendedError error = harness.driver.takeExtendedError(client.thread);
        assertEquals(-Errno.EPERM, error.errno());
        assertTrue(error.detail().contains("without TF_ACCEPT_FDS"), error.detail());
        assertEquals(1, file.closes());
    }

    @Test
    void fdObjectWithoutAnAttachedFileFails() {
        int handle = acceptingServer();
        FakeFile only = harness.file("only");

        client.attach(only).transaction(handle, CODE, TF_ACCEPT_FDS, Parcel.empty().putFd(3, 1).putFd(4, 1)).read();

        ExtendedError error = harness.driver.takeExtendedError(client.thread);
        assertEquals(-Errno.EBADF, error.errno());
        assertTrue(error.detail().contains("FD object at offset 24 (descriptor 4 of pid 300) has no file"),
                error.detail());
        assertEquals(1, only.closes(), "the file the first object took went with the failed buffer");
        assertEquals(0, harness.driver.stats().buffers());
        assertEquals(List.of(), server.read());
    }

    @Test
    void filesNoFdObjectTakesFailTheTransaction() {
        int handle = acceptingServer();
        FakeFile a = harness.file("a");
        FakeFile b = harness.file("b");
        FakeFile c = harness.file("c");

        List<Ret> returns = client.attach(a, b, c)
                .transaction(handle, CODE, TF_ACCEPT_FDS, Parcel.empty().putFd(3, 1)).read();

        assertReturns(returns, BR_NOOP, BR_FAILED_REPLY);
        ExtendedError error = harness.driver.takeExtendedError(client.thread);
        assertEquals(-Errno.EBADF, error.errno());
        assertTrue(error.detail().contains("attached 3 file descriptors but the transaction's FD objects took 1"),
                error.detail());
        assertEquals(List.of(1, 1, 1), List.of(a.closes(), b.closes(), c.closes()));
        assertEquals(List.of(), server.read(), "nothing reached the target");
    }

    @Test
    void filesAttachedToAWriteWithoutTransactionFailTheWriteRead() {
        FakeFile a = harness.file("a");
        FakeFile b = harness.file("b");
        long userErrors = harness.driver.userErrorCount();

        List<Ret> returns = client.attach(a, b).tryRead(true);

        assertEquals(-Errno.EBADF, client.status);
        assertEquals(List.of(), returns, "nothing is read");
        assertEquals(List.of(1, 1), List.of(a.closes(), b.closes()));
        assertEquals(userErrors + 1, harness.driver.userErrorCount());
        assertEquals(0, harness.driver.stats().files());
    }

    @Test
    void aTransactionTakesAtMostWhatOneSocketMessageCarries() {
        int handle = acceptingServer();
        int count = FlatObjectDescriptor.MAX_FDS_PER_TRANSACTION + 1;
        Parcel parcel = Parcel.empty();
        FakeFile[] files = new FakeFile[count];
        for (int i = 0; i < count; i++) {
            parcel.putFd(i, 1);
            files[i] = harness.file("f" + i);
        }

        client.attach(files).transaction(handle, CODE, TF_ACCEPT_FDS, parcel).read();

        ExtendedError error = harness.driver.takeExtendedError(client.thread);
        assertEquals(-Errno.EINVAL, error.errno());
        assertTrue(error.detail().contains("one more than the 253 file descriptors"), error.detail());
        for (FakeFile file : files) {
            assertEquals(1, file.closes(), file::toString);
        }
    }

    @Test
    void filesOfACallWhoseTargetDiesUnreadAreClosed() {
        int handle = acceptingServer();
        FakeFile file = harness.file("undelivered");
        client.attach(file).transaction(handle, CODE, TF_ACCEPT_FDS, Parcel.empty().putFd(3, 1)).read();
        assertEquals(1, harness.driver.stats().files(), "held by the queued transaction");

        serverProc.release();

        assertReturns(client.read(), BR_NOOP, BR_TRANSACTION_COMPLETE, BR_DEAD_REPLY);
        assertEquals(1, file.closes());
        assertEquals(0, harness.driver.stats().files());
    }

    @Test
    void filesOfQueuedOnewaysAreClosedWhenTheirTargetDies() {
        int handle = acceptingServer();
        FakeFile first = harness.file("first");
        FakeFile second = harness.file("second");
        client.attach(first).oneway(handle, Parcel.empty().putFd(3, 1)).read();
        client.attach(second).oneway(handle, Parcel.empty().putFd(3, 1)).read();
        find(server.read(), BR_TRANSACTION);
        assertEquals(List.of(first), server.takeReceived(), "the second waits in the node's queue");

        serverProc.release();

        assertEquals(0, first.closes(), "delivered: the server's to close");
        assertEquals(1, second.closes());
        first.close();
    }

    @Test
    void replyFilesToACallerThatDiedAreClosed() {
        int handle = acceptingServer();
        FakeFile file = harness.file("orphan");
        client.transaction(handle, CODE, TF_ACCEPT_FDS, Parcel.empty()).read();
        Ret call = find(server.read(), BR_TRANSACTION);

        clientProc.release();
        List<Ret> returns = server.freeBuffer(call).attach(file).reply(Parcel.empty().putFd(9, 1)).read();

        assertReturns(returns, BR_NOOP, BR_TRANSACTION_COMPLETE);
        assertEquals(1, file.closes());
    }

    @Test
    void scenario34_callWhoseFilesTheReceiverCannotTakeFailsBackToItsCaller() {
        int handle = acceptingServer();
        FakeFile file = harness.file("too-many");
        client.attach(file).transaction(handle, CODE, TF_ACCEPT_FDS, Parcel.empty().putFd(3, 1)).read();
        find(server.read(), BR_TRANSACTION);
        // The transport sent the file; the receiver's kernel dropped it and the transport closed it.
        server.takeReceived().forEach(BinderFile::close);

        assertEquals(0, server.refuseFiles());

        assertReturns(client.read(), BR_NOOP, BR_TRANSACTION_COMPLETE, BR_FAILED_REPLY);
        ExtendedError error = harness.driver.takeExtendedError(client.thread);
        assertEquals(-Errno.EMFILE, error.errno());
        assertTrue(error.detail().contains("pid 200 could not receive the file descriptors of transaction"),
                error.detail());
        assertEquals(List.of(), server.read(), "the receiver reads on as if nothing came");
        assertEquals(0, harness.driver.stats().buffers());
        assertEquals(0, harness.driver.stats().transactions());
        assertRoundTrip(handle);
    }

    @Test
    void replyWhoseFilesTheCallerCannotTakeIsReadAsAFailedReply() {
        int handle = acceptingServer();
        FakeFile file = harness.file("reply");
        client.transaction(handle, CODE, TF_ACCEPT_FDS, Parcel.empty()).read();
        Ret call = find(server.read(), BR_TRANSACTION);
        server.freeBuffer(call).attach(file).reply(Parcel.empty().putFd(9, 1)).read();
        find(client.read(), BR_REPLY);
        client.takeReceived().forEach(BinderFile::close);

        assertEquals(0, client.refuseFiles());

        assertReturns(client.read(), BR_NOOP, BR_FAILED_REPLY);
        assertEquals(-Errno.EMFILE, harness.driver.takeExtendedError(client.thread).errno());
        assertEquals(0, harness.driver.stats().buffers());
    }

    @Test
    void refusedOnewayLetsTheNextOnewayToItsNodeThrough() {
        int handle = acceptingServer();
        FakeFile first = harness.file("first");
        FakeFile second = harness.file("second");
        client.attach(first).oneway(handle, Parcel.empty().putFd(3, 1)).read();
        client.attach(second).oneway(handle, Parcel.empty().putFd(3, 1)).read();
        find(server.read(), BR_TRANSACTION);
        server.takeReceived().forEach(BinderFile::close);

        assertEquals(0, server.refuseFiles());

        Ret next = find(server.read(), BR_TRANSACTION);
        assertEquals(List.of(second), server.takeReceived());
        server.freeBuffer(next).write();
        second.close();
        assertEquals(0, harness.driver.stats().buffers());
    }

    @Test
    void refusingWhenTheLastReadDeliveredNoFilesIsAUserError() {
        long userErrors = harness.driver.userErrorCount();

        assertEquals(-Errno.EINVAL, server.refuseFiles());

        assertEquals(userErrors + 1, harness.driver.userErrorCount());
        int handle = acceptingServer();
        FakeFile file = harness.file("late");
        client.attach(file).transaction(handle, CODE, TF_ACCEPT_FDS, Parcel.empty().putFd(3, 1)).read();
        Ret call = find(server.read(), BR_TRANSACTION);
        server.freeBuffer(call).write();
        assertEquals(-Errno.EINVAL, server.refuseFiles(), "only right after the read that delivered them");
        server.takeReceived().forEach(BinderFile::close);
        server.reply(Parcel.empty()).read();
        client.freeBuffer(find(client.read(), BR_REPLY)).write();
    }

    @Test
    void refusingFilesOfABufferAnotherThreadFreedIsAUserError() {
        int handle = acceptingServer();
        TestThread otherServerThread = serverProc.looper(202);
        FakeFile file = harness.file("freed");
        client.attach(file).transaction(handle, CODE, TF_ACCEPT_FDS, Parcel.empty().putFd(3, 1)).read();
        Ret call = find(server.read(), BR_TRANSACTION);
        server.takeReceived().forEach(BinderFile::close);
        otherServerThread.freeBuffer(call).write();
        long userErrors = harness.driver.userErrorCount();

        assertEquals(-Errno.EINVAL, server.refuseFiles(), "the buffer is gone, and may already hold another call");

        assertEquals(userErrors + 1, harness.driver.userErrorCount());
        assertEquals(0, harness.driver.stats().buffers());
        server.reply(Parcel.empty()).read();
        client.freeBuffer(find(client.read(), BR_REPLY)).write();
        assertRoundTrip(handle);
    }

    @Test
    void filesTakenBeforeABadObjectGoWithTheFailedBuffer() {
        int handle = acceptingServer();
        FakeFile file = harness.file("taken");

        client.attach(file).transaction(handle, CODE, TF_ACCEPT_FDS, Parcel.empty().putFd(3, 1).putHandle(77)).read();

        assertEquals(-Errno.EINVAL, harness.driver.takeExtendedError(client.thread).errno());
        assertEquals(1, file.closes());
        assertEquals(0, harness.driver.stats().files());
    }

    @Test
    void receiverThreadThatExitsBeforeItsTransportTookTheFilesClosesThem() {
        int handle = acceptingServer();
        FakeFile file = harness.file("stranded");
        client.attach(file).transaction(handle, CODE, TF_ACCEPT_FDS, Parcel.empty().putFd(3, 1)).read();
        WriteRead bwr = new WriteRead().write(MemorySegment.NULL, 0).read(harness.arena.allocate(256, 8), 256);
        bwr.nonBlocking = true;
        assertEquals(0, harness.driver.writeRead(server.thread, bwr), "a read whose files nobody takes");

        harness.driver.releaseThread(server.thread);

        assertEquals(1, file.closes());
        assertReturns(client.read(), BR_NOOP, BR_TRANSACTION_COMPLETE, BR_DEAD_REPLY);
    }

    /** The server still serves the client: an empty call and its reply go through. */
    private void assertRoundTrip(int handle) {
        client.transaction(handle, CODE, TF_ACCEPT_FDS, Parcel.empty()).read();
        Ret call = find(server.read(), BR_TRANSACTION);
        server.freeBuffer(call).reply(Parcel.empty()).read();
        List<Ret> returns = client.read();
        assertReturns(returns, BR_NOOP, BR_TRANSACTION_COMPLETE, BR_REPLY);
        client.freeBuffer(returns.get(2)).write();
    }
}
