package org.binder4j.it.cli;

import static org.binder4j.it.cli.CliServerMain.ECHO;
import static org.binder4j.it.cli.CliServerMain.HANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.binder4j.it.DaemonWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code binder4j dumpsys} against a real daemon and peer (scenario 76), with a service whose dump hangs. */
@Timeout(300)
class DumpsysCommandTest {
    private static final String SEPARATOR = "-".repeat(79);
    private static final String FOOTER = "--------- \\d+\\.\\d{3}s was the duration of dumpsys %s, ending at: "
            + "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\n";
    private static DaemonWorld world;

    @BeforeAll
    static void startWorld() throws Exception {
        world = new DaemonWorld();
        world.startPeer(CliServerMain.class);
    }

    @AfterAll
    static void stopWorld() throws Exception {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void scenario76_oneServiceIsDumpedThroughADescriptorWithItsArguments() throws Exception {
        Cli.Result dump = Cli.run(world.socket(), "dumpsys", ECHO, "a", "b");

        assertEquals(0, dump.exit(), dump::toString);
        assertEquals("dump of cli.echo: args [a, b]\n", dump.out());
        assertEquals("", dump.err());
    }

    @Test
    void argumentsAfterTheNameGoToTheServiceEvenWhenTheyLookLikeOptions() throws Exception {
        Cli.Result dump = Cli.run(world.socket(), "dumpsys", ECHO, "--help", "-l");

        assertEquals("dump of cli.echo: args [--help, -l]\n", dump.out(), dump::toString);
    }

    @Test
    void scenario76_dashLListsTheServices() throws Exception {
        Cli.Result list = Cli.run(world.socket(), "dumpsys", "-l");

        assertEquals(0, list.exit(), list::toString);
        assertEquals("Currently running services:\n  cli.echo\n  cli.hang\n  manager\n", list.out());
    }

    @Test
    void scenario76_everyServiceIsDumpedBetweenHeaderAndFooterAndAHangingOneTimesOut() throws Exception {
        // Generous for the services that answer; the hanging one costs all of it.
        Cli.Result all = Cli.run(world.socket(), "dumpsys", "-T", "5000");

        assertEquals(0, all.exit(), all::toString);
        String expected = Pattern.quote("Currently running services:\n  cli.echo\n  cli.hang\n  manager\n"
                        + SEPARATOR + "\nDUMP OF SERVICE cli.echo:\ndump of cli.echo: args [-a]\n")
                + FOOTER.formatted("cli\\.echo")
                + Pattern.quote(SEPARATOR + "\nDUMP OF SERVICE cli.hang:\n\n"
                        + "*** SERVICE 'cli.hang' DUMP TIMEOUT (5000ms) EXPIRED ***\n\n")
                + FOOTER.formatted("cli\\.hang")
                + Pattern.quote(SEPARATOR + "\nDUMP OF SERVICE manager:\n")
                + FOOTER.formatted("manager");
        assertTrue(all.out().matches(expected), all::toString);
        // The service manager's object takes no file descriptors, as on Android: its dump fails, the run goes on.
        assertTrue(all.err().startsWith("Error dumping service info status_t: FAILED_TRANSACTION manager ("), all::toString);
    }

    @Test
    void skippedServicesAreListedButNotDumped() throws Exception {
        Cli.Result all = Cli.run(world.socket(), "dumpsys", "--skip", HANG + ",manager");

        assertEquals(0, all.exit(), all::toString);
        assertTrue(all.out().matches(Pattern.quote("Currently running services:\n  cli.echo\n  cli.hang (skipped)\n"
                + "  manager (skipped)\n" + SEPARATOR + "\nDUMP OF SERVICE cli.echo:\ndump of cli.echo: args [-a]\n")
                + FOOTER.formatted("cli\\.echo")), all::toString);
    }

    @Test
    void aNamedServiceThatHangsTimesOutWithStatusOne() throws Exception {
        Cli.Result dump = Cli.run(world.socket(), "dumpsys", "-t", "0.5", HANG);

        assertEquals(1, dump.exit(), dump::toString);
        assertEquals("\n*** SERVICE 'cli.hang' DUMP TIMEOUT (500ms) EXPIRED ***\n\n", dump.out());
    }

    @Test
    void dumpAsJson() throws Exception {
        Cli.Result dump = Cli.run(world.socket(), "dumpsys", "--json", ECHO, "x");

        assertEquals(0, dump.exit(), dump::toString);
        assertTrue(dump.out().matches("""
                \\{
                  "name": "cli.echo",
                  "args": \\[
                    "x"
                  \\],
                  "output": "dump of cli.echo: args \\[x\\]\\\\n",
                  "durationSeconds": [0-9.E-]+,
                  "timedOut": false,
                  "error": null,
                  "errorDetail": null
                }
                """), dump::toString);
    }

    @Test
    void anUnknownServiceIsNamed() throws Exception {
        Cli.Result dump = Cli.run(world.socket(), "dumpsys", "nope").assertCleanFailure();

        assertEquals(1, dump.exit(), dump::toString);
        assertEquals("binder4j dumpsys: Can't find service: nope\n", dump.err());
    }

    @Test
    void badOptionsExitWithTwo() throws Exception {
        Cli.Result timeout = Cli.run(world.socket(), "dumpsys", "-t", "soon").assertCleanFailure();
        Cli.Result listAndName = Cli.run(world.socket(), "dumpsys", "-l", ECHO).assertCleanFailure();
        Cli.Result priority = Cli.run(world.socket(), "dumpsys", "--priority", "URGENT").assertCleanFailure();

        assertEquals(2, timeout.exit(), timeout::toString);
        assertTrue(timeout.err().startsWith("binder4j dumpsys: option -t needs a number greater than 0, not 'soon'\n"));
        assertEquals(2, listAndName.exit(), listAndName::toString);
        assertTrue(listAndName.err().startsWith("binder4j dumpsys: -l lists every service; it takes no service name"));
        assertEquals(2, priority.exit(), priority::toString);
        assertTrue(priority.err().startsWith("binder4j dumpsys: unknown priority 'URGENT'"));
    }
}
