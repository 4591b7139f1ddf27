package org.binder4j.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.binder4j.cli.JavaProcess;
import org.binder4j.internal.daemon.DaemonDriverSession;

/**
 * Real processes for the examples' tests: a daemon JVM in a private directory, server and client JVMs started
 * from this JVM's class path, and this JVM as a binder process of its own. Closing stops them all.
 */
final class ProcessWorld implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Path directory;
    private final Path socket;
    private final JavaProcess daemon;
    private final List<JavaProcess> children = new ArrayList<>();
    private BinderRuntime client;

    ProcessWorld() throws Exception {
        directory = Files.createTempDirectory("binder4j-examples-");
        socket = directory.resolve("binder.sock");
        daemon = JavaProcess.start(socket, null, "daemon", "--socket", socket.toString());
        try {
            daemon.awaitLine("binder4j daemon listening on ", TIMEOUT);
            client = BinderRuntime.create(DaemonDriverSession.connect(socket, "examples-test"));
            client.startThreadPool();
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    /** Starts {@code mainClass} with {@code args} in a JVM of its own and waits for its line starting with {@code ready}. */
    JavaProcess start(Class<?> mainClass, String ready, String... args) throws InterruptedException {
        JavaProcess child = JavaProcess.startMain(socket, null, mainClass.getName(), args);
        children.add(child);
        child.awaitLine(ready, TIMEOUT);
        return child;
    }

    /** Starts {@code mainClass} with {@code args} in a JVM of its own and returns at once. */
    JavaProcess run(Class<?> mainClass, String... args) {
        JavaProcess child = JavaProcess.startMain(socket, null, mainClass.getName(), args);
        children.add(child);
        return child;
    }

    /** This JVM's binder process. */
    BinderRuntime client() {
        return client;
    }

    /** The service registered as {@code name}, waiting a bounded time for it. */
    IBinder service(String name) throws RemoteException {
        IBinder binder = ServiceManager.waitForService(ServiceManager.of(client), name,
                ServiceManager.GET_SERVICE_TIMEOUT_MS);
        if (binder == null) {
            throw new IllegalStateException("no service '" + name + "' registered within "
                    + ServiceManager.GET_SERVICE_TIMEOUT_MS + " ms");
        }
        return binder;
    }

    @Override
    public void close() throws Exception {
        if (client != null) {
            client.close();
        }
        children.forEach(JavaProcess::close);
        daemon.close();
        Files.deleteIfExists(socket);
        Files.deleteIfExists(directory);
    }
}
