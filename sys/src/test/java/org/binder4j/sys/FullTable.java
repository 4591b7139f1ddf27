package org.binder4j.sys;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills this process's descriptor table up to a lowered RLIMIT_NOFILE, leaving {@code free} slots, for
 * as long as it is open; closing it gives everything back. Only for a child JVM of a test: while it is
 * open, loading a class from a directory fails for good, so everything the window runs must be loaded
 * before.
 */
final class FullTable implements AutoCloseable {
    private final long previousSoftLimit = OpenFileLimit.soft();
    private final List<Integer> fillers = new ArrayList<>();

    FullTable(int free) {
        // Every open descriptor is below the new limit, so the free slots are the limit minus the open ones.
        int limit = Fds.highestOpen() + 1 + 8;
        int slots = limit - Fds.countOpen();
        OpenFileLimit.setSoft(limit);
        for (int i = free; i < slots; i++) {
            fillers.add(Fds.dup(0));
        }
    }

    @Override
    public void close() {
        for (int fd : fillers) {
            Fds.closeQuietly(fd);
        }
        fillers.clear();
        OpenFileLimit.setSoft(previousSoftLimit);
    }
}
