package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a receiver whose descriptor table is full sees: the message's data, the descriptors it had room
 * for, and {@link ReceivedFds#truncated()}; the rest are dropped by the kernel. A child JVM plays the
 * receiver, since a full table stops class loading in the whole JVM.
 */
@Timeout(60)
class TruncatedFdsTest {
    private final Cleanup cleanup = new Cleanup();

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        cleanup.run();
    }

    @Test
    void descriptorsTheReceiverHasNoRoomForAreDroppedAndReported() throws Exception {
        Path path = dir.resolve("s");
        int listener = cleanup.fd(UnixSocket.listen(path, 1));
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                FullTableReceiver.class.getName(), path.toString())).redirectErrorStream(true).start();
        cleanup.add(child::destroyForcibly);
        int[] pipe = cleanup.fds(Fds.pipe());
        Arena arena = cleanup.add(Arena.ofConfined());
        MemorySegment message = arena.allocate(4, 4);
        message.set(JAVA_INT, 0, 42);
        int connection = cleanup.fd(UnixSocket.accept(listener));
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));

        UnixSocket.send(connection, message, 4);
        assertEquals("full", output.readLine());
        UnixSocket.sendWithFds(connection, message, 4, pipe);

        assertEquals("size=4 count=1 truncated=true", output.readLine());
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue());
    }
}
