package org.binder4j.driver;

import org.binder4j.protocol.LittleEndian;
import static org.binder4j.protocol.LittleEndian.INT;
import static org.binder4j.protocol.LittleEndian.LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.binder4j.protocol.Commands;
import org.binder4j.protocol.Errno;
import org.binder4j.protocol.FlatObjectDescriptor;
import org.binder4j.protocol.Returns;
import org.binder4j.protocol.TransactionDataDescriptor;
import org.binder4j.protocol.WriteRead;

/**
 * Steps a {@link BinderDriver} by hand, on one Java thread: processes with their own receive areas,
 * threads that queue BC_ commands and read parsed BR_ returns, fake files they attach and receive, and
 * the wake-ups the driver asked for. {@link #close()} releases every process, closes the files threads
 * received (as their transport would), and checks that nothing leaked: every file closed exactly once.
 */
final class DriverHarness implements AutoCloseable {
    static final long DEFAULT_AREA = DriverConfig.DEFAULT_RECEIVE_AREA_SIZE_BYTES;

    final Arena arena = Arena.ofConfined();
    final List<BinderThread> woken = new ArrayList<>();
    final BinderDriver driver;
    private final List<TestProc> procs = new ArrayList<>();
    private final List<TestThread> threads = new ArrayList<>();
    private final List<FakeFile> files = new ArrayList<>();

    DriverHarness() {
        this(DriverConfig.defaults());
    }

    DriverHarness(DriverConfig config) {
        driver = new BinderDriver(config, woken::add);
    }

    /** A driver whose clock (for transaction ages in the debug views) is {@code nanoClock}. */
    DriverHarness(DriverConfig config, LongSupplier nanoClock) {
        driver = new BinderDriver(config, woken::add, nanoClock);
    }

    TestProc proc(int pid, int uid) {
        return proc(pid, uid, DEFAULT_AREA);
    }

    TestProc proc(int pid, int uid, long areaBytes) {
        MemorySegment area = areaBytes == 0 ? MemorySegment.NULL : arena.allocate(areaBytes, 8);
        TestProc proc = new TestProc(driver.openProc(pid, uid, uid, "proc" + pid, area), area);
        procs.add(proc);
        return proc;
    }

    /** A new open file, for a thread to attach to a transaction. */
    FakeFile file(String name) {
        FakeFile file = new FakeFile(name);
        files.add(file);
        return file;
    }

    /** The wake-ups since the last call, oldest first. */
    List<BinderThread> takeWoken() {
        List<BinderThread> taken = List.copyOf(woken);
        woken.clear();
        return taken;
    }

    /**
     * {@code owner} sends its object (ptr, cookie) to the context manager's thread {@code manager}, which
     * keeps a strong ref to it; both answer as libbinder would. Returns the manager's handle.
     */
    int publish(TestThread owner, TestThread manager, long ptr, long cookie) {
        return publish(owner, manager, Parcel.empty().putBinder(ptr, cookie));
    }

    /** Like {@link #publish(TestThread, TestThread, long, long)}, with the object {@code object} holds. */
    int publish(TestThread owner, TestThread manager, Parcel object) {
        assertEquals(List.of(), owner.call(0, object).read());
        Ret call = find(manager.read(), Returns.BR_TRANSACTION);
        int handle = manager.proc.object(call, 0).handle();
        manager.acquire(handle).freeBuffer(call).reply(Parcel.empty()).read();
        List<Ret> answer = owner.read();
        assertEquals(0, owner.acknowledge(answer).freeBuffer(find(answer, Returns.BR_REPLY)).write());
        return handle;
    }

    /**
     * {@code client} asks the context manager's thread {@code manager} for its {@code managerHandle} and
     * keeps a strong ref to what it gets. Returns the client's handle.
     */
    int lookup(TestThread client, TestThread manager, int managerHandle) {
        assertEquals(List.of(), client.call(0, Parcel.empty()).read());
        Ret call = find(manager.read(), Returns.BR_TRANSACTION);
        manager.freeBuffer(call).reply(Parcel.empty().putHandle(managerHandle)).read();
        Ret reply = find(client.read(), Returns.BR_REPLY);
        FlatObject object = client.proc.object(reply, 0);
        assertEquals(FlatObjectDescriptor.BINDER_TYPE_HANDLE, object.type(), "lookup result type");
        assertEquals(0, client.acquire(object.handle()).freeBuffer(reply).write());
        return object.handle();
    }

    /** Releases every process still open; then nothing may be left in the driver. */
    @Override
    public void close() {
        for (TestProc proc : procs) {
            proc.release();
        }
        for (TestThread thread : threads) {
            thread.takeReceived().forEach(BinderFile::close);
        }
        assertEquals(new DriverStats(0, 0, 0, 0, 0, 0, 0, 0), driver.stats(), "left in the driver after all procs died");
        for (FakeFile file : files) {
            assertEquals(1, file.closes(), () -> file + " closed once");
        }
        arena.close();
    }

    final class TestProc {
        final BinderProc proc;
        final MemorySegment area;

        TestProc(BinderProc proc, MemorySegment area) {
            this.proc = proc;
            this.area = area;
        }

        TestThread thread(int tid) {
            return thread(tid, 64 * 1024);
        }

        /** A thread that has entered the looper (BC_ENTER_LOOPER sent). */
        TestThread looper(int tid) {
            TestThread thread = thread(tid);
            assertEquals(0, thread.enterLooper().write());
            return thread;
        }

        TestThread thread(int tid, long sendBufferBytes) {
            MemorySegment sendBuffer = arena.allocate(sendBufferBytes, 8);
            TestThread thread = new TestThread(this, driver.attachThread(proc, tid, sendBuffer), sendBuffer);
            threads.add(thread);
            return thread;
        }

        int pid() {
            return proc.pid();
        }

        int becomeContextManager() {
            return driver.setContextManager(proc);
        }

        void setMaxThreads(int count) {
            assertEquals(0, driver.setMaxThreads(proc, count));
        }

        void release() {
            driver.releaseProc(proc);
        }

        /** The data of a received transaction. */
        byte[] data(Ret ret) {
            return area.asSlice(ret.buffer(), ret.dataSize()).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        }

        /** The {@code index}th object of a received transaction, as translated by the driver. */
        FlatObject object(Ret ret, int index) {
            long objectOffset = area.get(LONG, ret.offsets() + 8L * index);
            long at = ret.buffer() + objectOffset;
            return new FlatObject(area.get(INT, at), area.get(LONG, at + 8), area.get(LONG, at + 16));
        }
    }

    /** A flat_binder_object as received; {@code handle()} reads the low half of the binder field. */
    record FlatObject(int type, long binder, long cookie) {
        int handle() {
            return (int) binder;
        }

        boolean isHandle() {
            return type == FlatObjectDescriptor.BINDER_TYPE_HANDLE;
        }

        boolean isBinder() {
            return type == FlatObjectDescriptor.BINDER_TYPE_BINDER;
        }
    }

    /**
     * A thread: commands are queued into its write buffer and sent by the next {@link #read()} or
     * {@link #write()}, which also place payloads in its send buffer.
     */
    final class TestThread {
        final TestProc proc;
        final BinderThread thread;
        final MemorySegment sendBuffer;
        private final MemorySegment writeBuffer = arena.allocate(64 * 1024, 8);
        private final MemorySegment readBuffer = arena.allocate(4096, 8);
        private final WriteRead bwr = new WriteRead();
        private final List<BinderFile> attached = new ArrayList<>();
        private final List<BinderFile> received = new ArrayList<>();
        private long writeSize;
        private long sendUsed;
        /** Result of the last write-read. */
        int status;
        /** writeConsumed of the last write-read. */
        long writeConsumed;

        TestThread(TestProc proc, BinderThread thread, MemorySegment sendBuffer) {
            this.proc = proc;
            this.thread = thread;
            this.sendBuffer = sendBuffer;
        }

        TestThread call(int handle, Parcel parcel) {
            return transaction(handle, 1, 0, parcel);
        }

        TestThread oneway(int handle, Parcel parcel) {
            return transaction(handle, 1, org.binder4j.protocol.TransactionFlags.TF_ONE_WAY, parcel);
        }

        TestThread transaction(int handle, int code, int flags, Parcel parcel) {
            return transactionData(Commands.BC_TRANSACTION, handle, code, flags, parcel);
        }

        TestThread reply(Parcel parcel) {
            return reply(0, parcel);
        }

        TestThread reply(int flags, Parcel parcel) {
            return transactionData(Commands.BC_REPLY, 0, 0, flags, parcel);
        }

        /** A binder_transaction_data with explicit pointers and sizes, for malformed requests. */
        TestThread rawTransaction(int command, int handle, long dataSize, long offsetsSize, long dataPointer,
                long offsetsPointer) {
            long tr = command(command);
            writeBuffer.set(INT, tr + TransactionDataDescriptor.TARGET_OFFSET, handle);
            writeBuffer.set(LONG, tr + TransactionDataDescriptor.DATA_SIZE_OFFSET, dataSize);
            writeBuffer.set(LONG, tr + TransactionDataDescriptor.OFFSETS_SIZE_OFFSET, offsetsSize);
            writeBuffer.set(LONG, tr + TransactionDataDescriptor.DATA_BUFFER_OFFSET, dataPointer);
            writeBuffer.set(LONG, tr + TransactionDataDescriptor.DATA_OFFSETS_OFFSET, offsetsPointer);
            return this;
        }

        /** An empty BC_TRANSACTION_SG or BC_REPLY_SG with {@code buffersSize} scatter-gather bytes. */
        TestThread scatterGather(int command, int handle, long buffersSize) {
            rawTransaction(command, handle, 0, 0, 0, 0);
            writeBuffer.set(LONG, writeSize - 8, buffersSize);
            return this;
        }

        private TestThread transactionData(int command, int handle, int code, int flags, Parcel parcel) {
            byte[] data = parcel.data();
            long[] offsets = parcel.offsets();
            long dataAt = sendUsed;
            MemorySegment.copy(MemorySegment.ofArray(data), 0, sendBuffer, dataAt, data.length);
            long offsetsAt = (dataAt + data.length + 7) & -8L;
            for (int i = 0; i < offsets.length; i++) {
                sendBuffer.set(LONG, offsetsAt + 8L * i, offsets[i]);
            }
            sendUsed = offsetsAt + 8L * offsets.length;
            long tr = command(command);
            writeBuffer.set(INT, tr + TransactionDataDescriptor.TARGET_OFFSET, handle);
            writeBuffer.set(INT, tr + TransactionDataDescriptor.CODE_OFFSET, code);
            writeBuffer.set(INT, tr + TransactionDataDescriptor.FLAGS_OFFSET, flags);
            writeBuffer.set(LONG, tr + TransactionDataDescriptor.DATA_SIZE_OFFSET, data.length);
            writeBuffer.set(LONG, tr + TransactionDataDescriptor.OFFSETS_SIZE_OFFSET, 8L * offsets.length);
            writeBuffer.set(LONG, tr + TransactionDataDescriptor.DATA_BUFFER_OFFSET, dataAt);
            writeBuffer.set(LONG, tr + TransactionDataDescriptor.DATA_OFFSETS_OFFSET, offsetsAt);
            return this;
        }

        /** Attaches files to the next write-read. */
        TestThread attach(BinderFile... files) {
            attached.addAll(List.of(files));
            return this;
        }

        /** The files the reads so far delivered and the test has not taken yet, in order; the test owns them now. */
        List<BinderFile> takeReceived() {
            List<BinderFile> taken = List.copyOf(received);
            received.clear();
            return taken;
        }

        /** Says the files of the last read could not be received (a full descriptor table). */
        int refuseFiles() {
            return driver.refuseDeliveredFiles(thread, -Errno.EMFILE);
        }

        TestThread freeBuffer(Ret received) {
            return freeBuffer(received.buffer());
        }

        TestThread freeBuffer(long dataOffset) {
            writeBuffer.set(LONG, command(Commands.BC_FREE_BUFFER), dataOffset);
            return this;
        }

        TestThread increfs(int handle) {
            return handleCommand(Commands.BC_INCREFS, handle);
        }

        TestThread acquire(int handle) {
            return handleCommand(Commands.BC_ACQUIRE, handle);
        }

        TestThread release(int handle) {
            return handleCommand(Commands.BC_RELEASE, handle);
        }

        TestThread decrefs(int handle) {
            return handleCommand(Commands.BC_DECREFS, handle);
        }

        TestThread increfsDone(long ptr, long cookie) {
            return nodeCommand(Commands.BC_INCREFS_DONE, ptr, cookie);
        }

        TestThread acquireDone(long ptr, long cookie) {
            return nodeCommand(Commands.BC_ACQUIRE_DONE, ptr, cookie);
        }

        /** Acknowledges every BR_INCREFS / BR_ACQUIRE in {@code returns}, as libbinder does. */
        TestThread acknowledge(List<Ret> returns) {
            for (Ret ret : returns) {
                if (ret.command() == Returns.BR_INCREFS) {
                    increfsDone(ret.ptr(), ret.cookie());
                } else if (ret.command() == Returns.BR_ACQUIRE) {
                    acquireDone(ret.ptr(), ret.cookie());
                }
            }
            return this;
        }

        TestThread enterLooper() {
            command(Commands.BC_ENTER_LOOPER);
            return this;
        }

        TestThread registerLooper() {
            command(Commands.BC_REGISTER_LOOPER);
            return this;
        }

        TestThread exitLooper() {
            command(Commands.BC_EXIT_LOOPER);
            return this;
        }

        TestThread requestDeath(int handle, long cookie) {
            return deathCommand(Commands.BC_REQUEST_DEATH_NOTIFICATION, handle, cookie);
        }

        TestThread clearDeath(int handle, long cookie) {
            return deathCommand(Commands.BC_CLEAR_DEATH_NOTIFICATION, handle, cookie);
        }

        TestThread deadBinderDone(long cookie) {
            writeBuffer.set(LONG, command(Commands.BC_DEAD_BINDER_DONE), cookie);
            return this;
        }

        /** Any 32-bit words, e.g. an unknown command. */
        TestThread raw(int... words) {
            for (int word : words) {
                writeBuffer.set(INT, writeSize, word);
                writeSize += 4;
            }
            return this;
        }

        /** Sends the queued commands and reads, without blocking; -EAGAIN reads nothing. */
        List<Ret> read() {
            return exchange(true, 4096);
        }

        /** Like {@link #read()}, but with nothing to read the thread waits (for a wake-up). */
        List<Ret> readBlocking() {
            return exchange(false, 4096);
        }

        /** Reads into a buffer of {@code capacity} bytes only. */
        List<Ret> read(long capacity) {
            return exchange(true, capacity);
        }

        /** Sends the queued commands and reads whatever the result; see {@link #status}. */
        List<Ret> tryRead(boolean nonBlocking) {
            bwr.write(writeBuffer, writeSize).read(readBuffer, 4096);
            bwr.nonBlocking = nonBlocking;
            finish(writeRead());
            return parse(readBuffer, bwr.readConsumed);
        }

        /** Sends the queued commands without reading. */
        int write() {
            bwr.write(writeBuffer, writeSize);
            finish(writeRead());
            return status;
        }

        private int writeRead() {
            List<BinderFile> files = List.copyOf(attached);
            attached.clear();
            int result = driver.writeRead(thread, bwr, files);
            driver.takeDeliveredFiles(thread, received);
            return result;
        }

        private List<Ret> exchange(boolean nonBlocking, long capacity) {
            bwr.write(writeBuffer, writeSize).read(readBuffer, capacity);
            bwr.nonBlocking = nonBlocking;
            finish(writeRead());
            List<Ret> returns = parse(readBuffer, bwr.readConsumed);
            if (status != 0 && status != -Errno.EAGAIN) {
                throw new AssertionError("write-read failed: " + Errno.name(status) + ", read " + returns);
            }
            return returns;
        }

        private void finish(int result) {
            status = result;
            writeConsumed = bwr.writeConsumed;
            writeSize = 0;
            sendUsed = 0;
        }

        private TestThread handleCommand(int command, int handle) {
            writeBuffer.set(INT, command(command), handle);
            return this;
        }

        private TestThread nodeCommand(int command, long ptr, long cookie) {
            long payload = command(command);
            writeBuffer.set(LONG, payload, ptr);
            writeBuffer.set(LONG, payload + 8, cookie);
            return this;
        }

        private TestThread deathCommand(int command, int handle, long cookie) {
            long payload = command(command);
            writeBuffer.set(INT, payload, handle);
            writeBuffer.set(LONG, payload + 4, cookie);
            return this;
        }

        /** Appends a command word; returns where its payload goes. */
        private long command(int command) {
            writeBuffer.set(INT, writeSize, command);
            long payload = writeSize + 4;
            writeSize = payload + Commands.payloadSizeBytes(command);
            writeBuffer.asSlice(payload, writeSize - payload).fill((byte) 0);
            return payload;
        }
    }

    static List<Ret> parse(MemorySegment buffer, long size) {
        List<Ret> returns = new ArrayList<>();
        long position = 0;
        while (position < size) {
            int command = buffer.get(INT, position);
            long payload = position + 4;
            returns.add(switch (Returns.payloadSizeBytes(command)) {
                case 0 -> Ret.of(command);
                case 4 -> new Ret(command, 0, buffer.get(INT, payload), 0, 0, 0, 0, 0, 0, 0, 0);
                case 8 -> new Ret(command, 0, buffer.get(LONG, payload), 0, 0, 0, 0, 0, 0, 0, 0);
                case 16 -> new Ret(command, buffer.get(LONG, payload), buffer.get(LONG, payload + 8), 0, 0, 0, 0, 0, 0,
                        0, 0);
                case TransactionDataDescriptor.SIZE_BYTES -> new Ret(command,
                        buffer.get(LONG, payload + TransactionDataDescriptor.TARGET_OFFSET),
                        buffer.get(LONG, payload + TransactionDataDescriptor.COOKIE_OFFSET),
                        buffer.get(INT, payload + TransactionDataDescriptor.CODE_OFFSET),
                        buffer.get(INT, payload + TransactionDataDescriptor.FLAGS_OFFSET),
                        buffer.get(INT, payload + TransactionDataDescriptor.SENDER_PID_OFFSET),
                        buffer.get(INT, payload + TransactionDataDescriptor.SENDER_EUID_OFFSET),
                        buffer.get(LONG, payload + TransactionDataDescriptor.DATA_SIZE_OFFSET),
                        buffer.get(LONG, payload + TransactionDataDescriptor.OFFSETS_SIZE_OFFSET),
                        buffer.get(LONG, payload + TransactionDataDescriptor.DATA_BUFFER_OFFSET),
                        buffer.get(LONG, payload + TransactionDataDescriptor.DATA_OFFSETS_OFFSET));
                default -> throw new AssertionError("unexpected return " + Returns.name(command) + " at " + position);
            });
            position = payload + Returns.payloadSizeBytes(command);
        }
        return returns;
    }

    /** The names of the returns, for readable comparisons. */
    static List<String> names(List<Ret> returns) {
        List<String> names = new ArrayList<>(returns.size());
        for (Ret ret : returns) {
            names.add(ret.name());
        }
        return names;
    }

    static void assertReturns(List<Ret> actual, int... expected) {
        List<String> names = new ArrayList<>(expected.length);
        for (int command : expected) {
            names.add(Returns.name(command));
        }
        assertEquals(names, names(actual), () -> "returns " + actual);
    }

    /** The first return with this command. */
    static Ret find(List<Ret> returns, int command) {
        for (Ret ret : returns) {
            if (ret.command() == command) {
                return ret;
            }
        }
        throw new AssertionError("no " + Returns.name(command) + " in " + returns);
    }
}
