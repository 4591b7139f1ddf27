package org.binder4j.driver.host;

import org.binder4j.driver.BinderFile;
import org.binder4j.sys.Fds;

/**
 * A file the driver holds, as a descriptor of this JVM: how both transports of a {@link DriverHost}
 * pass files, so that one process's file can reach a process of the other transport.
 */
public final class DescriptorFile implements BinderFile {
    private int fd;

    /** Takes ownership of {@code fd}. */
    public DescriptorFile(int fd) {
        this.fd = fd;
    }

    /** The descriptor, or -1 once closed or detached. */
    public int fd() {
        return fd;
    }

    /** Gives the descriptor up to the caller, who owns it now; {@link #close()} then does nothing. */
    public int detach() {
        int detached = fd;
        fd = -1;
        return detached;
    }

    @Override
    public void close() {
        if (fd >= 0) {
            Fds.closeQuietly(fd);
            fd = -1;
        }
    }

    @Override
    public String toString() {
        return "fd " + fd;
    }
}
