package org.binder4j.cli.dumpsys;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.binder4j.IBinder;
import org.binder4j.ParcelFileDescriptor;
import org.binder4j.StatusCode;
import org.binder4j.sys.Epoll;
import org.binder4j.sys.Fds;

/**
 * One service's dump, as dumpsys takes it: a pipe, {@link IBinder#dump} with its write end on a thread of
 * its own (the call is synchronous and the service writes while we read), and this thread copying what
 * arrives to the output until the end of the pipe or the deadline. A service that does not finish in time
 * is left behind: its call ends whenever it ends, on a daemon thread.
 *
 * @param seconds how long the dump took, or until the deadline
 * @param timedOut the deadline passed before the service finished
 * @param error the status the dump call failed with (e.g. "DEAD_OBJECT"), or null
 * @param errorDetail what the failure said, or null
 */
record ServiceDump(double seconds, boolean timedOut, String error, String errorDetail) {
    private static final int CHUNK_BYTES = 64 * 1024;

    /** Dumps {@code service} with {@code args} into {@code sink}, waiting at most {@code timeoutMs}. */
    static ServiceDump run(String name, IBinder service, String[] args, long timeoutMs, OutputStream sink)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ParcelFileDescriptor[] pipe = ParcelFileDescriptor.createPipe();
        ParcelFileDescriptor writeEnd = pipe[1];
        Thread caller = Thread.ofPlatform().daemon(true).name("dumpsys " + name).start(() -> {
            try (writeEnd) {
                service.dump(writeEnd.getFileDescriptor(), args);
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        boolean complete;
        try (ParcelFileDescriptor readEnd = pipe[0]) {
            complete = copyUntilEnd(readEnd.getFd(), deadline, sink);
        }
        if (complete) {
            long left = deadline - System.nanoTime();
            complete = left > 0 && caller.join(Duration.ofNanos(left));
        }
        Throwable error = complete ? failure.get() : null;
        return new ServiceDump((System.nanoTime() - start) / 1e9, !complete, error == null ? null : statusOf(error),
                error == null ? null : error.getMessage());
    }

    boolean completed() {
        return !timedOut && error == null;
    }

    /** Copies {@code fd} to {@code sink} until its end (true) or the deadline (false). */
    private static boolean copyUntilEnd(int fd, long deadline, OutputStream sink) throws IOException {
        try (Epoll epoll = Epoll.create(); Arena arena = Arena.ofConfined()) {
            epoll.add(fd, fd);
            MemorySegment buffer = arena.allocate(CHUNK_BYTES);
            long[] ids = new long[1];
            int[] events = new int[1];
            while (true) {
                long leftNanos = deadline - System.nanoTime();
                if (leftNanos <= 0) {
                    return false;
                }
                if (epoll.await(ids, events, (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(leftNanos))) == 0) {
                    continue;
                }
                long n = Fds.read(fd, buffer, CHUNK_BYTES);
                if (n == 0) {
                    return true;
                }
                sink.write(buffer.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE));
                sink.flush();
            }
        }
    }

    private static String statusOf(Throwable error) {
        int status = StatusCode.of(error);
        return status == StatusCode.OK ? error.getClass().getSimpleName() : StatusCode.name(status);
    }
}
