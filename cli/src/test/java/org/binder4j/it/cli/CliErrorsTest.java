package org.binder4j.it.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.binder4j.it.DaemonWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the commands say when they cannot work: no daemon, a stale socket, a file that is not a socket,
 * a socket the user may not open, no service manager; unknown commands; and --help everywhere.
 */
@Timeout(300)
class CliErrorsTest {
    /** Every operator command, with arguments that would work against a healthy daemon. */
    private static final List<List<String>> DAEMON_COMMANDS = List.of(List.of("service", "list"), List.of("dumpsys", "-l"),
            List.of("state"), List.of("stats", "--json"), List.of("transactions"), List.of("transaction-log"),
            List.of("failed-transaction-log"), List.of("top", "-n", "1"));
    private static final List<String> OPERATOR_COMMANDS = List.of("service", "dumpsys", "state", "stats", "transactions",
            "transaction-log", "failed-transaction-log", "top", "doctor");

    private static Path directory;

    @BeforeAll
    static void makeDirectory() throws Exception {
        directory = Files.createTempDirectory("binder4j-cli-errors-");
    }

    @AfterAll
    static void removeDirectory() throws Exception {
        if (directory != null) {
            Files.deleteIfExists(directory);
        }
    }

    @Test
    void withoutADaemonEveryCommandNamesTheSocketAndHowToStartOne() throws Exception {
        Path socket = directory.resolve("binder.sock");
        for (List<String> command : DAEMON_COMMANDS) {
            Cli.Result result = Cli.run(socket, command.toArray(String[]::new)).assertCleanFailure();

            assertEquals(1, result.exit(), result::toString);
            assertEquals("binder4j " + command.getFirst() + ": no binder4j daemon: " + socket + " does not exist; start one"
                    + " with 'binder4j daemon', or point --socket or $BINDER4J_SOCKET at the socket of a running one\n",
                    result.err());
            assertEquals("", result.out());
        }
    }

    @Test
    void aSocketNamedOnTheCommandLineIsTheOneToStart() throws Exception {
        Path other = directory.resolve("other.sock");
        Cli.Result result = Cli.run(directory.resolve("binder.sock"), "state", "--socket", other.toString())
                .assertCleanFailure();

        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.err().contains("start one with 'binder4j daemon --socket " + other + "'"), result::toString);
    }

    @Test
    void aStaleSocketIsRecognised() throws Exception {
        Path stale = SocketFixtures.staleSocket(directory);
        try {
            Cli.Result result = Cli.run(stale, "service", "list").assertCleanFailure();

            assertEquals(1, result.exit(), result::toString);
            assertEquals("binder4j service: no binder4j daemon is listening on " + stale + " (connection refused: the socket"
                    + " was left by a daemon that stopped); start one with 'binder4j daemon', which replaces the stale"
                    + " socket\n", result.err());
        } finally {
            Files.deleteIfExists(stale);
        }
    }

    @Test
    void aFileThatIsNotASocketIsRecognised() throws Exception {
        Path file = Files.writeString(directory.resolve("not-a-socket"), "");
        try {
            Cli.Result result = Cli.run(file, "stats").assertCleanFailure();

            assertEquals(1, result.exit(), result::toString);
            assertTrue(result.err().startsWith("binder4j stats: " + file + " is not a socket (owner uid "), result::toString);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void permissionDeniedNamesWhatStandsInTheWay() throws Exception {
        Assumptions.assumeTrue(Cli.canRunAsOtherUid(), "needs root and setpriv to run as uid " + Cli.OTHER_UID);
        try (DaemonWorld world = new DaemonWorld()) {
            // The world's directory is private to root: the other uid cannot even reach the socket.
            Cli.Result hidden = Cli.runAsOtherUid(world.socket(), "state").assertCleanFailure();
            Cli.Result closed = SocketFixtures.ownerOnly(world.socket(),
                    () -> Cli.runAsOtherUid(world.socket(), "service", "list").assertCleanFailure());

            assertEquals(1, hidden.exit(), hidden::toString);
            assertTrue(hidden.err().startsWith("binder4j state: permission denied connecting to " + world.socket() + " as uid "
                    + Cli.OTHER_UID + ": the directory " + world.directory() + " (owner uid 0, group 0, mode 0700) does not"
                    + " let uid " + Cli.OTHER_UID + " in; "), hidden::toString);
            assertEquals(1, closed.exit(), closed::toString);
            assertTrue(closed.err().startsWith("binder4j service: permission denied connecting to " + world.socket()
                    + " as uid " + Cli.OTHER_UID + ": the socket " + world.socket() + " (owner uid 0, group 0, mode 0600) is"
                    + " not writable for uid " + Cli.OTHER_UID + "; "), closed::toString);
        }
    }

    @Test
    void withoutAServiceManagerTheServiceCommandsSaySo() throws Exception {
        try (DaemonWorld world = new DaemonWorld(false)) {
            Cli.Result list = Cli.run(world.socket(), "service", "list").assertCleanFailure();
            Cli.Result dumpsys = Cli.run(world.socket(), "dumpsys", "-l").assertCleanFailure();
            Cli.Result doctor = Cli.run(world.socket(), "doctor");

            assertEquals(1, list.exit(), list::toString);
            assertEquals("binder4j service: no service manager: calls to handle 0 of the daemon at " + world.socket()
                    + " fail with DEAD_OBJECT; start one with 'binder4j servicemanager', or run the daemon without"
                    + " --no-service-manager\n", list.err());
            assertEquals(1, dumpsys.exit(), dumpsys::toString);
            assertTrue(dumpsys.err().startsWith("binder4j dumpsys: no service manager: "), dumpsys::toString);
            assertEquals(0, doctor.exit(), "a warning, not a failure: " + doctor);
            assertTrue(doctor.out().contains("\nWARN  service manager  no context manager: calls to handle 0 fail with"
                    + " DEAD_OBJECT\n"), doctor::toString);
        }
    }

    @Test
    void anUnknownCommandExitsWithTwo() throws Exception {
        Cli.Result result = Cli.run(directory.resolve("binder.sock"), "frobnicate").assertCleanFailure();

        assertEquals(2, result.exit(), result::toString);
        assertEquals("binder4j: unknown command 'frobnicate'; run 'binder4j help' for the commands\n", result.err());
    }

    @Test
    void aBadBusyPollExitsWithTwoAndSaysTheRange() throws Exception {
        for (String value : List.of("-1", "soon", "10001")) {
            Cli.Result result = Cli.run(directory.resolve("binder.sock"), "daemon", "--busy-poll-us", value)
                    .assertCleanFailure();

            assertEquals(2, result.exit(), result::toString);
            assertEquals("binder4j daemon: --busy-poll-us takes 0..10000 microseconds, not '" + value + "'\n", result.err());
        }
    }

    @Test
    void everyCommandHasHelpWithExamples() throws Exception {
        Path socket = directory.resolve("binder.sock");
        Cli.Result usage = Cli.run(socket, "help");
        assertEquals(0, usage.exit(), usage::toString);
        for (String command : OPERATOR_COMMANDS) {
            Cli.Result help = Cli.run(socket, command, "--help");

            assertEquals(0, help.exit(), help::toString);
            assertTrue(help.out().startsWith("usage: binder4j " + command + " ") && help.out().contains("\nexamples:\n  binder4j "
                    + command), help::toString);
            assertTrue(usage.out().contains("\n  " + command + " "), () -> command + " is missing from the usage:\n" + usage);
        }
        assertEquals(Cli.run(socket, "top", "--help").out(), Cli.run(socket, "help", "top").out());
    }
}
