package org.binder4j.it;

import static org.binder4j.protocol.Commands.*;
import static org.binder4j.protocol.LittleEndian.INT;
import static org.binder4j.protocol.Returns.*;
import static org.binder4j.protocol.TransactionDataDescriptor.DATA_BUFFER_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.DATA_SIZE_OFFSET;
import static org.binder4j.protocol.TransactionDataDescriptor.FLAGS_OFFSET;
import static org.junit.jupiter.api.Assertions.*;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.binder4j.BinderProxy;
import org.binder4j.BinderRuntime;
import org.binder4j.DeadObjectException;
import org.binder4j.IBinder;
import org.binder4j.IServiceManager;
import org.binder4j.Parcel;
import org.binder4j.ServiceManager;
import org.binder4j.StatusCode;
import org.binder4j.protocol.Errno;
import org.binder4j.protocol.FlatObjectDescriptor;
import org.binder4j.protocol.TransactionFlags;
import org.binder4j.protocol.wire.WireDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The device protocol driven by hand over the daemon, as binderDriverInterfaceTest drives /dev/binder:
 * what a runtime never sends, and what only raw returns show. Scenario numbers refer to section 11 of
 * the behavioural reference.
 */
@Timeout(120)
class DaemonRawProtocolTest extends AbstractWorldTest {
    private static final int STABILITY_SYSTEM = 0b001100;

    private DaemonWorld daemonWorld;

    @Override
    BinderWorld createWorld() throws Exception {
        daemonWorld = new DaemonWorld();
        return daemonWorld;
    }

    private RawProcess raw(String name) {
        return RawProcess.connect(daemonWorld.socket(), name);
    }

    @Test
    void scenario28_aHandleTheSenderDoesNotHoldFailsTheTransaction() throws Exception {
        try (RawProcess raw = raw("scenario28")) {
            RawThread thread = raw.thread();
            thread.transaction(BC_TRANSACTION, 0, IBinder.PING_TRANSACTION, 0, flatObject(FlatObjectDescriptor.BINDER_TYPE_HANDLE, 77), 0)
                    .exchange();
            assertEquals(List.of(BR_NOOP, BR_FAILED_REPLY), thread.returns(), thread.names());
            assertContains("invalid handle 77", thread.errorDetail());

            // A weak reference is not enough to send an object as strong.
            thread.command(BC_INCREFS, 0).writeOnly();
            thread.transaction(BC_TRANSACTION, 0, IBinder.PING_TRANSACTION, 0, flatObject(FlatObjectDescriptor.BINDER_TYPE_HANDLE, 0), 0)
                    .exchange();
            assertEquals(List.of(BR_NOOP, BR_FAILED_REPLY), thread.returns(), thread.names());
            assertContains("handle 0 is a weak ref used as strong", thread.errorDetail());
        }
        assertTrue(client().getContextObject().pingBinder(), "the receiver goes on");

        // Through the runtime: a proxy of one process written into a call of another, which holds no such
        // handle (it holds only 0 and 1; the proxy is a later handle of this test's client).
        BinderRuntime other = world.openProcess("scenario28");
        try {
            IBinder otherService = ServiceManager.of(other).checkService("test.main");
            Parcel selfReply = call(service, TestService.GET_SELF_OBJECT, request());
            BinderProxy foreign = (BinderProxy) selfReply.readStrongBinder();
            selfReply.recycle();
            assertEquals(2, DriverViews.number(stats(other.pid()), "refs"), stats(other.pid()));
            assertTrue(foreign.handle() >= 2, "handle " + foreign.handle());
            Parcel data = request();
            data.writeStrongBinder(foreign);
            Parcel reply = Parcel.obtain();
            DeadObjectException e = assertThrows(DeadObjectException.class,
                    () -> otherService.transact(TestService.ECHO_BINDER, data, reply, 0));
            assertEquals(StatusCode.FAILED_TRANSACTION, e.status());
            assertContains("invalid handle " + foreign.handle(), e.getMessage());
            data.recycle();
            reply.recycle();
            assertTrue(otherService.pingBinder(), "the receiver goes on");
        } finally {
            other.close();
        }
    }

    @Test
    void scenario29_malformedObjectsFailTheTransaction() {
        try (RawProcess raw = raw("scenario29")) {
            RawThread thread = raw.thread();
            byte[] twoBinders = new byte[48];
            putFlat(twoBinders, 0, FlatObjectDescriptor.BINDER_TYPE_BINDER, 0x5000);
            putFlat(twoBinders, 24, FlatObjectDescriptor.BINDER_TYPE_BINDER, 0x6000);
            assertFails(thread, twoBinders, new long[] {0, 8}, "invalid offset 8");
            assertFails(thread, twoBinders, new long[] {24, 0}, "invalid offset 0");
            assertFails(thread, twoBinders, new long[] {2}, "invalid offset 2");
            assertFails(thread, flatObject(0x12345678, 0), new long[] {0}, "invalid offset 0");
            byte[] pointer = new byte[40];
            putInt(pointer, 0, FlatObjectDescriptor.BINDER_TYPE_PTR);
            assertFails(thread, pointer, new long[] {0}, "PTR");
        }
        assertTrue(client().getContextObject().pingBinder(), "the receiver goes on");
        assertTrue(service.pingBinder());
    }

    /** Sends {@code data} with objects at {@code offsets} to the service manager; it must fail with {@code detail}. */
    private static void assertFails(RawThread thread, byte[] data, long[] offsets, String detail) {
        thread.transaction(BC_TRANSACTION, 0, IBinder.PING_TRANSACTION, 0, data, offsets).exchange();
        assertEquals(BR_FAILED_REPLY, thread.returns().getLast(), thread.names());
        assertFalse(thread.returns().contains(BR_REPLY), thread.names());
        assertContains(detail, thread.errorDetail());
    }

    @Test
    void scenario41_aProcessThatNeverMappedAReceiveAreaCannotReceive() throws Exception {
        // In binder4j's protocol the daemon creates and maps a process's receive area when the session
        // opens; "never mapped" is a session that asks for none (WireDescriptor.NO_RECEIVE_AREA). Such a
        // process can send oneway calls: here it registers an object of its own with the service manager.
        try (RawProcess raw = RawProcess.connect(daemonWorld.socket(), "scenario41", WireDescriptor.NO_RECEIVE_AREA)) {
            assertEquals(0, raw.receiveArea().byteSize());
            RawThread thread = raw.thread();
            long[] objectAt = new long[1];
            byte[] addService = bytes(p -> {
                p.writeInterfaceToken(IServiceManager.DESCRIPTOR);
                p.writeString("test.scenario41");
                objectAt[0] = p.dataPosition();
                writeFlat(p, FlatObjectDescriptor.BINDER_TYPE_BINDER, 0x4100);
                p.writeInt(STABILITY_SYSTEM);
                p.writeBoolean(false);
                p.writeInt(IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT);
            });
            thread.transaction(BC_TRANSACTION, 0, IServiceManager.TRANSACTION_addService, TransactionFlags.TF_ONE_WAY,
                    addService, objectAt).exchange();
            assertTrue(thread.returns().contains(BR_TRANSACTION_COMPLETE), thread.names());

            IBinder unreachable = Await.value("the object is registered", () -> checkService("test.scenario41"),
                    binder -> binder != null);
            Parcel data = Parcel.obtain();
            Parcel reply = Parcel.obtain();
            DeadObjectException e = assertThrows(DeadObjectException.class,
                    () -> unreachable.transact(IBinder.PING_TRANSACTION, data, reply, 0));
            assertEquals(StatusCode.DEAD_OBJECT, e.status());
            assertContains("has no receive area", e.getMessage());
            data.recycle();
            reply.recycle();

            // Nor can a reply reach it: its own sync call fails as if the callee had died.
            thread.transaction(BC_TRANSACTION, 0, IBinder.PING_TRANSACTION, 0, new byte[0]).exchange();
            assertEquals(BR_DEAD_REPLY, thread.returns().getLast(), thread.names());
        }
        assertTrue(client().getContextObject().pingBinder(), "the service manager goes on");
    }

    private IBinder checkService(String name) {
        try {
            return ServiceManager.of(client()).checkService(name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void scenario43_theReplyToAClearBufCallIsFlaggedAndZeroedWhenFreed() {
        try (RawProcess raw = raw("scenario43")) {
            RawThread thread = raw.thread();
            int handle = checkService(thread, raw, "test.main");
            MemorySegment area = raw.receiveArea();

            Echo cleared = echo(thread, area, handle, TransactionFlags.TF_CLEAR_BUF);
            assertEquals(TransactionFlags.TF_CLEAR_BUF, cleared.replyFlags() & TransactionFlags.TF_CLEAR_BUF,
                    "the reply carries the flag");
            assertEquals(0, count(cleared.freedReply(), (byte) 0x5a), "the driver zeroed the reply when it was freed");

            Echo kept = echo(thread, area, handle, 0);
            assertEquals(0, kept.replyFlags() & TransactionFlags.TF_CLEAR_BUF);
            assertEquals(64, count(kept.freedReply(), (byte) 0x5a), "without the flag a freed reply keeps its bytes");
        }
    }

    /** An echo's reply: its flags, and its bytes in the receive area after it was freed. */
    private record Echo(int replyFlags, MemorySegment freedReply) {}

    /** Calls ECHO_BYTES with 64 bytes of 0x5a and {@code flags}, checks the reply holds them, and frees it. */
    private static Echo echo(RawThread thread, MemorySegment area, int handle, int flags) {
        byte[] payload = new byte[64];
        Arrays.fill(payload, (byte) 0x5a);
        byte[] data = bytes(p -> {
            p.writeInterfaceToken(TestService.DESCRIPTOR);
            p.writeByteArray(payload);
        });
        thread.transaction(BC_TRANSACTION, handle, TestService.ECHO_BYTES, flags, data).exchange();
        int reply = thread.indexOf(BR_REPLY);
        long buffer = thread.transactionLong(reply, DATA_BUFFER_OFFSET);
        MemorySegment bytes = area.asSlice(buffer, thread.transactionLong(reply, DATA_SIZE_OFFSET));
        assertEquals(64, count(bytes, (byte) 0x5a), "the echo arrived");
        int replyFlags = thread.transactionInt(reply, FLAGS_OFFSET);
        thread.command(BC_FREE_BUFFER, buffer).writeOnly();
        return new Echo(replyFlags, bytes);
    }

    private static int count(MemorySegment bytes, byte value) {
        int n = 0;
        for (long i = 0; i < bytes.byteSize(); i++) {
            if (bytes.get(ValueLayout.JAVA_BYTE, i) == value) {
                n++;
            }
        }
        return n;
    }

    /** Looks {@code name} up through the service manager by hand and takes a reference; returns the handle. */
    private static int checkService(RawThread thread, RawProcess raw, String name) {
        byte[] data = bytes(p -> {
            p.writeInterfaceToken(IServiceManager.DESCRIPTOR);
            p.writeString(name);
        });
        thread.transaction(BC_TRANSACTION, 0, IServiceManager.TRANSACTION_checkService, 0, data).exchange();
        long buffer = thread.transactionLong(thread.indexOf(BR_REPLY), DATA_BUFFER_OFFSET);
        // int32 0 (no exception), then the object.
        MemorySegment area = raw.receiveArea();
        assertEquals(FlatObjectDescriptor.BINDER_TYPE_HANDLE, area.get(INT, buffer + 4 + FlatObjectDescriptor.TYPE_OFFSET));
        int handle = area.get(INT, buffer + 4 + FlatObjectDescriptor.HANDLE_OFFSET);
        thread.command(BC_INCREFS, handle).command(BC_ACQUIRE, handle).command(BC_FREE_BUFFER, buffer).writeOnly();
        return handle;
    }

    @Test
    void scenario80_theRawProtocolOverTheDaemon() {
        // Also scenario 80, already in DaemonRobustnessTest: an unknown command gets EINVAL, freeing an
        // unknown buffer is ignored. WRITE_READ with NULL (EFAULT) has no counterpart: the wire carries no
        // pointers, and a malformed write-read disconnects its thread (DaemonRobustnessTest's garbage tests).
        try (RawProcess raw = raw("scenario80")) {
            assertEquals(8, raw.session().protocolVersion(), "BINDER_VERSION");
            assertEquals(-Errno.EBUSY, raw.session().becomeContextManager(), "the service manager is the context manager");

            RawThread thread = raw.thread();
            assertEquals(-Errno.EAGAIN, thread.exchangeWithoutWaiting(), "a non-blocking read with nothing to do");
            assertEquals(0, thread.readConsumed());

            thread.transaction(BC_REPLY, 0, 0, 0, new byte[0]).exchange();
            assertEquals(List.of(BR_NOOP, BR_FAILED_REPLY), thread.returns(), "a reply to no call: " + thread.names());
            assertContains("reply with no incoming transaction", thread.errorDetail());

            thread.command(BC_ENTER_LOOPER);
            assertEquals(BR_NOOP, deathDance(thread, 1234));
            assertEquals(List.of(BR_NOOP, BR_CLEAR_DEATH_NOTIFICATION_DONE), thread.returns());
            assertEquals(1234, thread.longPayload(1));
        }
    }

    @Test
    void scenario80_spawnLooperOnlyWhileBelowMaxThreadsAndNoThreadIsIdle() throws Exception {
        try (RawProcess raw = raw("scenario80-spawn")) {
            raw.session().setMaxThreads(1);
            RawThread main = raw.thread();
            main.command(BC_ENTER_LOOPER);
            assertEquals(BR_SPAWN_LOOPER, deathDance(main, 1), "a looper is asked for a thread, in place of BR_NOOP");
            assertEquals(BR_NOOP, deathDance(main, 2), "one request at a time");
            raw.thread().command(BC_REGISTER_LOOPER).writeOnly();
            assertEquals(BR_NOOP, deathDance(main, 3), "max threads started");

            raw.session().setMaxThreads(3);
            assertEquals(BR_SPAWN_LOOPER, deathDance(main, 4), "room for more");
            RawThread idle = raw.thread();
            idle.command(BC_REGISTER_LOOPER).writeOnly();
            ExecutorService reader = Executors.newSingleThreadExecutor();
            try {
                Future<Integer> idleRead = reader.submit(idle::exchange);
                // The processes of this JVM share its pid; the raw one is the last opened.
                Await.until("a looper waits idle", () -> DriverViews.number(stats(client().pid()), "ready threads") == 1);
                assertEquals(BR_NOOP, deathDance(main, 5), "no request while a thread is idle");

                // Wake the idle looper: a non-looper's death-notification answer is work for the process.
                RawThread other = raw.thread();
                queueDeathDance(other, 6).writeOnly();
                assertEquals(0, idleRead.get(WAIT_SECONDS, TimeUnit.SECONDS));
                assertTrue(idle.returns().contains(BR_CLEAR_DEATH_NOTIFICATION_DONE), idle.names());
            } finally {
                reader.shutdownNow();
            }
        }
    }

    @Test
    void aReadPastCompletionWaitsForTheNextWorkAndReturnsBoth() throws Exception {
        try (RawProcess raw = raw("read-past-completion")) {
            RawThread looper = raw.thread();
            looper.command(BC_ENTER_LOOPER)
                    .transaction(BC_TRANSACTION, 0, IBinder.PING_TRANSACTION, TransactionFlags.TF_ONE_WAY, new byte[0]);
            assertEquals(0, looper.exchange());
            assertEquals(List.of(BR_NOOP, BR_TRANSACTION_COMPLETE), looper.returns(), "a plain read returns the completion alone");

            ExecutorService reader = Executors.newSingleThreadExecutor();
            try {
                looper.transaction(BC_TRANSACTION, 0, IBinder.PING_TRANSACTION, TransactionFlags.TF_ONE_WAY, new byte[0]);
                Future<Integer> read = reader.submit(looper::exchangeReadingPastCompletion);
                // The processes of this JVM share its pid; the raw one is the last opened.
                Await.until("the looper waits past its completion",
                        () -> DriverViews.number(stats(client().pid()), "ready threads") == 1);
                assertFalse(read.isDone(), "nothing but the completion to return yet");

                // Work for the process, from another thread sent without waiting for a response.
                RawThread other = raw.thread();
                assertEquals(0, queueDeathDance(other, 7).writeDetached());
                assertEquals(0, read.get(WAIT_SECONDS, TimeUnit.SECONDS));
                assertEquals(List.of(BR_NOOP, BR_TRANSACTION_COMPLETE, BR_CLEAR_DEATH_NOTIFICATION_DONE), looper.returns(),
                        looper.names());
                assertEquals(7, looper.longPayload(2));
            } finally {
                reader.shutdownNow();
            }
        }
    }

    @Test
    void aDetachedWriteIsTakenInOrderAndItsFailureIsLogged() {
        try (RawProcess raw = raw("detached")) {
            RawThread thread = raw.thread();
            assertEquals(0, queueDeathDance(thread.command(BC_ENTER_LOOPER), 11).writeDetached());
            assertEquals(0, thread.exchange(), "the next write-read finds the detached commands done");
            assertEquals(List.of(BR_NOOP, BR_CLEAR_DEATH_NOTIFICATION_DONE), thread.returns(), thread.names());
            assertEquals(11, thread.longPayload(1));

            assertEquals(0, thread.command(0x12345678).writeDetached(), "the transport does not wait to hear");
            assertEquals(0, thread.command(BC_FREE_BUFFER, 123456L).writeOnly(), "the thread goes on");
            Await.until("the daemon logs the failed detached write", () -> daemonWorld.daemon().transcript()
                    .contains("wrote 4 command bytes without waiting for a response; the driver stopped at byte 0"
                            + " with status " + -Errno.EINVAL));
        }
    }

    /**
     * binderDriverInterfaceTest's RequestDeathNotification on handle 0, ending with a read: increfs,
     * request, clear, decrefs. @return the read's first return (BR_NOOP, or BR_SPAWN_LOOPER in its place)
     */
    private static int deathDance(RawThread thread, long cookie) {
        assertEquals(0, queueDeathDance(thread, cookie).exchange());
        assertEquals(BR_CLEAR_DEATH_NOTIFICATION_DONE, thread.returns().get(1), thread.names());
        assertEquals(cookie, thread.longPayload(1));
        return thread.returns().getFirst();
    }

    /** Queues binderDriverInterfaceTest's death-notification round on handle 0: increfs, request, clear, decrefs. */
    private static RawThread queueDeathDance(RawThread thread, long cookie) {
        return thread.command(BC_INCREFS, 0).death(BC_REQUEST_DEATH_NOTIFICATION, 0, cookie)
                .death(BC_CLEAR_DEATH_NOTIFICATION, 0, cookie).command(BC_DECREFS, 0);
    }

    private static byte[] bytes(Consumer<Parcel> writer) {
        Parcel parcel = Parcel.obtain();
        try {
            writer.accept(parcel);
            return parcel.marshall();
        } finally {
            parcel.recycle();
        }
    }

    /** A lone 24-byte flat_binder_object. */
    private static byte[] flatObject(int type, long binderOrHandle) {
        return bytes(p -> writeFlat(p, type, binderOrHandle));
    }

    /** A flat_binder_object with cookie = binder, without an object-table entry (the raw sender lists it). */
    private static void writeFlat(Parcel parcel, int type, long binderOrHandle) {
        parcel.writeInt(type);
        parcel.writeInt(0);
        parcel.writeLong(binderOrHandle);
        parcel.writeLong(type == FlatObjectDescriptor.BINDER_TYPE_BINDER ? binderOrHandle : 0);
    }

    private static void putFlat(byte[] data, int at, int type, long binder) {
        putInt(data, at, type);
        ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).putLong(at + 8, binder).putLong(at + 16, binder);
    }

    private static void putInt(byte[] data, int at, int value) {
        ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
    }

    private static void assertContains(String expected, String text) {
        assertNotNull(text, "no detail where '" + expected + "' was expected");
        assertTrue(text.contains(expected), "'" + expected + "' not in: " + text);
    }
}
