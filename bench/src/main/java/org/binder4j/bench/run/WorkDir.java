package org.binder4j.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The run's private directory under the system's temporary directory: the daemon's and the peers'
 * sockets and the children's temporary files. Deleted with everything in it at the end.
 */
public final class WorkDir implements AutoCloseable {
    private final Path path;

    private WorkDir(Path path) {
        this.path = path;
    }

    public static WorkDir create() throws IOException {
        return new WorkDir(Files.createTempDirectory("binder4j-bench-"));
    }

    public Path path() {
        return path;
    }

    /** Where the binder4j daemon of the run listens. */
    public Path daemonSocket() {
        return path.resolve("binder.sock");
    }

    /** A socket path for a peer. */
    public Path socket(String name) {
        return path.resolve(name + ".sock");
    }

    @Override
    public void close() {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the benchmark's work directory " + path, e);
        }
    }
}
