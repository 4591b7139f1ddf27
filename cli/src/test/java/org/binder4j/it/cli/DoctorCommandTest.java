package org.binder4j.it.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.binder4j.it.DaemonWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code binder4j doctor}: a healthy daemon, none, a stale socket, a socket the user may not open. */
@Timeout(300)
class DoctorCommandTest {
    private static DaemonWorld world;

    @BeforeAll
    static void startWorld() throws Exception {
        world = new DaemonWorld();
    }

    @AfterAll
    static void stopWorld() throws Exception {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void aHealthyDaemonPassesEveryDaemonCheck() throws Exception {
        Cli.Result doctor = Cli.run(world.socket(), "doctor");

        assertEquals(0, doctor.exit(), doctor::toString);
        long daemon = world.daemon().pid();
        assertHasLine(doctor, "OK    socket path      " + world.socket() + " (from $BINDER4J_SOCKET)");
        assertHasLine(doctor, "OK    socket file      a socket, owner uid 0, group 0, mode 0666; any local user may connect"
                + " (each is known by its uid)");
        assertHasLine(doctor, "OK    daemon           listening: pid " + daemon + ", uid 0");
        assertLine(doctor, "OK    hello            welcomed as pid \\d+");
        assertHasLine(doctor, "OK    protocol         wire protocol 2, binder protocol 8 on both sides");
        assertHasLine(doctor, "OK    receive area     1040384 bytes, mapped read-only (1 MiB - 2 pages, as libbinder)");
        assertHasLine(doctor, "OK    service manager  answers on handle 0 (pid " + daemon + ")");
        assertLine(doctor, "(OK  |WARN)  daemon limits    pid " + daemon + ": open files \\d+ .*");
        assertHasLine(doctor, "OK    memfd            memfd_create, sealing and a shared mapping work");
        assertLine(doctor, "OK    jdk              JDK 2[5-9].*");
        assertFalse(doctor.out().contains("FAIL"), doctor::toString);
        assertTrue(doctor.out().matches("(?s).*\n\\d+ OK(, \\d+ WARN)?\n"), doctor::toString);
    }

    @Test
    void jsonListsTheChecks() throws Exception {
        Cli.Result doctor = Cli.run(world.socket(), "doctor", "--json");

        assertEquals(0, doctor.exit(), doctor::toString);
        assertTrue(doctor.out().startsWith("{\n  \"socket\": \"" + world.socket() + "\",\n  \"checks\": [\n"), doctor::toString);
        assertTrue(doctor.out().contains("    {\n      \"name\": \"service manager\",\n      \"status\": \"OK\",\n"
                + "      \"detail\": \"answers on handle 0 (pid " + world.daemon().pid() + ")\",\n      \"fix\": null\n    }"),
                doctor::toString);
        assertTrue(doctor.out().endsWith("  ],\n  \"ok\": true\n}\n"), doctor::toString);
    }

    @Test
    void withoutADaemonTheSocketCheckFailsAndSaysHowToStartOne() throws Exception {
        Path absent = world.directory().resolve("absent.sock");
        Cli.Result doctor = Cli.run(world.socket(), "doctor", "--socket", absent.toString());

        assertEquals(1, doctor.exit(), doctor::toString);
        assertHasLine(doctor, "FAIL  socket file      nothing at " + absent + ": no daemon runs there");
        assertHasLine(doctor, " ".repeat(22) + " fix: start a daemon: binder4j daemon --socket " + absent);
        assertHasLine(doctor, "SKIP  daemon           needs what failed above");
        assertHasLine(doctor, "SKIP  service manager  needs what failed above");
    }

    @Test
    void aStaleSocketFailsTheDaemonCheck() throws Exception {
        Path stale = SocketFixtures.staleSocket(world.directory());
        try {
            Cli.Result doctor = Cli.run(world.socket(), "doctor", "--socket", stale.toString());

            assertEquals(1, doctor.exit(), doctor::toString);
            assertLine(doctor, "OK    socket file      a socket, .*");
            assertHasLine(doctor, "FAIL  daemon           cannot connect to " + stale + ": connect(" + stale
                    + ") failed: ECONNREFUSED (Connection refused)");
            assertLine(doctor, " {22} fix: no binder4j daemon is listening on " + stale + " .*stale socket");
        } finally {
            Files.deleteIfExists(stale);
        }
    }

    @Test
    void aSocketTheUserMayNotOpenFailsWithTheReason() throws Exception {
        Assumptions.assumeTrue(Cli.canRunAsOtherUid(), "needs root and setpriv to run as uid " + Cli.OTHER_UID);
        Cli.Result doctor = SocketFixtures.ownerOnly(world.socket(), () -> Cli.runAsOtherUid(world.socket(), "doctor"));

        assertEquals(1, doctor.exit(), doctor::toString);
        assertHasLine(doctor, "FAIL  socket file      the socket " + world.socket() + " (owner uid 0, group 0, mode 0600)"
                + " is not writable for uid " + Cli.OTHER_UID);
        assertLine(doctor, " {22} fix: run as uid 0 \\(or root\\), or have the owner allow you in: chmod o\\+w .*");
    }

    private static void assertHasLine(Cli.Result result, String line) {
        assertTrue(result.out().lines().anyMatch(line::equals), () -> "no line '" + line + "' in\n" + result);
    }

    /** One line of the output matches {@code regex} (the world's directory in it is taken literally). */
    private static void assertLine(Cli.Result result, String regex) {
        String quoted = regex.replace(world.directory().toString(), Pattern.quote(world.directory().toString()));
        assertTrue(result.out().lines().anyMatch(line -> line.matches(quoted)), () -> "no line matches " + quoted + " in\n"
                + result);
    }
}
