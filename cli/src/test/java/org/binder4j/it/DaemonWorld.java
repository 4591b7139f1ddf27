package org.binder4j.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.binder4j.BinderRuntime;
import org.binder4j.cli.JavaProcess;
import org.binder4j.internal.daemon.DaemonDriverSession;
import org.binder4j.sys.Os;

/** Real processes: a daemon JVM, peer JVMs, and this JVM as the client over the daemon's socket. */
public final class DaemonWorld implements BinderWorld {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path directory;
    private final Path socket;
    private final JavaProcess daemon;
    private final Map<Integer, JavaProcess> peers = new HashMap<>();
    private BinderRuntime client;

    public DaemonWorld() throws Exception {
        directory = Files.createTempDirectory("binder4j-it-");
        socket = directory.resolve("binder.sock");
        daemon = JavaProcess.start(socket, null, "daemon", "--socket", socket.toString());
        try {
            daemon.awaitLine("binder4j daemon listening on ", START_TIMEOUT);
            client = BinderRuntime.create(DaemonDriverSession.connect(socket, "test-client"));
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    public Path socket() {
        return socket;
    }

    public JavaProcess daemon() {
        return daemon;
    }

    @Override
    public BinderRuntime client() {
        return client;
    }

    @Override
    public int startPeer(String name) throws Exception {
        return startPeer(TestServerMain.class, name);
    }

    /**
     * Starts a peer JVM running {@code mainClass} with {@code args}; it prints {@link TestServerMain#READY}
     * and its pid once it serves. Returns the pid.
     */
    public int startPeer(Class<?> mainClass, String... args) throws Exception {
        JavaProcess peer = JavaProcess.startMain(socket, null, mainClass.getName(), args);
        String ready = peer.awaitLine(TestServerMain.READY, START_TIMEOUT);
        int pid = Integer.parseInt(ready.substring(TestServerMain.READY.length()).trim());
        peers.put(pid, peer);
        return pid;
    }

    @Override
    public void kill(int pid) throws Exception {
        JavaProcess peer = peers.remove(pid);
        Os.kill(pid, Os.SIGKILL);
        if (peer != null) {
            peer.awaitExit(START_TIMEOUT);
        }
    }

    @Override
    public String debugView(String name) {
        return client.debugView(name);
    }

    @Override
    public void close() throws Exception {
        if (client != null) {
            client.close();
        }
        for (JavaProcess peer : peers.values()) {
            peer.close();
        }
        peers.clear();
        daemon.close();
        Files.deleteIfExists(socket);
        Files.deleteIfExists(directory);
    }
}
