package org.binder4j.sys;

import java.util.ArrayDeque;
import java.util.Deque;

/** Closes what a test opened, in reverse order, whether or not the test passed. */
final class Cleanup {
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    int fd(int fd) {
        resources.push(() -> Fds.closeQuietly(fd));
        return fd;
    }

    /** Closes the entries still non-negative at cleanup, so a test can mark one it closed itself with -1. */
    int[] fds(int... fds) {
        resources.push(() -> {
            for (int fd : fds) {
                if (fd >= 0) {
                    Fds.closeQuietly(fd);
                }
            }
        });
        return fds;
    }

    <T extends AutoCloseable> T add(T resource) {
        resources.push(resource);
        return resource;
    }

    void run() throws Exception {
        Exception first = null;
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
