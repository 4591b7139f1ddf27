package org.binder4j;

import static org.binder4j.protocol.Commands.*;
import static org.binder4j.protocol.LittleEndian.INT;
import static org.binder4j.protocol.LittleEndian.LONG;
import static org.binder4j.protocol.Returns.*;
import static org.binder4j.protocol.TransactionDataDescriptor.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import org.binder4j.protocol.DriverThread;
import org.binder4j.protocol.Errno;
import org.binder4j.protocol.FlatObjectDescriptor;
import org.binder4j.protocol.Returns;
import org.binder4j.protocol.TransactionBufferDescriptor;
import org.binder4j.protocol.TransactionFlags;
import org.binder4j.protocol.WriteRead;
import org.binder4j.sys.Fds;

/**
 * One Java thread's side of the binder protocol (libbinder's IPCThreadState): it batches commands for
 * the driver, sends calls and waits for their replies while serving the calls and notifications that
 * arrive meanwhile, and runs the thread-pool loop. Used only by its own thread.
 *
 * <p>File descriptors: a transaction attaches those of its parcel's FD objects to the write-read that
 * carries it; the descriptors that come with a read are kept until the BR_TRANSACTION or BR_REPLY they
 * belong to gives them to its parcel.
 */
final class ThreadState {
    private static final int OUT_CAPACITY_BYTES = 4096;
    /** As libbinder: a read returns at most one transaction, so a small buffer is enough. */
    private static final int IN_CAPACITY_BYTES = 256;
    /** An exit code of the pool loop: the driver asked the thread to leave. */
    private static final int LEAVE_POOL = StatusCode.TIMED_OUT;

    private final BinderRuntime runtime;
    private final DriverThread driver;
    private final MemorySegment receiveArea;
    private final ReceiveAreaViews receivedViews;
    private final WriteRead bwr = new WriteRead();
    private final MemorySegment out;
    private long outSize;
    private final MemorySegment in;
    private long inPos;
    private long inSize;
    /** Nesting of calls and loops on this thread; commands are flushed at once only at depth 0. */
    private int depth;
    /** In {@link #joinThreadPool}: after a reply the thread reads again at once. */
    private boolean looping;
    private boolean interruptedWhileWaiting;
    /** Whether the last wait for a response ended because the connection to the driver was lost. */
    private boolean driverLost;
    private final ArrayList<Binder> pinned = new ArrayList<>();
    private int[] sendFds = new int[0];
    /** Descriptors of the transaction being written, attached to the next write-read. */
    private int sendFdCount;
    private int[] receivedFds = new int[0];
    /** Descriptors that came with the last read, until its transaction's parcel takes them. */
    private int receivedFdCount;
    /** Why the last call failed before reaching the driver, or null. */
    private String localErrorDetail;

    ThreadState(BinderRuntime runtime, DriverThread driver) {
        this.runtime = runtime;
        this.driver = driver;
        this.receiveArea = runtime.receiveArea();
        this.receivedViews = new ReceiveAreaViews(receiveArea);
        CallingContext context = CallingContext.current();
        context.ownPid = runtime.pid();
        context.callingPid = context.ownPid;
        Arena arena = Arena.ofAuto();
        this.out = arena.allocate(OUT_CAPACITY_BYTES, 8);
        this.in = arena.allocate(IN_CAPACITY_BYTES, 8);
    }

    /** Sends a call on {@code handle} and, unless oneway, waits for the reply. @return a status */
    int transact(int handle, int code, Parcel data, Parcel reply, int flags) {
        depth++;
        try {
            boolean oneway = (flags & IBinder.FLAG_ONEWAY) != 0;
            if (!fitsFileDescriptors(data)) {
                return StatusCode.BAD_VALUE;
            }
            int pinCount = pinLocalObjects(data);
            if (pinCount > 0) {
                runtime.onLocalObjectSent();
            }
            writeTransaction(BC_TRANSACTION, flags | TransactionFlags.TF_ACCEPT_FDS, handle, code, data);
            int status = waitForResponse(oneway ? null : reply, !oneway, false);
            unpin(pinCount);
            return status;
        } finally {
            leave();
        }
    }

    /** The explanation of this thread's last failure, or null. */
    String takeErrorDetail() {
        String detail = localErrorDetail;
        if (detail != null) {
            localErrorDetail = null;
            return detail;
        }
        return driver.takeErrorDetail();
    }

    /** A transaction carries at most as many descriptors as one socket message; otherwise the call fails here. */
    private boolean fitsFileDescriptors(Parcel parcel) {
        int count = parcel.fileDescriptorCount();
        if (count <= FlatObjectDescriptor.MAX_FDS_PER_TRANSACTION) {
            return true;
        }
        localErrorDetail = "the parcel holds " + count + " file descriptors; a transaction carries at most "
                + FlatObjectDescriptor.MAX_FDS_PER_TRANSACTION;
        return false;
    }

    /**
     * Gives a received buffer back to the driver: sent at once, without waiting for the driver, unless
     * this thread is inside a call (then with its next write-read).
     */
    void freeBuffer(long dataOffset) {
        writeCommand(BC_FREE_BUFFER, dataOffset);
        if (depth == 0) {
            exchange(false, false, true);
        }
    }

    /** Takes this process's own strong and weak reference on {@code handle}, at once. */
    void acquireHandle(int handle) {
        ensureOut(16);
        putCommand(BC_INCREFS, handle);
        putCommand(BC_ACQUIRE, handle);
        flush();
    }

    void requestDeathNotification(int handle, long cookie) {
        writeDeathCommand(BC_REQUEST_DEATH_NOTIFICATION, handle, cookie);
        flushIfIdle();
    }

    void clearDeathNotification(int handle, long cookie) {
        writeDeathCommand(BC_CLEAR_DEATH_NOTIFICATION, handle, cookie);
        flushIfIdle();
    }

    /** Drops this process's references on {@code handle} (its proxy was collected). */
    void releaseHandle(int handle) {
        ensureOut(16);
        putCommand(BC_RELEASE, handle);
        putCommand(BC_DECREFS, handle);
        flush();
    }

    /**
     * Serves the driver's work until the runtime closes or the driver asks this thread to leave.
     *
     * @param isMain true for a thread that joins by itself (BC_ENTER_LOOPER), false for one the driver
     *     asked for (BC_REGISTER_LOOPER)
     */
    void joinThreadPool(boolean isMain) {
        depth++;
        looping = true;
        try {
            ensureOut(4);
            putInt(isMain ? BC_ENTER_LOOPER : BC_REGISTER_LOOPER);
            while (!runtime.isClosed()) {
                int status = talkWithDriver(true);
                if (status == -Errno.ECONNRESET) {
                    runtime.driverGone();
                    break;
                }
                if (status < 0) {
                    continue;
                }
                if (processAvailableCommands() == LEAVE_POOL && !isMain) {
                    break;
                }
            }
            ensureOut(4);
            putInt(BC_EXIT_LOOPER);
            talkWithDriver(false);
        } finally {
            looping = false;
            leave();
        }
    }

    private int processAvailableCommands() {
        int result = StatusCode.OK;
        while (inPos < inSize) {
            int cmd = in.get(INT, inPos);
            inPos += 4;
            int status = executeCommand(cmd);
            if (status != StatusCode.OK) {
                result = status;
            }
        }
        return result;
    }

    private void leave() {
        depth--;
        if (depth == 0) {
            if (outSize > 0) {
                flush();
            }
            if (interruptedWhileWaiting) {
                interruptedWhileWaiting = false;
                Thread.currentThread().interrupt();
            }
        }
    }

    /** @param readPastCompletion whether the completion may come together with the thread's next work */
    private int waitForResponse(Parcel reply, boolean expectReply, boolean readPastCompletion) {
        while (true) {
            int err = exchange(true, readPastCompletion, false);
            driverLost = err == -Errno.ECONNRESET;
            if (err < 0) {
                return err == -Errno.ECONNRESET ? StatusCode.DEAD_OBJECT : StatusCode.FAILED_TRANSACTION;
            }
            while (inPos < inSize) {
                int cmd = in.get(INT, inPos);
                inPos += 4;
                switch (cmd) {
                    case BR_TRANSACTION_COMPLETE, BR_ONEWAY_SPAM_SUSPECT, BR_TRANSACTION_PENDING_FROZEN -> {
                        if (!expectReply) {
                            return StatusCode.OK;
                        }
                    }
                    case BR_DEAD_REPLY -> {
                        return StatusCode.DEAD_OBJECT;
                    }
                    case BR_FAILED_REPLY, BR_FROZEN_REPLY -> {
                        return StatusCode.FAILED_TRANSACTION;
                    }
                    case BR_REPLY -> {
                        return receiveReply(reply);
                    }
                    default -> executeCommand(cmd);
                }
            }
        }
    }

    private int receiveReply(Parcel reply) {
        long tr = inPos;
        inPos += SIZE_BYTES;
        int flags = in.get(INT, tr + FLAGS_OFFSET);
        long dataSize = in.get(LONG, tr + DATA_SIZE_OFFSET);
        long offsetsSize = in.get(LONG, tr + OFFSETS_SIZE_OFFSET);
        long buffer = in.get(LONG, tr + DATA_BUFFER_OFFSET);
        long offsets = in.get(LONG, tr + DATA_OFFSETS_OFFSET);
        if ((flags & TransactionFlags.TF_STATUS_CODE) != 0) {
            int status = dataSize >= 4 ? receiveArea.get(INT, buffer) : StatusCode.FAILED_TRANSACTION;
            closeReceivedFds();
            freeBuffer(buffer);
            return status;
        }
        if (reply == null) {
            closeReceivedFds();
            freeBuffer(buffer);
        } else {
            adopt(reply, buffer, dataSize, offsets, offsetsSize);
        }
        return StatusCode.OK;
    }

    /**
     * Makes {@code parcel} read the received buffer in place, with the descriptors that came with it;
     * recycling it frees the buffer and closes them.
     */
    private void adopt(Parcel parcel, long buffer, long dataSize, long offsets, long offsetsSize) {
        int fdCount = receivedFdCount;
        receivedFdCount = 0;
        parcel.setReceived(
                receivedViews.from(buffer),
                dataSize,
                offsetsSize == 0 ? MemorySegment.NULL : receivedViews.from(offsets),
                (int) (offsetsSize / 8),
                runtime.bufferReleaser(),
                buffer,
                receivedFds,
                fdCount);
        parcel.setRuntime(runtime);
    }

    /** Keeps the descriptors a read brought until their parcel takes them; any a previous read left are closed. */
    private void keepReceivedFds() {
        closeReceivedFds();
        int count = bwr.readFdCount;
        if (receivedFds.length < count) {
            receivedFds = new int[count];
        }
        System.arraycopy(bwr.readFds, 0, receivedFds, 0, count);
        receivedFdCount = count;
        bwr.readFdCount = 0;
    }

    private void closeReceivedFds() {
        for (int i = 0; i < receivedFdCount; i++) {
            Fds.closeQuietly(receivedFds[i]);
        }
        receivedFdCount = 0;
    }

    private int executeCommand(int cmd) {
        switch (cmd) {
            case BR_NOOP, BR_OK -> {}
            case BR_ERROR -> {
                RuntimeLog.warn("driver reported error " + in.get(INT, inPos));
                inPos += 4;
            }
            case BR_ACQUIRE -> {
                long ptr = in.get(LONG, inPos);
                long cookie = in.get(LONG, inPos + 8);
                inPos += 16;
                runtime.nodes().incStrong(cookie);
                writeNodeCommand(BC_ACQUIRE_DONE, ptr, cookie);
            }
            case BR_INCREFS -> {
                long ptr = in.get(LONG, inPos);
                long cookie = in.get(LONG, inPos + 8);
                inPos += 16;
                runtime.nodes().incWeak(cookie);
                writeNodeCommand(BC_INCREFS_DONE, ptr, cookie);
            }
            case BR_RELEASE -> {
                runtime.nodes().decStrong(in.get(LONG, inPos + 8));
                inPos += 16;
            }
            case BR_DECREFS -> {
                runtime.nodes().decWeak(in.get(LONG, inPos + 8));
                inPos += 16;
            }
            case BR_TRANSACTION -> executeTransaction();
            case BR_DEAD_BINDER -> {
                long cookie = in.get(LONG, inPos);
                inPos += 8;
                runtime.deliverDeath(cookie);
                writeCommand(BC_DEAD_BINDER_DONE, cookie);
            }
            case BR_CLEAR_DEATH_NOTIFICATION_DONE -> {
                runtime.deathNotificationCleared(in.get(LONG, inPos));
                inPos += 8;
            }
            case BR_SPAWN_LOOPER -> runtime.spawnPooledThread(false);
            case BR_FINISHED -> {
                return LEAVE_POOL;
            }
            default -> {
                RuntimeLog.warn("unexpected driver return " + Returns.name(cmd)
                        + " on thread " + Thread.currentThread().getName());
                inPos = inSize;
                return StatusCode.UNKNOWN_ERROR;
            }
        }
        return StatusCode.OK;
    }

    private void executeTransaction() {
        long tr = inPos;
        inPos += SIZE_BYTES;
        long ptr = in.get(LONG, tr + TARGET_OFFSET);
        long cookie = in.get(LONG, tr + COOKIE_OFFSET);
        int code = in.get(INT, tr + CODE_OFFSET);
        int flags = in.get(INT, tr + FLAGS_OFFSET);
        int senderPid = in.get(INT, tr + SENDER_PID_OFFSET);
        int senderEuid = in.get(INT, tr + SENDER_EUID_OFFSET);
        long dataSize = in.get(LONG, tr + DATA_SIZE_OFFSET);
        long offsetsSize = in.get(LONG, tr + OFFSETS_SIZE_OFFSET);
        long buffer = in.get(LONG, tr + DATA_BUFFER_OFFSET);
        long offsets = in.get(LONG, tr + DATA_OFFSETS_OFFSET);
        boolean oneway = (flags & TransactionFlags.TF_ONE_WAY) != 0;

        Parcel data = Parcel.obtain();
        adopt(data, buffer, dataSize, offsets, offsetsSize);
        Parcel reply = Parcel.obtain();
        if ((flags & TransactionFlags.TF_CLEAR_BUF) != 0) {
            reply.markSensitive();
        }
        CallingContext context = CallingContext.current();
        long savedIdentity = context.token();
        // As libbinder: a handler starts with no work source and propagates none unless it sets one.
        long savedWorkSource = WorkSource.setWithoutPropagation(WorkSource.UNSET);
        context.callingPid = senderPid;
        context.callingUid = senderEuid;
        int status;
        try {
            Binder target = ptr == 0 ? runtime.contextManagerObject() : LocalBinders.find(cookie);
            if (target == null) {
                RuntimeLog.warn("call " + code + " to a local object that no longer exists (cookie 0x"
                        + Long.toHexString(cookie) + ")");
                status = StatusCode.DEAD_OBJECT;
            } else {
                status = target.execTransact(code, data, reply, flags);
            }
        } finally {
            // As libbinder: the call's buffer goes back before the reply, so the caller's next call finds room.
            data.recycle();
            context.restore(savedIdentity);
            WorkSource.restore(savedWorkSource);
        }
        if (!oneway) {
            sendReply(reply, status, flags & TransactionFlags.TF_CLEAR_BUF);
        }
        reply.recycle();
    }

    private void sendReply(Parcel reply, int status, int flags) {
        int pinCount = 0;
        if (status == StatusCode.OK && !fitsFileDescriptors(reply)) {
            RuntimeLog.warn("reply not sent: " + takeErrorDetail());
            status = StatusCode.BAD_VALUE;
        }
        if (status == StatusCode.OK) {
            pinCount = pinLocalObjects(reply);
            writeTransaction(BC_REPLY, flags, 0, 0, reply);
        } else {
            writeStatusReply(status, flags);
        }
        // A pool thread at the top of its loop reads again right after the completion anyway, so the
        // transport may wait for the next work in the same exchange. Not for a reply with objects (they
        // are unpinned and its descriptors closed only once this returns) nor a sensitive one (zeroed then).
        boolean readPastCompletion = looping && depth == 1 && reply.objectCount() == 0 && flags == 0;
        int delivered = waitForResponse(null, false, readPastCompletion);
        unpin(pinCount);
        // Losing the driver while waiting past the completion says nothing of the reply; the pool loop reports it.
        if (delivered != StatusCode.OK && !(readPastCompletion && driverLost)) {
            RuntimeLog.warn("reply of " + reply.dataSize() + " bytes could not be delivered: "
                    + StatusCode.name(delivered) + detailSuffix());
        }
    }

    private String detailSuffix() {
        String detail = driver.takeErrorDetail();
        return detail == null ? "" : " (" + detail + ")";
    }

    private int pinLocalObjects(Parcel parcel) {
        int count = parcel.objectCount();
        if (count == 0) {
            return 0;
        }
        MemorySegment data = parcel.dataSegment();
        int pins = 0;
        for (int i = 0; i < count; i++) {
            long offset = parcel.objectOffset(i);
            if (data.get(INT, offset) == FlatObjectDescriptor.BINDER_TYPE_BINDER) {
                long cookie = data.get(LONG, offset + FlatObjectDescriptor.COOKIE_OFFSET);
                Binder binder = cookie == 0 ? runtime.contextManagerObject() : LocalBinders.find(cookie);
                if (binder != null) {
                    runtime.nodes().pin(binder);
                    pinned.add(binder);
                    pins++;
                }
            }
        }
        return pins;
    }

    private void unpin(int count) {
        for (int i = 0; i < count; i++) {
            runtime.nodes().unpin(pinned.removeLast());
        }
    }

    private void writeTransaction(int cmd, int flags, int handle, int code, Parcel data) {
        long dataSize = data.dataSize();
        int objects = data.objectCount();
        long offsetsPos = TransactionBufferDescriptor.align(dataSize);
        MemorySegment send = driver.sendBuffer(offsetsPos + objects * 8L);
        data.copyDataTo(send);
        for (int i = 0; i < objects; i++) {
            send.set(LONG, offsetsPos + i * 8L, data.objectOffset(i));
        }
        putTransaction(cmd, flags, handle, code, dataSize, objects * 8L, offsetsPos);
        // Only now: putTransaction may flush earlier commands, which must not carry them.
        if (objects > 0) {
            attachFileDescriptors(data);
        }
    }

    private void attachFileDescriptors(Parcel data) {
        int count = data.fileDescriptorCount();
        if (sendFds.length < count) {
            sendFds = Arrays.copyOf(sendFds, count);
        }
        data.copyFileDescriptors(sendFds);
        sendFdCount = count;
    }

    private void writeStatusReply(int status, int flags) {
        MemorySegment send = driver.sendBuffer(8);
        send.set(INT, 0, status);
        putTransaction(BC_REPLY, flags | TransactionFlags.TF_STATUS_CODE, 0, 0, 4, 0, 8);
    }

    private void putTransaction(int cmd, int flags, int handle, int code, long dataSize, long offsetsSize, long offsetsPos) {
        ensureOut(4 + SIZE_BYTES);
        putInt(cmd);
        long tr = outSize;
        // Every field, the unused ones zeroed: the buffer holds earlier commands' bytes.
        out.set(LONG, tr + TARGET_OFFSET, Integer.toUnsignedLong(handle));
        out.set(LONG, tr + COOKIE_OFFSET, 0);
        out.set(INT, tr + CODE_OFFSET, code);
        out.set(INT, tr + FLAGS_OFFSET, flags);
        out.set(INT, tr + SENDER_PID_OFFSET, 0);
        out.set(INT, tr + SENDER_EUID_OFFSET, 0);
        out.set(LONG, tr + DATA_SIZE_OFFSET, dataSize);
        out.set(LONG, tr + OFFSETS_SIZE_OFFSET, offsetsSize);
        out.set(LONG, tr + DATA_BUFFER_OFFSET, 0);
        out.set(LONG, tr + DATA_OFFSETS_OFFSET, offsetsPos);
        outSize += SIZE_BYTES;
    }

    private void writeCommand(int cmd, long arg) {
        ensureOut(12);
        putInt(cmd);
        out.set(LONG, outSize, arg);
        outSize += 8;
    }

    private void writeNodeCommand(int cmd, long ptr, long cookie) {
        ensureOut(20);
        putInt(cmd);
        out.set(LONG, outSize, ptr);
        out.set(LONG, outSize + 8, cookie);
        outSize += 16;
    }

    private void writeDeathCommand(int cmd, int handle, long cookie) {
        ensureOut(16);
        putInt(cmd);
        out.set(INT, outSize, handle);
        out.set(LONG, outSize + 4, cookie);
        outSize += 12;
    }

    private void putCommand(int cmd, int arg) {
        putInt(cmd);
        putInt(arg);
    }

    private void putInt(int value) {
        out.set(INT, outSize, value);
        outSize += 4;
    }

    private void ensureOut(int bytes) {
        if (outSize + bytes > OUT_CAPACITY_BYTES) {
            flush();
        }
    }

    private void flushIfIdle() {
        if (depth == 0) {
            flush();
        }
    }

    /** Writes the pending commands without reading. */
    private void flush() {
        talkWithDriver(false);
    }

    private int talkWithDriver(boolean doRead) {
        return exchange(doRead, false, false);
    }

    /** One write-read with the pending commands; the hints are {@link WriteRead}'s. */
    private int exchange(boolean doRead, boolean readPastCompletion, boolean detached) {
        bwr.writeBuffer = out;
        bwr.writeSize = outSize;
        bwr.writeConsumed = 0;
        boolean needRead = doRead && inPos >= inSize;
        bwr.readBuffer = in;
        bwr.readSize = needRead ? IN_CAPACITY_BYTES : 0;
        bwr.readConsumed = 0;
        bwr.readFdCount = 0;
        bwr.nonBlocking = false;
        bwr.readPastCompletion = readPastCompletion;
        bwr.detached = detached;
        bwr.attach(sendFds, sendFdCount);
        sendFdCount = 0;
        if (bwr.writeSize == 0 && bwr.readSize == 0) {
            return 0;
        }
        int status;
        while (true) {
            status = driver.writeRead(bwr);
            if (status != -Errno.EINTR) {
                break;
            }
            // Binder calls are not interruptible: keep waiting, and hand the interrupt back afterwards.
            Thread.interrupted();
            interruptedWhileWaiting = true;
        }
        consumeWritten(bwr.writeConsumed);
        if (bwr.readConsumed > 0) {
            inPos = 0;
            inSize = bwr.readConsumed;
        }
        if (bwr.readFdCount > 0) {
            keepReceivedFds();
        }
        if (status == -Errno.EINVAL) {
            throw new IllegalStateException("driver rejected this thread's commands at byte " + bwr.writeConsumed
                    + " of " + bwr.writeSize + " (a runtime bug)");
        }
        return status;
    }

    private void consumeWritten(long consumed) {
        if (consumed >= outSize) {
            outSize = 0;
        } else if (consumed > 0) {
            MemorySegment.copy(out, consumed, out, 0, outSize - consumed);
            outSize -= consumed;
        }
    }
}
