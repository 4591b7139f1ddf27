package org.binder4j.protocol.wire;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the daemon listens: {@code $BINDER4J_SOCKET}, else the system property {@code binder4j.socket},
 * else {@code $XDG_RUNTIME_DIR/binder4j/binder.sock}, else {@code /tmp/binder4j-<user>/binder.sock}.
 */
public final class SocketPaths {
    public static final String ENV = "BINDER4J_SOCKET";
    public static final String PROPERTY = "binder4j.socket";
    /** Unix domain socket paths are limited to 107 bytes plus the terminating NUL. */
    public static final int MAX_PATH_BYTES = 107;

    private SocketPaths() {}

    public static Path resolve() {
        String explicit = System.getenv(ENV);
        if (explicit == null || explicit.isEmpty()) {
            explicit = System.getProperty(PROPERTY);
        }
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit);
        }
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        if (runtimeDir != null && !runtimeDir.isEmpty() && Files.isDirectory(Path.of(runtimeDir))) {
            return Path.of(runtimeDir, "binder4j", "binder.sock");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "binder4j-" + System.getProperty("user.name"), "binder.sock");
    }
}
