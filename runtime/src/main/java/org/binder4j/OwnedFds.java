package org.binder4j;

import java.util.Arrays;
import org.binder4j.sys.Fds;

/**
 * The descriptors a {@link Parcel} owns and closes when it is emptied: copies it made on write, those
 * handed to it, and all those that came with a received transaction (which its FD objects index).
 */
final class OwnedFds {
    private static final int[] NONE = {};

    private int[] fds = NONE;
    private int count;

    int count() {
        return count;
    }

    int get(int index) {
        return fds[index];
    }

    void add(int fd) {
        if (count == fds.length) {
            fds = Arrays.copyOf(fds, Math.max(4, count * 2));
        }
        fds[count++] = fd;
    }

    /** Adds the first {@code n} of {@code source}. */
    void addAll(int[] source, int n) {
        for (int i = 0; i < n; i++) {
            add(source[i]);
        }
    }

    void closeAll() {
        for (int i = 0; i < count; i++) {
            Fds.closeQuietly(fds[i]);
        }
        count = 0;
    }
}
