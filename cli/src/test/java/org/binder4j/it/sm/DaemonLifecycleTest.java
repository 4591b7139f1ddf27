package org.binder4j.it.sm;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.binder4j.Binder;
import org.binder4j.DeadObjectException;
import org.binder4j.IBinder;
import org.binder4j.IServiceManager;
import org.binder4j.RemoteException;
import org.binder4j.ServiceConnector;
import org.binder4j.ServiceManager;
import org.binder4j.cli.JavaProcess;
import org.binder4j.it.DaemonWorld;
import org.binder4j.sys.Fds;
import org.binder4j.sys.Os;
import org.binder4j.sys.UnixSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon as an operator meets it: it logs in the documented format, stops cleanly on SIGTERM with its
 * clients seeing their peers die, refuses a second daemon on its socket, removes a stale socket, and
 * refuses to start with a bad policy file or an unsafe socket directory; and the service manager as a
 * process of its own, with its policy and SIGHUP.
 */
@Timeout(300)
class DaemonLifecycleTest {
    /** README: {@code <yyyy-MM-dd HH:mm:ss.SSS> <INFO|WARN> <program>: <text>}. */
    private static final Pattern LOG_LINE = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} (INFO|WARN) binder4j-(daemon|servicemanager): .+");
    private static final Duration WAIT = Duration.ofSeconds(PeerDirectory.WAIT_SECONDS);

    @TempDir
    Path directory;

    @Test
    void sigtermStopsTheDaemonAndEveryClientSeesItsPeersDie() throws Exception {
        try (DaemonWorld world = new DaemonWorld()) {
            world.startPeer("test.stopping");
            IServiceManager manager = ServiceManager.of(world.client());
            IBinder service = manager.checkService("test.stopping");
            CompletableFuture<Void> connected = new CompletableFuture<>();
            CompletableFuture<Void> disconnected = new CompletableFuture<>();
            ServiceConnector connector = ServiceConnector.connect(world.client(), "test.stopping",
                    new ServiceConnector.Callback() {
                        @Override
                        public void onServiceConnected(String name, IBinder binder) {
                            connected.complete(null);
                        }

                        @Override
                        public void onServiceDisconnected(String name) {
                            disconnected.complete(null);
                        }
                    });
            CompletableFuture<Throwable> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    ServiceManager.waitForService(manager, "test.never", -1);
                    return null;
                } catch (RemoteException e) {
                    return e;
                }
            });
            connected.get(PeerDirectory.WAIT_SECONDS, TimeUnit.SECONDS);

            Os.kill((int) world.daemon().pid(), Os.SIGTERM);
            int exit = world.daemon().awaitExit(WAIT);

            assertEquals(143, exit, "ended by SIGTERM after its shutdown hook: " + world.daemon().transcript());
            disconnected.get(PeerDirectory.WAIT_SECONDS, TimeUnit.SECONDS);
            assertInstanceOf(DeadObjectException.class, waiting.get(PeerDirectory.WAIT_SECONDS, TimeUnit.SECONDS),
                    "a wait for a service ends");
            assertThrows(DeadObjectException.class, service::getInterfaceDescriptor, "calls fail, they do not hang");
            assertFalse(Files.exists(world.socket()), "the socket is gone");
            connector.close();

            List<String> lines = world.daemon().transcript().lines().toList();
            for (String line : lines) {
                assertTrue(line.startsWith("binder4j daemon listening on ") || LOG_LINE.matcher(line).matches(),
                        "not in the documented format: " + line);
            }
            assertTrue(lines.stream().anyMatch(line -> line.contains(" INFO binder4j-servicemanager: added 'test.stopping'"
                    + " for uid " + Os.geteuid() + " pid ")), String.join("\n", lines));
            assertTrue(lines.getLast().endsWith(" INFO binder4j-daemon: stopping"), lines.getLast());
        }
    }

    @Test
    void theServiceManagerProcessTakesAPolicyAndReloadsItOnSighup() throws Exception {
        Path policy = directory.resolve("standalone.policy");
        Files.writeString(policy, "allow find,list *\n");
        try (DaemonWorld world = DaemonWorld.withDaemonOptions("--no-service-manager");
                JavaProcess manager = JavaProcess.start(world.socket(), null, "servicemanager", "--socket",
                        world.socket().toString(), "--policy", policy.toString(), "--client-check-ms", "250")) {
            manager.awaitLine("binder4j servicemanager serving on " + world.socket(), WAIT);
            IServiceManager serviceManager = ServiceManager.of(world.client());
            SecurityException denied = assertThrows(SecurityException.class,
                    () -> serviceManager.addService("test.standalone", new Binder(), false, 8));
            assertEquals("add of 'test.standalone' denied for uid " + Os.geteuid() + ": no rule of " + policy
                    + " allows it", denied.getMessage());

            Files.writeString(policy, "allow find,list *\nallow add * test.*\n");
            Os.kill((int) manager.pid(), Os.SIGHUP);
            manager.awaitLine(line -> line.endsWith(" INFO binder4j-servicemanager: access policy reloaded: " + policy
                    + " (2 rules)"), "the reload's log line", WAIT);

            serviceManager.addService("test.standalone", new Binder(), false, 8);
            assertNotNull(serviceManager.checkService("test.standalone"));
        }
    }

    @Test
    void aSecondDaemonOnTheSameSocketIsRefusedAndTheFirstServesOn() throws Exception {
        try (DaemonWorld world = new DaemonWorld();
                JavaProcess second = JavaProcess.start(world.socket(), null, "daemon", "--socket", world.socket().toString())) {
            assertEquals(1, second.awaitExit(WAIT));
            assertEquals("binder4j daemon: a binder4j daemon (pid " + world.daemon().pid() + ", uid " + Os.geteuid()
                    + ") is already serving " + world.socket(), second.transcript().strip());
            assertNotNull(ServiceManager.of(world.client()).checkService("manager"), "the first one serves on");
        }
    }

    @Test
    void aStaleSocketLeftByACrashedDaemonIsRemoved() throws Exception {
        Path socket = directory.resolve("stale.sock");
        Fds.closeQuietly(UnixSocket.listen(socket, 1));
        assertTrue(Files.exists(socket), "a socket file nobody listens on");

        try (JavaProcess daemon = JavaProcess.start(socket, null, "daemon", "--socket", socket.toString())) {
            daemon.awaitLine("binder4j daemon listening on " + socket, WAIT);
            assertTrue(daemon.transcript().contains("INFO binder4j-daemon: removed stale socket " + socket + " ("),
                    daemon.transcript());
        }
    }

    @Test
    void aBadPolicyFileStopsTheDaemonBeforeItListens() throws Exception {
        Path policy = directory.resolve("bad.policy");
        Files.writeString(policy, "allow find,list *\nallow add uid=no-such-user-here *\n");
        Path socket = directory.resolve("bad-policy.sock");

        try (JavaProcess daemon = JavaProcess.start(socket, null, "daemon", "--socket", socket.toString(),
                "--policy", policy.toString())) {
            assertEquals(1, daemon.awaitExit(WAIT));
            assertEquals("binder4j daemon: not starting, the access policy has errors:\n" + policy
                    + ":2: unknown user 'no-such-user-here' in uid=no-such-user-here (expected a uid, a range N-M, a user"
                    + " name or self)", daemon.transcript().strip());
        }
        assertFalse(Files.exists(socket), "it never listened");
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        Path socket = directory.resolve("options.sock");
        assertUsageError(socket, "binder4j daemon: --policy " + directory.resolve("missing.policy") + ": no such file",
                "daemon", "--socket", socket.toString(), "--policy", directory.resolve("missing.policy").toString());
        assertUsageError(socket, "binder4j daemon: --client-check-ms 0: expected a positive number of milliseconds",
                "daemon", "--socket", socket.toString(), "--client-check-ms", "0");
        assertUsageError(socket, "binder4j daemon: --policy and --client-check-ms configure the service manager; with"
                        + " --no-service-manager give them to `binder4j servicemanager`",
                "daemon", "--socket", socket.toString(), "--no-service-manager", "--client-check-ms", "100");
    }

    private static void assertUsageError(Path socket, String message, String... args) throws Exception {
        try (JavaProcess command = JavaProcess.start(socket, null, args)) {
            assertEquals(2, command.awaitExit(WAIT), command.transcript());
            assertEquals(message, command.transcript().strip());
        }
    }

    @Test
    void aSocketDirectoryOthersCouldWriteIsRefused() throws Exception {
        Path shared = Files.createDirectory(directory.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path socket = shared.resolve("binder.sock");

        try (JavaProcess daemon = JavaProcess.start(socket, null, "daemon", "--socket", socket.toString())) {
            assertEquals(1, daemon.awaitExit(WAIT));
            assertEquals("binder4j daemon: socket directory " + shared + " (mode 777) is writable by others without"
                    + " the sticky bit: they could replace the socket; chmod go-w it", daemon.transcript().strip());
        }
        assertFalse(Files.exists(socket));
    }
}
