package org.binder4j.sys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
        OpenFileLimit.setSoft(highestOpen() + 1 + 8);
        try {
            while (true) {
                fillers.add(Fds.dup(0));
            }
        } catch (SysException full) {
            if (full.errno() != Errnos.EMFILE) {
                close();
                throw full;
            }
        }
        for (int i = 0; i < free; i++) {
            Fds.close(fillers.removeLast());
        }
    }

    private static int highestOpen() {
        int highest = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path entry : entries) {
                highest = Math.max(highest, Integer.parseInt(entry.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return highest;
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
