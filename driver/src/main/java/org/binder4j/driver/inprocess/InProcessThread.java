package org.binder4j.driver.inprocess;

import static org.binder4j.protocol.Errno.EAGAIN;
import static org.binder4j.protocol.Errno.ECONNRESET;
import static org.binder4j.protocol.Errno.EINTR;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
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
 * A thread of the in-process transport: a blocking read parks, without the host lock, until the driver
 * wakes the thread and its waker has released the lock (a condition of a lock would do the same, but
 * queues a new node for every wait). The descriptors attached to a write are duplicated (close-on-exec)
 * for the driver; those a read delivers are handed to the caller as they are, so it gets its own
 * descriptors for the sender's open files.
 */
final class InProcessThread implements DriverThread {
    private static final long INITIAL_SEND_BUFFER_BYTES = 64 * 1024;

    private final InProcessSession session;
    private final DriverHost host;
    private final BinderThread thread;
    /** The Java thread parked in a read, or null. Under the host lock. */
    private Thread waiter;
    /** Set by a wake-up or a disconnect under the host lock; read by the parked waiter without it. */
    private volatile boolean woken;
    private Arena sendArena;
    private MemorySegment sendBuffer;
    private boolean disconnected;
    private final ArrayList<DescriptorFile> attached = new ArrayList<>();
    private final ArrayList<BinderFile> delivered = new ArrayList<>();

    /** Under the host lock. */
    InProcessThread(InProcessSession session) {
        this.session = session;
        this.host = session.host();
        this.sendArena = Arena.ofShared();
        this.sendBuffer = sendArena.allocate(INITIAL_SEND_BUFFER_BYTES, 8);
        this.thread = host.driver().attachThread(session.proc(), (int) Thread.currentThread().threadId(), sendBuffer);
        host.register(thread, this::wake);
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
        synchronized (host.lock()) {
            host.driver().setSendBuffer(thread, grown);
        }
        sendArena.close();
        sendArena = arena;
        sendBuffer = grown;
        return grown;
    }

    @Override
    public int writeRead(WriteRead bwr) {
        duplicateAttached(bwr);
        try {
            synchronized (host.lock()) {
                if (disconnected) {
                    closeAttached();
                    return -ECONNRESET;
                }
                int status = exchange(bwr, attached);
                attached.clear();
                if (!mustWait(status, bwr)) {
                    return finish(bwr, status);
                }
            }
            while (true) {
                // The threads this one woke run before it parks: it may be waiting for them.
                host.unparkWoken();
                boolean interrupted = !awaitWake();
                synchronized (host.lock()) {
                    waiter = null;
                    if (interrupted) {
                        host.driver().stopWaiting(thread);
                        Thread.currentThread().interrupt();
                        return -EINTR;
                    }
                    if (disconnected) {
                        return -ECONNRESET;
                    }
                    int status = exchange(bwr, List.of());
                    if (!mustWait(status, bwr)) {
                        return finish(bwr, status);
                    }
                }
            }
        } finally {
            host.unparkWoken();
        }
    }

    /** One write-read of the driver, and the wake-ups it caused. Under the host lock. */
    private int exchange(WriteRead bwr, List<DescriptorFile> files) {
        // From here on a wake-up is news: it ends the wait that may follow.
        woken = false;
        int status = host.driver().writeRead(thread, bwr, files);
        host.deliverWakes();
        if (mustWait(status, bwr)) {
            // The driver counts this thread as waiting now: its wake-up must find the thread to unpark.
            waiter = Thread.currentThread();
        }
        return status;
    }

    /** A blocking read found nothing: the thread waits for a wake-up. */
    private static boolean mustWait(int status, WriteRead bwr) {
        return status == -EAGAIN && bwr.readSize > 0 && !bwr.nonBlocking;
    }

    /** Hands over what the read delivered. Under the host lock. */
    private int finish(WriteRead bwr, int status) {
        handOverDelivered(host.driver(), bwr);
        return status;
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

    /**
     * Parks, without the host lock, until {@link #wake} or an interrupt.
     *
     * @return false if interrupted before a wake-up (the interrupt status is then cleared)
     */
    private boolean awaitWake() {
        while (!woken) {
            if (Thread.interrupted()) {
                return false;
            }
            LockSupport.park(this);
        }
        return true;
    }

    /** The driver has work for this thread, or its process went away. Under the host lock. */
    private void wake() {
        woken = true;
        if (waiter != null) {
            host.unparkAfterRelease(waiter);
        }
    }

    @Override
    public String takeErrorDetail() {
        synchronized (host.lock()) {
            ExtendedError error = disconnected ? null : host.driver().takeExtendedError(thread);
            return error == null ? null : error.detail();
        }
    }

    /** The process went away under this thread. Under the host lock. */
    void disconnect() {
        disconnected = true;
        host.unregister(thread);
        wake();
    }

    @Override
    public void close() {
        synchronized (host.lock()) {
            if (disconnected) {
                return;
            }
            disconnect();
            session.forget(this);
            host.driver().releaseThread(thread);
            host.deliverWakes();
        }
        host.unparkWoken();
        sendArena.close();
    }
}
