package org.binder4j.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.binder4j.driver.DriverHarness.TestProc;
import org.binder4j.driver.DriverHarness.TestThread;
import org.binder4j.protocol.Commands;
import org.binder4j.protocol.Errno;
import org.binder4j.protocol.FlatObjectDescriptor;
import org.binder4j.protocol.Returns;
import org.binder4j.protocol.TransactionFlags;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random command streams from several processes, mostly well-formed and often wrong (bad
 * handles, objects, frees, acknowledgements, ref counts, deaths), with threads and processes dying on
 * the way: the driver never throws, answers only with its documented results, and leaks nothing.
 */
class RobustnessTest {
    private static final long[] PTRS = {0x10, 0x20, 0x30};
    private static final int[] OBJECT_TYPES = {FlatObjectDescriptor.BINDER_TYPE_BINDER,
            FlatObjectDescriptor.BINDER_TYPE_WEAK_BINDER, FlatObjectDescriptor.BINDER_TYPE_HANDLE,
            FlatObjectDescriptor.BINDER_TYPE_WEAK_HANDLE, FlatObjectDescriptor.BINDER_TYPE_FD, 0x12345678};

    private final List<TestThread> threads = new ArrayList<>();
    private final Map<TestProc, List<Long>> received = new HashMap<>();
    private final Map<TestProc, List<Integer>> handles = new HashMap<>();
    private final Map<TestThread, Integer> incomingCalls = new HashMap<>();
    private Random random;
    private DriverHarness harness;
    private int nextPid = 100;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void randomStreamsNeverBreakTheDriver(long seed) {
        random = new Random(seed);
        harness = new DriverHarness();
        for (int i = 0; i < 4; i++) {
            openProc();
        }
        assertEquals(0, threads.get(0).proc.becomeContextManager());
        for (int step = 0; step < 4000; step++) {
            int choice = random.nextInt(200);
            if (choice == 0) {
                releaseRandomProc();
            } else if (choice < 3) {
                TestThread thread = pick();
                harness.driver.releaseThread(thread.thread);
                threads.remove(thread);
                incomingCalls.remove(thread);
                threads.add(thread.proc.thread(tid(thread.proc)));
            } else if (choice < 5) {
                harness.driver.stopWaiting(pick().thread);
            } else {
                exchange(pick());
            }
        }
        harness.close();
        assertTrue(harness.driver.userErrorCount() > 0, "the stream did contain mistakes");
    }

    private void exchange(TestThread thread) {
        int commands = 1 + random.nextInt(3);
        boolean garbage = false;
        for (int i = 0; i < commands; i++) {
            garbage |= command(thread);
        }
        if (incomingCalls.getOrDefault(thread, 0) > 0 && random.nextBoolean()) {
            incomingCalls.merge(thread, -1, Integer::sum);
            thread.reply(0, randomParcel(handles.get(thread.proc)));
        }
        List<Ret> returns = thread.tryRead(random.nextBoolean());
        int status = thread.status;
        assertTrue(status == 0 || status == -Errno.EAGAIN || garbage && status == -Errno.EINVAL,
                "unexpected " + Errno.name(status));
        for (Ret ret : returns) {
            if (ret.command() == Returns.BR_TRANSACTION || ret.command() == Returns.BR_REPLY) {
                received.get(thread.proc).add(ret.buffer());
                learnHandles(thread, ret);
                if (ret.command() == Returns.BR_TRANSACTION && (ret.flags() & TransactionFlags.TF_ONE_WAY) == 0) {
                    incomingCalls.merge(thread, 1, Integer::sum);
                }
            } else if (ret.command() == Returns.BR_DEAD_BINDER && random.nextBoolean()) {
                thread.deadBinderDone(ret.cookie());
            } else if (random.nextInt(4) != 0) {
                thread.acknowledge(List.of(ret));
            }
        }
    }

    /** Keeps the handles a process received, and often a ref on them, so that later commands can use them. */
    private void learnHandles(TestThread thread, Ret ret) {
        for (int i = 0; i < ret.offsetsSize() / 8; i++) {
            DriverHarness.FlatObject object = thread.proc.object(ret, i);
            if (object.isHandle() || object.type() == FlatObjectDescriptor.BINDER_TYPE_WEAK_HANDLE) {
                handles.get(thread.proc).add(object.handle());
                if (random.nextBoolean()) {
                    thread.acquire(object.handle());
                }
            }
        }
    }

    /** Queues one random command. @return true if it may be rejected as malformed */
    private boolean command(TestThread thread) {
        List<Integer> known = handles.get(thread.proc);
        int dice = random.nextInt(10);
        int handle = dice < 4 ? 0 : dice < 8 && !known.isEmpty() ? known.get(random.nextInt(known.size()))
                : random.nextInt(6);
        switch (random.nextInt(12)) {
            case 0, 1 -> thread.transaction(handle, random.nextInt(4), randomFlags(), randomParcel(known));
            case 2 -> {
                int calls = incomingCalls.getOrDefault(thread, 0);
                if (calls > 0) {
                    incomingCalls.put(thread, calls - 1);
                }
                if (calls > 0 || random.nextInt(5) == 0) {
                    thread.reply(random.nextBoolean() ? TransactionFlags.TF_STATUS_CODE : 0, randomParcel(known));
                }
            }
            case 3, 4 -> {
                List<Long> buffers = received.get(thread.proc);
                long offset = buffers.isEmpty() || random.nextInt(5) == 0 ? 8L * random.nextInt(64)
                        : buffers.remove(random.nextInt(buffers.size()));
                thread.freeBuffer(offset);
            }
            case 5 -> {
                switch (random.nextInt(4)) {
                    case 0 -> thread.increfs(handle);
                    case 1 -> thread.acquire(handle);
                    case 2 -> thread.release(handle);
                    default -> thread.decrefs(handle);
                }
                // The context manager taking a ref to itself is refused with -EINVAL.
                return handle == 0;
            }
            case 6 -> {
                long ptr = PTRS[random.nextInt(PTRS.length)];
                if (random.nextBoolean()) {
                    thread.increfsDone(ptr, ptr + 1);
                } else {
                    thread.acquireDone(ptr, ptr + random.nextInt(2));
                }
            }
            case 7 -> {
                switch (random.nextInt(3)) {
                    case 0 -> thread.enterLooper();
                    case 1 -> thread.registerLooper();
                    default -> thread.exitLooper();
                }
            }
            case 8 -> {
                if (random.nextBoolean()) {
                    thread.requestDeath(handle, 1 + random.nextInt(3));
                } else {
                    thread.clearDeath(handle, 1 + random.nextInt(3));
                }
            }
            case 9 -> thread.deadBinderDone(1 + random.nextInt(3));
            case 10 -> thread.rawTransaction(random.nextBoolean() ? Commands.BC_TRANSACTION : Commands.BC_REPLY, handle,
                    random.nextInt(3) == 0 ? -random.nextInt(100) : random.nextInt(200_000),
                    8L * random.nextInt(3) + random.nextInt(2) * 4, random.nextLong() >>> random.nextInt(64),
                    random.nextInt(70_000));
            default -> {
                if (random.nextInt(10) == 0) {
                    thread.raw(random.nextInt());
                    return true;
                }
                thread.proc.setMaxThreads(random.nextInt(3));
            }
        }
        return false;
    }

    private int randomFlags() {
        int flags = random.nextInt(3) == 0 ? TransactionFlags.TF_ONE_WAY : 0;
        return random.nextInt(5) == 0 ? flags | TransactionFlags.TF_CLEAR_BUF : flags;
    }

    private Parcel randomParcel(List<Integer> known) {
        Parcel parcel = Parcel.ofSize(random.nextInt(3) == 0 ? random.nextInt(9000) : 4 * random.nextInt(4));
        int objects = random.nextInt(4);
        for (int i = 0; i < objects; i++) {
            int type = OBJECT_TYPES[random.nextInt(OBJECT_TYPES.length)];
            long ptr = PTRS[random.nextInt(PTRS.length)];
            boolean local = type == FlatObjectDescriptor.BINDER_TYPE_BINDER || type == FlatObjectDescriptor.BINDER_TYPE_WEAK_BINDER;
            long handle = known.isEmpty() || random.nextInt(3) == 0 ? random.nextInt(6)
                    : known.get(random.nextInt(known.size()));
            parcel.putObject(type, local ? ptr : handle, local ? ptr + random.nextInt(4) / 3 : 0);
        }
        if (random.nextInt(10) == 0) {
            parcel.addOffset(random.nextInt(64));
        }
        return parcel;
    }

    private TestThread pick() {
        return threads.get(random.nextInt(threads.size()));
    }

    private void openProc() {
        int pid = nextPid;
        nextPid += 100;
        // Small areas, so that space runs out now and then.
        TestProc proc = harness.proc(pid, pid % 700 == 0 ? 2000 : 1000, 32 * 1024);
        received.put(proc, new ArrayList<>());
        handles.put(proc, new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            TestThread thread = proc.thread(tid(proc));
            if (i < 2) {
                thread.enterLooper();
            }
            threads.add(thread);
        }
    }

    private void releaseRandomProc() {
        TestProc proc = pick().proc;
        proc.release();
        threads.removeIf(thread -> thread.proc == proc);
        received.remove(proc);
        handles.remove(proc);
        openProc();
        int result = threads.get(threads.size() - 1).proc.becomeContextManager();
        assertTrue(result == 0 || result == -Errno.EBUSY || result == -Errno.EPERM, Errno.name(result));
    }

    private int tid(TestProc proc) {
        return proc.pid() + random.nextInt(1000);
    }
}
