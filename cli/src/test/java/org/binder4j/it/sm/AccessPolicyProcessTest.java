package org.binder4j.it.sm;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.binder4j.Binder;
import org.binder4j.IServiceManager;
import org.binder4j.ServiceManager;
import org.binder4j.cli.JavaProcess;
import org.binder4j.cli.Main;
import org.binder4j.it.DaemonWorld;
import org.binder4j.sys.Os;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service manager's access policy across real processes and uids: this JVM is root (uid 0), peers run
 * as nobody (uid 65534, group nogroup) and as an Android-style app uid (10001), started with setpriv.
 * Allowed and denied add, find and list for two uids, a takeover refused and then allowed, reloads by
 * SIGHUP and by {@code binder4j policy reload} (a good file, a bad one, and a caller without the right),
 * and scenario 13 under a policy file.
 */
@Timeout(300)
class AccessPolicyProcessTest {
    private static final int NOBODY = 65534;
    private static final int APP_UID = 10_001;
    private static final int DEFAULT = IServiceManager.DUMP_FLAG_PRIORITY_DEFAULT;
    private static final String DIRECTORY = ServiceManagerScenariosTest.DIRECTORY;
    private static final String TWO_UIDS = """
            # root manages test.* and shared.*; nobody its own nobody.*, and may try test.taken
            allow find       *            test.peers
            allow add        uid=0        test.* shared.*
            allow find,list  uid=0
            allow add        uid=nobody   nobody.* test.taken
            allow find       gid=nogroup  nobody.* shared.*
            """;
    private static final String NOBODY_LISTS = "allow list       uid=nobody\n";
    private static final String NOBODY_TAKES_OVER = "allow takeover   uid=nobody   test.taken\n";

    @TempDir
    Path directory;

    @BeforeAll
    static void needsOtherUids() {
        Assumptions.assumeTrue(OtherUidProcess.available(),
                "running peers under other uids needs root and /usr/bin/setpriv");
    }

    /** The world's peer directory, registered by this (root) process. */
    private static PeerDirectory publishDirectory(DaemonWorld world) throws Exception {
        PeerDirectory peers = new PeerDirectory();
        ServiceManager.of(world.client()).addService(DIRECTORY, peers, false, DEFAULT);
        return peers;
    }

    /** A {@link SmPeerMain} under {@code uid}, once it said hello. */
    private static Peer startPeer(DaemonWorld world, PeerDirectory peers, OtherUidProcess[] processOut, int uid,
            String label) throws Exception {
        processOut[0] = OtherUidProcess.start(uid, world.socket(), SmPeerMain.class, DIRECTORY, label);
        try {
            return peers.awaitPeer(label);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; its output:\n" + processOut[0].output(), e);
        }
    }

    private Path writePolicy(String text) throws Exception {
        Path file = directory.resolve("servicemanager.policy");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void twoUidsAddFindAndListWhatTheirRulesAllow() throws Exception {
        Path policy = writePolicy(TWO_UIDS + NOBODY_LISTS);
        OtherUidProcess[] nobodyProcess = new OtherUidProcess[1];
        try (DaemonWorld world = DaemonWorld.withDaemonOptions("--policy", policy.toString())) {
            IServiceManager manager = ServiceManager.of(world.client());
            PeerDirectory peers = publishDirectory(world);
            manager.addService("shared.one", new Binder("org.binder4j.it.sm.Shared"), false, DEFAULT);
            manager.addService("test.secret", new Binder("org.binder4j.it.sm.Secret"), false, DEFAULT);
            SecurityException rootDenied = assertThrows(SecurityException.class,
                    () -> manager.addService("other.thing", new Binder(), false, DEFAULT));
            assertEquals("add of 'other.thing' denied for uid 0: no rule of " + policy + " allows it",
                    rootDenied.getMessage());

            Peer nobody = startPeer(world, peers, nobodyProcess, NOBODY, "nobody");
            nobody.add("nobody.one", DEFAULT, false);
            SecurityException addDenied = assertThrows(SecurityException.class, () -> nobody.add("test.other", DEFAULT, false));
            assertEquals("add of 'test.other' denied for uid 65534: no rule of " + policy + " allows it",
                    addDenied.getMessage());
            assertTrue(nobody.find("nobody.one"));
            assertTrue(nobody.find("shared.one"), "nobody is in group nogroup");
            SecurityException findDenied = assertThrows(SecurityException.class, () -> nobody.find("test.secret"));
            assertEquals("find of 'test.secret' denied for uid 65534: no rule of " + policy + " allows it",
                    findDenied.getMessage());
            assertEquals(List.of("nobody.one", "shared.one", "test.peers"), nobody.list(IServiceManager.DUMP_FLAG_PRIORITY_ALL),
                    "only the names nobody may find");

            assertNotNull(manager.checkService("nobody.one"), "root finds everything");
            assertTrue(List.of(manager.listServices(IServiceManager.DUMP_FLAG_PRIORITY_ALL))
                    .containsAll(List.of("manager", "nobody.one", "shared.one", "test.peers", "test.secret")));
        } finally {
            if (nobodyProcess[0] != null) {
                nobodyProcess[0].close();
            }
        }
    }

    @Test
    void takeoverIsRefusedUntilAReloadedPolicyAllowsIt() throws Exception {
        Path policy = writePolicy(TWO_UIDS + NOBODY_LISTS);
        OtherUidProcess[] nobodyProcess = new OtherUidProcess[1];
        try (DaemonWorld world = DaemonWorld.withDaemonOptions("--policy", policy.toString())) {
            IServiceManager manager = ServiceManager.of(world.client());
            PeerDirectory peers = publishDirectory(world);
            manager.addService("test.taken", new Binder("org.binder4j.it.sm.Taken"), false, DEFAULT);
            Peer nobody = startPeer(world, peers, nobodyProcess, NOBODY, "nobody");

            SecurityException refused = assertThrows(SecurityException.class, () -> nobody.add("test.taken", DEFAULT, false));
            assertEquals("takeover of 'test.taken' denied for uid 65534: no rule of " + policy + " allows it"
                    + " ('test.taken' is registered by uid 0, pid " + world.client().pid() + ")", refused.getMessage());
            assertEquals("org.binder4j.it.sm.Taken", manager.checkService("test.taken").getInterfaceDescriptor());

            writePolicy(TWO_UIDS + NOBODY_LISTS + NOBODY_TAKES_OVER);
            Os.kill((int) world.daemon().pid(), Os.SIGHUP);
            awaitLog(world, "INFO binder4j-servicemanager: access policy reloaded: " + policy + " (7 rules)");

            String descriptor = nobody.add("test.taken", DEFAULT, false);
            assertEquals(descriptor, manager.checkService("test.taken").getInterfaceDescriptor(), "nobody's object now");
        } finally {
            if (nobodyProcess[0] != null) {
                nobodyProcess[0].close();
            }
        }
    }

    @Test
    void theReloadCommandReportsBadFilesKeepsTheOldPolicyAndIsForRootOnly() throws Exception {
        Path policy = writePolicy(TWO_UIDS + NOBODY_LISTS);
        OtherUidProcess[] nobodyProcess = new OtherUidProcess[1];
        try (DaemonWorld world = DaemonWorld.withDaemonOptions("--policy", policy.toString())) {
            PeerDirectory peers = publishDirectory(world);
            Peer nobody = startPeer(world, peers, nobodyProcess, NOBODY, "nobody");
            nobody.add("nobody.one", DEFAULT, false);

            writePolicy(TWO_UIDS + "allow lst uid=nobody\n");
            String bad = reload(world, 1);
            assertTrue(bad.contains(policy + ":7: unknown operation 'lst'"), bad);
            awaitLog(world, "WARN binder4j-servicemanager: access policy not reloaded, " + policy + " (6 rules) stays in force");
            assertEquals(List.of("nobody.one", "test.peers"), nobody.list(IServiceManager.DUMP_FLAG_PRIORITY_ALL),
                    "the old policy, which lets nobody list, is still in force");

            writePolicy(TWO_UIDS);
            assertEquals("access policy reloaded: " + policy + " (5 rules)", reload(world, 0).strip());
            SecurityException listDenied = assertThrows(SecurityException.class,
                    () -> nobody.list(IServiceManager.DUMP_FLAG_PRIORITY_ALL));
            assertEquals("list denied for uid 65534: no rule of " + policy + " allows it", listDenied.getMessage());

            try (OtherUidProcess command = OtherUidProcess.start(NOBODY, world.socket(), Main.class, "policy", "reload",
                    "--socket", world.socket().toString())) {
                assertEquals(1, command.awaitExit(), command.output());
                assertTrue(command.output().contains("binder4j policy reload: reload of the access policy denied for"
                        + " uid 65534: only root and the service manager's uid 0 may"), command.output());
            }
        } finally {
            if (nobodyProcess[0] != null) {
                nobodyProcess[0].close();
            }
        }
    }

    @Test
    void scenario13_anAppUidCannotRegisterUnderAndroidsRule() throws Exception {
        Path policy = writePolicy("""
                deny  add  appid=10000-99999   # Android: app uids cannot add services
                allow *    *
                """);
        OtherUidProcess[] appProcess = new OtherUidProcess[1];
        try (DaemonWorld world = DaemonWorld.withDaemonOptions("--policy", policy.toString())) {
            PeerDirectory peers = publishDirectory(world);
            Peer app = startPeer(world, peers, appProcess, APP_UID, "app");

            SecurityException denied = assertThrows(SecurityException.class, () -> app.add("app.service", DEFAULT, false));
            assertEquals("add of 'app.service' denied for uid 10001 by rule " + policy + ":1", denied.getMessage());
            assertTrue(app.find(DIRECTORY), "an app may still find services");
            assertFalse(app.find("app.service"));
        } finally {
            if (appProcess[0] != null) {
                appProcess[0].close();
            }
        }
    }

    /** Runs {@code binder4j policy reload} as root; returns its output after checking its exit code. */
    private static String reload(DaemonWorld world, int expectedExit) throws Exception {
        try (JavaProcess command = JavaProcess.start(world.socket(), null, "policy", "reload", "--socket",
                world.socket().toString())) {
            int exit = command.awaitExit(Duration.ofSeconds(PeerDirectory.WAIT_SECONDS));
            assertEquals(expectedExit, exit, command.transcript());
            return command.transcript();
        }
    }

    private static void awaitLog(DaemonWorld world, String text) throws InterruptedException {
        world.daemon().awaitLine(line -> line.contains(text), "a log line with '" + text + "'",
                Duration.ofSeconds(PeerDirectory.WAIT_SECONDS));
    }
}
