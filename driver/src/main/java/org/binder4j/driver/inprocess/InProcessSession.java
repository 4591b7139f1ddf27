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
        synchronized (host.lock()) {
            long size = host.config().receiveAreaSizeFor(areaSizeBytes);
            MemorySegment area = arena.allocate(Math.max(size, 8), 8).asSlice(0, size);
            BinderProc proc = host.driver().openProc(pid, uid, gid, name, area);
            return new InProcessSession(host, proc, arena, area);
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
        synchronized (host.lock()) {
            if (closed) {
                throw new IllegalStateException("session of pid " + proc.pid() + " is closed");
            }
            InProcessThread thread = new InProcessThread(this);
            threads.add(thread);
            return thread;
        }
    }

    /** Under the host lock. */
    void forget(InProcessThread thread) {
        threads.remove(thread);
    }

    @Override
    public int setMaxThreads(int maxThreads) {
        synchronized (host.lock()) {
            return host.driver().setMaxThreads(proc, maxThreads);
        }
    }

    @Override
    public int becomeContextManager() {
        synchronized (host.lock()) {
            return host.driver().setContextManager(proc);
        }
    }

    @Override
    public int getNodeInfoForRef(NodeInfoForRef info) {
        synchronized (host.lock()) {
            return host.driver().getNodeInfoForRef(proc, info);
        }
    }

    @Override
    public String debugView(String name) {
        synchronized (host.lock()) {
            return host.driver().debugView(name);
        }
    }

    @Override
    public void close() {
        synchronized (host.lock()) {
            if (closed) {
                return;
            }
            closed = true;
            host.driver().releaseProc(proc);
            for (InProcessThread thread : List.copyOf(threads)) {
                thread.disconnect();
            }
            host.deliverWakes();
        }
        host.unparkWoken();
        // Threads of the process may still be reading; the memory goes when nobody can reach it.
        arena.close();
    }
}
