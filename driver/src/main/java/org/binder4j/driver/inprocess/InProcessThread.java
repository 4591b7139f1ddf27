package org.binder4j.driver.inprocess;

import static org.binder4j.protocol.Errno.EAGAIN;
import static org.binder4j.protocol.Errno.ECONNRESET;
import static org.binder4j.protocol.Errno.EINTR;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.locks.Condition;
import org.binder4j.driver.BinderDriver;
import org.binder4j.driver.BinderFile;
import org.binder4j.driver.BinderThread;
import org.binder4j.driver.ExtendedError;
import org.binder4j.driver.host.DescriptorFile;
import org.binder4j.driver.host.DriverHost;
import org.binder4j.protocol.DriverThread;
import org.binder4j.protocol.WriteRead;
import org.binder4j.sys.Fds;
import org.binder4j.sys.SysException;

/**
 * A thread of the in-process transport: a blocking read waits on a condition of the host lock. The
 * descriptors attached to a write are duplicated (close-on-exec) for the driver; those a read delivers
 * are handed to the caller as they are, so it gets its own descriptors for the sender's open files.
 */
final class InProcessThread implements DriverThread {
    private static final long INITIAL_SEND_BUFFER_BYTES = 64 * 1024;

    private final InProcessSession session;
    private final DriverHost host;
    private final BinderThread thread;
    private final Condition work;
    private Arena sendArena;
    private MemorySegment sendBuffer;
    private boolean disconnected;
    private final ArrayList<DescriptorFile> attached = new ArrayList<>();
    private final ArrayList<BinderFile> delivered = new ArrayList<>();

    /** Under the host lock. */
    InProcessThread(InProcessSession session) {
        this.session = session;
        this.host = session.host();
        this.work = host.lock().newCondition();
        this.sendArena = Arena.ofShared();
        this.sendBuffer = sendArena.allocate(INITIAL_SEND_BUFFER_BYTES, 8);
        this.thread = host.driver().attachThread(session.proc(), (int) Thread.currentThread().threadId(), sendBuffer);
        host.register(thread, work::signal);
    }

    @Override
    public int tid() {
        return thread.tid();
    }

    @Override
    public MemorySegment sendBuffer(long minSizeBytes) {
        if (minSizeBytes <= sendBuffer.byteSize()) {
            return sendBuffer;
        }
        long size = Math.max(minSizeBytes, sendBuffer.byteSize() * 2);
        Arena arena = Arena.ofShared();
        MemorySegment grown = arena.allocate(size, 8);
        host.lock().lock();
        try {
            host.driver().setSendBuffer(thread, grown);
        } finally {
            host.lock().unlock();
        }
        sendArena.close();
        sendArena = arena;
        sendBuffer = grown;
        return grown;
    }

    @Override
    public int writeRead(WriteRead bwr) {
        duplicateAttached(bwr);
        host.lock().lock();
        try {
            if (disconnected) {
                closeAttached();
                return -ECONNRESET;
            }
            BinderDriver driver = host.driver();
            int status = driver.writeRead(thread, bwr, attached);
            attached.clear();
            status = waitForWork(driver, bwr, status);
            handOverDelivered(driver, bwr);
            return status;
        } finally {
            host.lock().unlock();
        }
    }

    /**
     * Copies of the write's descriptors for the driver. If one cannot be copied (it is not open, or the
     * table is full) none is attached, and the transaction's FD objects fail for lack of files.
     */
    private void duplicateAttached(WriteRead bwr) {
        int count = bwr.writeFdCount;
        bwr.writeFdCount = 0;
        try {
            for (int i = 0; i < count; i++) {
                attached.add(new DescriptorFile(Fds.dup(bwr.writeFds[i])));
            }
        } catch (SysException e) {
            closeAttached();
        }
    }

    private void closeAttached() {
        for (DescriptorFile file : attached) {
            file.close();
        }
        attached.clear();
    }

    /** Gives the caller the descriptors of the files the read delivered. Under the host lock. */
    private void handOverDelivered(BinderDriver driver, WriteRead bwr) {
        bwr.readFdCount = 0;
        if (disconnected) {
            return;
        }
        driver.takeDeliveredFiles(thread, delivered);
        int count = delivered.size();
        if (count == 0) {
            return;
        }
        if (bwr.readFds.length < count) {
            bwr.readFds = Arrays.copyOf(bwr.readFds, count);
        }
        for (int i = 0; i < count; i++) {
            bwr.readFds[i] = ((DescriptorFile) delivered.get(i)).detach();
        }
        bwr.readFdCount = count;
        delivered.clear();
    }

    /** Blocks, unless the write-read may not, until the driver has something to read. Under the host lock. */
    private int waitForWork(BinderDriver driver, WriteRead bwr, int firstStatus) {
        int status = firstStatus;
        host.deliverWakes();
        while (status == -EAGAIN && bwr.readSize > 0 && !bwr.nonBlocking) {
            try {
                work.await();
            } catch (InterruptedException e) {
                driver.stopWaiting(thread);
                Thread.currentThread().interrupt();
                return -EINTR;
            }
            if (disconnected) {
                return -ECONNRESET;
            }
            status = driver.writeRead(thread, bwr);
            host.deliverWakes();
        }
        return status;
    }

    @Override
    public String takeErrorDetail() {
        host.lock().lock();
        try {
            ExtendedError error = disconnected ? null : host.driver().takeExtendedError(thread);
            return error == null ? null : error.detail();
        } finally {
            host.lock().unlock();
        }
    }

    /** The process went away under this thread. Under the host lock. */
    void disconnect() {
        disconnected = true;
        host.unregister(thread);
        work.signalAll();
    }

    @Override
    public void close() {
        host.lock().lock();
        try {
            if (disconnected) {
                return;
            }
            disconnect();
            session.forget(this);
            host.driver().releaseThread(thread);
            host.deliverWakes();
        } finally {
            host.lock().unlock();
        }
        sendArena.close();
    }
}
