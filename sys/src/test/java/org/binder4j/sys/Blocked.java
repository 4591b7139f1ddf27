package org.binder4j.sys;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a blocking call on its own thread and tells when that thread is really asleep in a given system
 * call (from /proc/self/task/TID/syscall), so tests can act on a blocked thread without guessing with sleeps.
 */
final class Blocked<T> {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    // x86_64 and aarch64 numbers of the calls tests block in.
    private static final Map<String, long[]> SYSCALLS = Map.of(
            "read", new long[] {0, 63},
            "recvmsg", new long[] {47, 212},
            "accept4", new long[] {288, 242},
            "futex", new long[] {202, 98},
            "epoll_wait", new long[] {232, 22}); // aarch64 only has epoll_pwait

    private final FutureTask<T> task;
    private final CompletableFuture<Integer> tid = new CompletableFuture<>();

    private Blocked(Callable<T> body) {
        task = new FutureTask<>(() -> {
            tid.complete(Os.gettid());
            return body.call();
        });
        Thread thread = new Thread(task, "blocked");
        thread.setDaemon(true);
        thread.start();
    }

    static <T> Blocked<T> start(Callable<T> body) {
        return new Blocked<>(body);
    }

    /** Waits until the thread sleeps in {@code syscall}; fails the test if it does not within the timeout. */
    Blocked<T> awaitIn(String syscall) throws Exception {
        long number = SYSCALLS.get(syscall)[System.getProperty("os.arch").equals("aarch64") ? 1 : 0];
        Path file = Path.of("/proc/self/task/" + tid.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS) + "/syscall");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (task.isDone()) {
                fail("the thread finished instead of blocking in " + syscall + ": " + result());
            }
            if (currentSyscall(file) == number) {
                return this;
            }
            LockSupport.parkNanos(1_000_000);
        }
        return fail("the thread did not block in " + syscall + " within " + TIMEOUT);
    }

    /** The thread's result, waiting for it at most the timeout. */
    T result() throws Exception {
        return task.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private static long currentSyscall(Path file) throws IOException {
        try {
            String first = Files.readString(file).trim().split(" ")[0];
            return first.equals("running") ? -1 : Long.parseLong(first);
        } catch (NoSuchFileException e) {
            return -1;
        }
    }
}
