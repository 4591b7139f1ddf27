package org.binder4j.driver.inprocess;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.binder4j.driver.BinderProc;
import org.binder4j.driver.host.DriverHost;
import org.binder4j.protocol.DriverSession;
import org.binder4j.protocol.DriverThread;
import org.binder4j.protocol.NodeInfoForRef;
import org.binder4j.protocol.ProtocolVersion;

/** A process of the in-process transport; its receive area is native memory shared with the driver. */
final class InProcessSession implements DriverSession {
    private final DriverHost host;
    private final BinderProc proc;
    private final Arena arena;
    private final MemorySegment receiveAreaView;
    private final List<InProcessThread> threads = new ArrayList<>();
    private boolean closed;

    private InProcessSession(DriverHost host, BinderProc proc, Arena arena, MemorySegment receiveArea) {
        this.host = host;
        this.proc = proc;
        this.arena = arena;
        this.receiveAreaView = receiveArea.asReadOnly();
    }

    static InProcessSession open(DriverHost host, int pid, int uid, int gid, String name, long areaSizeBytes) {
        Arena arena = Arena.ofShared();
        host.lock().lock();
        try {
            long size = host.config().receiveAreaSizeFor(areaSizeBytes);
            MemorySegment area = arena.allocate(Math.max(size, 8), 8).asSlice(0, size);
            BinderProc proc = host.driver().openProc(pid, uid, gid, name, area);
            return new InProcessSession(host, proc, arena, area);
        } finally {
            host.lock().unlock();
        }
    }

    DriverHost host() {
        return host;
    }

    BinderProc proc() {
        return proc;
    }

    @Override
    public int protocolVersion() {
        return ProtocolVersion.BINDER;
    }

    @Override
    public int pid() {
        return proc.pid();
    }

    @Override
    public MemorySegment receiveArea() {
        return receiveAreaView;
    }

    @Override
    public DriverThread openThread() {
        host.lock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("session of pid " + proc.pid() + " is closed");
            }
            InProcessThread thread = new InProcessThread(this);
            threads.add(thread);
            return thread;
        } finally {
            host.lock().unlock();
        }
    }

    /** Under the host lock. */
    void forget(InProcessThread thread) {
        threads.remove(thread);
    }

    @Override
    public int setMaxThreads(int maxThreads) {
        host.lock().lock();
        try {
            return host.driver().setMaxThreads(proc, maxThreads);
        } finally {
            host.lock().unlock();
        }
    }

    @Override
    public int becomeContextManager() {
        host.lock().lock();
        try {
            return host.driver().setContextManager(proc);
        } finally {
            host.lock().unlock();
        }
    }

    @Override
    public int getNodeInfoForRef(NodeInfoForRef info) {
        host.lock().lock();
        try {
            return host.driver().getNodeInfoForRef(proc, info);
        } finally {
            host.lock().unlock();
        }
    }

    @Override
    public String debugView(String name) {
        host.lock().lock();
        try {
            return host.driver().debugView(name);
        } finally {
            host.lock().unlock();
        }
    }

    @Override
    public void close() {
        host.lock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            host.driver().releaseProc(proc);
            for (InProcessThread thread : List.copyOf(threads)) {
                thread.disconnect();
            }
            host.deliverWakes();
        } finally {
            host.lock().unlock();
        }
        // Threads of the process may still be reading; the memory goes when nobody can reach it.
        arena.close();
    }
}
