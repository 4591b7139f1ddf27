package org.binder4j.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.binder4j.BinderRuntime;
import org.binder4j.cli.JavaProcess;
import org.binder4j.internal.daemon.DaemonDriverSession;
import org.binder4j.sys.Os;

/** Real processes: a daemon JVM, peer JVMs, and this JVM as the client over the daemon's socket. */
public final class DaemonWorld implements BinderWorld {
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path directory;
    private final Path socket;
    private final JavaProcess daemon;
    private final Map<Integer, JavaProcess> children = new HashMap<>();
    private final List<BinderRuntime> processes = new ArrayList<>();
    private BinderRuntime client;

    public DaemonWorld() throws Exception {
        this(List.of());
    }

    /** @param withServiceManager false: the daemon runs with --no-service-manager, see {@link #startServiceManager()} */
    public DaemonWorld(boolean withServiceManager) throws Exception {
        this(withServiceManager ? List.of() : List.of("--no-service-manager"));
    }

    /** A world whose daemon runs with {@code daemonOptions} besides its socket, e.g. {@code --policy FILE}. */
    public static DaemonWorld withDaemonOptions(String... daemonOptions) throws Exception {
        return new DaemonWorld(List.of(daemonOptions));
    }

    private DaemonWorld(List<String> daemonOptions) throws Exception {
        directory = Files.createTempDirectory("binder4j-it-");
        socket = directory.resolve("binder.sock");
        List<String> args = new ArrayList<>(List.of("daemon", "--socket", socket.toString()));
        args.addAll(daemonOptions);
        daemon = JavaProcess.start(socket, null, args.toArray(String[]::new));
        try {
            daemon.awaitLine("binder4j daemon listening on ", START_TIMEOUT);
            client = BinderRuntime.create(DaemonDriverSession.connect(socket, "test-client"));
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    /** The world's own directory (mode 0700), where its socket is. */
    public Path directory() {
        return directory;
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
        return startChild(TestServerMain.class, TestServerMain.READY, name);
    }

    @Override
    public int startPeer(String name, int maxThreads) throws Exception {
        return startChild(TestServerMain.class, TestServerMain.READY, name, String.valueOf(maxThreads));
    }

    /**
     * Starts a peer JVM running {@code mainClass} with {@code args}; it prints {@link TestServerMain#READY}
     * and its pid once it serves. Returns the pid.
     */
    public int startPeer(Class<?> mainClass, String... args) throws Exception {
        return startChild(mainClass, TestServerMain.READY, args);
    }

    /** Starts {@code binder4j servicemanager} in a JVM of its own; returns its pid once it serves. */
    int startServiceManager() throws Exception {
        JavaProcess manager = JavaProcess.start(socket, null, "servicemanager", "--socket", socket.toString());
        children.put((int) manager.pid(), manager);
        manager.awaitLine("binder4j servicemanager serving on ", START_TIMEOUT);
        return (int) manager.pid();
    }

    /**
     * Starts {@code mainClass} in a new JVM and waits for its line starting with {@code ready}, which must
     * end with the process's pid; returns that pid.
     */
    int startChild(Class<?> mainClass, String ready, String... args) throws Exception {
        JavaProcess child = JavaProcess.startMain(socket, null, mainClass.getName(), args);
        children.put((int) child.pid(), child);
        String line = child.awaitLine(ready, START_TIMEOUT);
        return Integer.parseInt(line.substring(ready.length()).trim());
    }

    /** The child JVM with {@code pid}, to wait for its output. */
    JavaProcess child(int pid) {
        JavaProcess child = children.get(pid);
        if (child == null) {
            throw new IllegalArgumentException("no child process " + pid + " (children: " + children.keySet() + ")");
        }
        return child;
    }

    @Override
    public BinderRuntime openProcess(String name) {
        BinderRuntime process = BinderRuntime.create(DaemonDriverSession.connect(socket, name));
        processes.add(process);
        return process;
    }

    @Override
    public void kill(int pid) throws Exception {
        JavaProcess child = children.remove(pid);
        Os.kill(pid, Os.SIGKILL);
        if (child != null) {
            child.awaitExit(START_TIMEOUT);
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
        processes.forEach(BinderRuntime::close);
        processes.clear();
        for (JavaProcess child : children.values()) {
            child.close();
        }
        children.clear();
        daemon.close();
        Files.deleteIfExists(socket);
        Files.deleteIfExists(directory);
    }
}
