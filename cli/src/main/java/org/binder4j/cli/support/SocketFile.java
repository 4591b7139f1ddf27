package org.binder4j.cli.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * What the file system says about the daemon's socket: its owner and mode, and whether a uid may
 * connect to it (search permission on every directory above it, write permission on the socket; root
 * passes every check, as the kernel lets it). Only the primary gid counts as the caller's group.
 */
public record SocketFile(Path path, int ownerUid, int ownerGid, int mode, boolean isSocket) {
    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;

    /** The socket's attributes, or null when there is nothing at {@code path} (or it cannot be seen). */
    public static SocketFile inspect(Path path) {
        try {
            Map<String, Object> attributes = Files.readAttributes(path, "unix:uid,gid,mode", LinkOption.NOFOLLOW_LINKS);
            int mode = (Integer) attributes.get("mode");
            return new SocketFile(path, (Integer) attributes.get("uid"), (Integer) attributes.get("gid"), mode,
                    (mode & S_IFMT) == S_IFSOCK);
        } catch (IOException e) {
            return null;
        }
    }

    /** The permission bits as {@code ls} writes them in octal, e.g. "0666". */
    public String permissions() {
        return String.format("%04o", mode & 07777);
    }

    /**
     * Why {@code uid} (with primary group {@code gid}) may not connect to the socket at {@code path}, or
     * null if the permissions let it.
     */
    public static String accessProblem(Path path, int uid, int gid) {
        if (uid == 0) {
            return null;
        }
        Path absolute = path.toAbsolutePath().normalize();
        Deque<Path> directories = new ArrayDeque<>();
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
            directories.addFirst(dir);
        }
        for (Path dir : directories) {
            SocketFile attributes = inspect(dir);
            if (attributes != null && !attributes.allows(1, uid, gid)) {
                return "the directory " + dir + " (" + attributes.describeOwnership() + ") does not let uid " + uid + " in";
            }
        }
        SocketFile socket = inspect(absolute);
        if (socket != null && !socket.allows(2, uid, gid)) {
            return "the socket " + absolute + " (" + socket.describeOwnership() + ") is not writable for uid " + uid;
        }
        return null;
    }

    /** "owner uid U, group G, mode 0MMM". */
    public String describeOwnership() {
        return "owner uid " + ownerUid + ", group " + ownerGid + ", mode " + permissions();
    }

    /** Whether the permission {@code bit} (1 execute, 2 write) is granted to {@code uid}. */
    private boolean allows(int bit, int uid, int gid) {
        int shift = ownerUid == uid ? 6 : ownerGid == gid ? 3 : 0;
        return ((mode >> shift) & bit) != 0;
    }
}
