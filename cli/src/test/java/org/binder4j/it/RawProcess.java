package org.binder4j.it;

import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.binder4j.internal.daemon.DaemonDriverSession;
import org.binder4j.protocol.DriverSession;

/** A binder process over the daemon with no runtime: a session whose threads a test drives by hand. */
final class RawProcess implements AutoCloseable {
    private final DriverSession session;
    private final List<RawThread> threads = new ArrayList<>();

    private RawProcess(DriverSession session) {
        this.session = session;
    }

    /** Connects with the default receive area. */
    static RawProcess connect(Path socket, String name) {
        return new RawProcess(DaemonDriverSession.connect(socket, name));
    }

    /** Connects asking for {@code receiveAreaSizeBytes}, see {@link DaemonDriverSession#connect(Path, String, long)}. */
    static RawProcess connect(Path socket, String name, long receiveAreaSizeBytes) {
        return new RawProcess(DaemonDriverSession.connect(socket, name, receiveAreaSizeBytes));
    }

    DriverSession session() {
        return session;
    }

    MemorySegment receiveArea() {
        return session.receiveArea();
    }

    /** A new thread of this process (closed with it). */
    RawThread thread() {
        RawThread thread = new RawThread(session.openThread());
        threads.add(thread);
        return thread;
    }

    @Override
    public void close() {
        threads.forEach(RawThread::close);
        session.close();
    }
}
