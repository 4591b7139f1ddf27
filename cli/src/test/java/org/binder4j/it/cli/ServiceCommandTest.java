package org.binder4j.it.cli;

import static org.binder4j.it.cli.CliServerMain.ECHO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.binder4j.it.DaemonWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code binder4j service list|check|call} against a real daemon and peer (scenarios 73–75). */
@Timeout(300)
class ServiceCommandTest {
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
    void scenario73_listPrintsHowManyAndEachServiceWithItsDescriptor() throws Exception {
        Cli.Result list = Cli.run(world.socket(), "service", "list");

        assertEquals(0, list.exit(), list::toString);
        assertEquals("""
                Found 3 services:
                0\tcli.echo: [cli.T]
                1\tcli.hang: [cli.Hang]
                2\tmanager: [android.os.IServiceManager]
                """, list.out());
        assertEquals("", list.err());
    }

    @Test
    void listAsJson() throws Exception {
        Cli.Result list = Cli.run(world.socket(), "service", "list", "--json");

        assertEquals(0, list.exit(), list::toString);
        assertEquals("""
                {
                  "services": [
                    {
                      "name": "cli.echo",
                      "descriptor": "cli.T"
                    },
                    {
                      "name": "cli.hang",
                      "descriptor": "cli.Hang"
                    },
                    {
                      "name": "manager",
                      "descriptor": "android.os.IServiceManager"
                    }
                  ]
                }
                """, list.out());
    }

    @Test
    void scenario74_checkSaysFoundOrNotFound() throws Exception {
        Cli.Result found = Cli.run(world.socket(), "service", "check", ECHO);
        Cli.Result missing = Cli.run(world.socket(), "service", "check", "nope", "--json");

        assertEquals(0, found.exit(), found::toString);
        assertEquals("Service cli.echo: found\n", found.out());
        assertEquals(0, missing.exit(), missing::toString);
        assertEquals("{\n  \"name\": \"nope\",\n  \"found\": false\n}\n", missing.out());
    }

    @Test
    void scenario75_callDeliversTheTokenAnInt32AndAString16AndPrintsTheReply() throws Exception {
        // The service replies what it received: the token for "cli.T", int32 7, String16 "hi".
        Cli.Result call = Cli.run(world.socket(), "service", "call", ECHO, "1", "i32", "7", "s16", "hi");

        assertEquals(0, call.exit(), call::toString);
        assertEquals("""
                Result: Parcel(
                  0x00000000: 80000000 ffffffff 53595354 00000005 '........TSYS....'
                  0x00000010: 006c0063 002e0069 00000054 00000007 'c.l.i...T.......'
                  0x00000020: 00000002 00690068 00000000          '....h.i.....    ')
                """, call.out());
    }

    @Test
    void callWritesEachArgumentTypeAsAndroidDoes() throws Exception {
        Cli.Result call = Cli.run(world.socket(), "service", "call", ECHO, "2", "i64", "-2", "f", "1.5", "d", "2.5",
                "null", "i32", "0x10");

        assertEquals(0, call.exit(), call::toString);
        // i64 -2; float 1.5; double 2.5; a null binder (a BINDER object of zeros, stability 0); int32 16.
        assertEquals("""
                Result: Parcel(
                  0x00000000: fffffffe ffffffff 3fc00000 00000000 '...........?....'
                  0x00000010: 40040000 73622a85 00000000 00000000 '...@.*bs........'
                  0x00000020: 00000000 00000000 00000000 00000000 '................'
                  0x00000030: 00000010                            '....            ')
                """, call.out());
    }

    @Test
    void shortRepliesFitOnOneLine() throws Exception {
        Cli.Result call = Cli.run(world.socket(), "service", "call", ECHO, "2", "i32", "1", "i32", "-1");

        assertEquals("Result: Parcel(00000001 ffffffff   '........')\n", call.out(), call::toString);
    }

    @Test
    void fileDescriptorArgumentsReachTheService() throws Exception {
        Path file = Files.writeString(world.directory().resolve("hello.txt"), "hello binder");
        try {
            Cli.Result fd = Cli.run(world.socket(), "service", "call", ECHO, "3", "fd", file.toString());
            Cli.Result afd = Cli.run(world.socket(), "service", "call", ECHO, "3", "afd", file.toString());

            // int32 12 (bytes read from the descriptor), then String16 "hello binder".
            String start = "Result: Parcel(\n  0x00000000: 0000000c 0000000c 00650068 006c006c '........h.e.l.l.'\n";
            assertTrue(fd.exit() == 0 && fd.out().startsWith(start), fd::toString);
            assertTrue(afd.exit() == 0 && afd.out().startsWith(start), afd::toString);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aFailedCallPrintsItsStatus() throws Exception {
        Cli.Result unknownCode = Cli.run(world.socket(), "service", "call", ECHO, "99");

        assertEquals(1, unknownCode.exit(), unknownCode::toString);
        assertEquals("Result: Parcel(Error: 0xffffffffffffffb6 \"UNKNOWN_TRANSACTION\")\n", unknownCode.out());
    }

    @Test
    void callingAnUnknownServiceSaysItDoesNotExist() throws Exception {
        Cli.Result call = Cli.run(world.socket(), "service", "call", "nope", "1").assertCleanFailure();

        assertEquals(1, call.exit(), call::toString);
        assertEquals("", call.out());
        assertEquals("binder4j service: Service nope does not exist\n", call.err());
    }

    @Test
    void badArgumentsAreNamedAndExitWithTwo() throws Exception {
        assertUsage("i32 needs an integer from -2147483648 to 4294967295 (decimal or 0x hex), not 'seven'",
                "call", ECHO, "1", "i32", "seven");
        assertUsage("unknown argument type 'x16' (the types are i32, i64, f, d, s16, null, fd, nfd, afd)",
                "call", ECHO, "1", "x16", "a");
        assertUsage("argument s16 needs a value", "call", ECHO, "1", "s16");
        assertUsage("missing NAME and CODE (or METHOD)", "call", ECHO);
        assertUsage("--json, --aidl and -I are for calls by method name, not by code", "call", "--json", ECHO, "1");
        assertUsage("missing a subcommand: list, check or call");
        assertUsage("unknown subcommand 'lsit'; the subcommands are list, check and call", "lsit");
        assertUsage("unknown option '--jsno'", "list", "--jsno");
    }

    @Test
    void aDescriptorThatIsNotOpenIsRefusedBeforeTheCall() throws Exception {
        Cli.Result call = Cli.run(world.socket(), "service", "call", ECHO, "3", "nfd", "999").assertCleanFailure();

        assertEquals(1, call.exit(), call::toString);
        assertEquals("binder4j service: nfd 999: descriptor 999 is not open in this process\n", call.err());
    }

    private static void assertUsage(String message, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "service";
        System.arraycopy(args, 0, command, 1, args.length);
        Cli.Result result = Cli.run(world.socket(), command).assertCleanFailure();
        assertEquals(2, result.exit(), result::toString);
        assertEquals("binder4j service: " + message + "\nrun 'binder4j service --help' for its usage and examples\n",
                result.err());
    }
}
