package org.binder4j.sys;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;

/**
 * A child JVM for {@link TruncatedFdsTest}: connects to args[0], receives a warm-up message, fills its
 * descriptor table leaving one slot and says "full", receives a message with descriptors, then frees its
 * table and prints what arrived.
 */
public final class FullTableReceiver {
    private FullTableReceiver() {}

    public static void main(String[] args) {
        int fd = UnixSocket.connect(Path.of(args[0]));
        ReceivedFds fds = new ReceivedFds();
        MemorySegment buffer = Arena.global().allocate(64, 8);
        UnixSocket.receive(fd, buffer, buffer.byteSize(), fds);
        int size;
        int count;
        boolean truncated;
        try (FullTable full = new FullTable(1)) {
            System.out.println("full");
            size = UnixSocket.receive(fd, buffer, buffer.byteSize(), fds);
            count = fds.count();
            truncated = fds.truncated();
        }
        fds.closeAll();
        System.out.println("size=" + size + " count=" + count + " truncated=" + truncated);
    }
}
