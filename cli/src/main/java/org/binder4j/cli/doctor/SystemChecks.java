package org.binder4j.cli.doctor;

import java.io.IOException;
import java.lang.foreign.ValueLayout;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.binder4j.sys.Fds;
import org.binder4j.sys.MappedRegion;
import org.binder4j.sys.Memfd;
import org.binder4j.sys.Os;

/** What this machine gives a binder4j process: its resource limits, memfds and /dev/shm. */
final class SystemChecks {
    /** A client needs a descriptor per binder thread plus what it passes: fewer than this is tight. */
    static final long MIN_CLIENT_OPEN_FILES = 1024;
    private static final Path SHM = Path.of("/dev/shm");

    private SystemChecks() {}

    static List<Check> run() {
        return List.of(limits(), memfd(), shm());
    }

    private static Check limits() {
        ResourceLimits limits;
        try {
            limits = ResourceLimits.of(Os.getpid());
        } catch (IOException e) {
            return Check.warn("limits", "cannot read /proc/self/limits: " + e.getMessage(), "check that /proc is mounted");
        }
        String detail = "this process: open files " + ResourceLimits.describe(limits.openFilesSoft()) + " (hard "
                + ResourceLimits.describe(limits.openFilesHard()) + "), locked memory "
                + ResourceLimits.describe(limits.lockedBytesSoft()) + " bytes (hard "
                + ResourceLimits.describe(limits.lockedBytesHard()) + "; binder4j locks none)";
        if (limits.openFilesSoft() >= 0 && limits.openFilesSoft() < MIN_CLIENT_OPEN_FILES) {
            return Check.warn("limits", detail + "; below " + MIN_CLIENT_OPEN_FILES + ", processes that pass file"
                    + " descriptors run out", "raise it: ulimit -n 65536 (the JVM raises its soft limit to the hard one)");
        }
        return Check.ok("limits", detail);
    }

    /** A receive area is a sealed memfd mapped by two processes: make one and map it. */
    private static Check memfd() {
        int fd = -1;
        try {
            fd = Memfd.create("binder4j-doctor", 4096);
            try (MappedRegion region = MappedRegion.map(fd, 4096, true)) {
                region.segment().set(ValueLayout.JAVA_BYTE, 0, (byte) 1);
            }
            return Check.ok("memfd", "memfd_create, sealing and a shared mapping work");
        } catch (RuntimeException e) {
            return Check.fail("memfd", "cannot make a receive area: " + e.getMessage(),
                    "binder4j needs Linux 3.17 or later with memfd_create allowed (check the container's seccomp"
                            + " profile)");
        } finally {
            if (fd >= 0) {
                Fds.closeQuietly(fd);
            }
        }
    }

    private static Check shm() {
        if (!Files.isDirectory(SHM)) {
            return Check.warn("/dev/shm", "absent; binder4j does not need it (its shared memory is memfds), but"
                    + " programs that share memory through files there fail", "mount a tmpfs on /dev/shm");
        }
        try {
            FileStore store = Files.getFileStore(SHM);
            String detail = store.type() + ", " + store.getUsableSpace() / (1024 * 1024) + " MiB free"
                    + (Files.isWritable(SHM) ? "" : ", not writable for this user")
                    + "; binder4j's shared memory is memfds, not files here";
            return Check.ok("/dev/shm", detail);
        } catch (IOException e) {
            return Check.warn("/dev/shm", "cannot inspect it: " + e.getMessage(), "check the mount of /dev/shm");
        }
    }
}
