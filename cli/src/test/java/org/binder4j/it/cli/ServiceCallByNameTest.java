package org.binder4j.it.cli;

import static org.binder4j.it.cli.CalcServerMain.NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.binder4j.it.Await;
import org.binder4j.it.DaemonWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code binder4j service call NAME METHOD ARGS...} against a real daemon and a peer serving ICalc (test resources),
 * implemented by hand on the wire ({@link CalcServerMain}).
 */
@Timeout(300)
class ServiceCallByNameTest {
    private static DaemonWorld world;
    private static Path aidlRoot;
    private static Path aidlFile;

    @BeforeAll
    static void startWorld() throws Exception {
        aidlRoot = Path.of(ServiceCallByNameTest.class.getResource(CalcServerMain.AIDL_ROOT).toURI());
        aidlFile = Path.of(ServiceCallByNameTest.class.getResource(CalcServerMain.AIDL_FILE).toURI());
        world = new DaemonWorld();
        world.startPeer(CalcServerMain.class);
    }

    @AfterAll
    static void stopWorld() throws Exception {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void intAndEnumArgumentsByNameOrNumber() throws Exception {
        assertEquals("Result: 42\n", ok("apply", "MUL", "6", "7"));
        assertEquals("Result: 5\n", ok("apply", "1", "2", "3"));
        assertEquals("Result: -1\n", ok("apply", "ADD", "0xffffffff", "0"));
    }

    @Test
    void stringArgumentsTakeTheWordWholeAndNullWhenNullable() throws Exception {
        assertEquals("Result: \"hello big world\"\n", ok("greet", "big world"));
        assertEquals("Result: \"hello nobody\"\n", ok("greet", "null"));
        assertEquals("Result: \"hello null\"\n", ok("greet", "\"null\""));
    }

    @Test
    void arraysListsAndEnumArrays() throws Exception {
        assertEquals("Result: [3, 2, 1]\n", ok("reverse", "[1, 2, 3]"));
        assertEquals("Result: []\n", ok("reverse", "[]"));
        assertEquals("Result: [ADD, MUL]\n", ok("ops"));
        assertEquals("Result: [\"a\", \"b\", \"c\"]\n", ok("split", "a b c"));
    }

    @Test
    void parcelableArgumentAndReturnWithDefaultsForFieldsLeftOut() throws Exception {
        assertEquals("Result: {x=4, y=6, label=\"p\", weight=1}\n", ok("move", "{x=1, y=2, label=p}", "3", "4"));
        assertEquals("Result: {x=3, y=2, label=\"a, b\", weight=5}\n",
                ok("move", "{\"x\": 1, \"label\": \"a, b\", \"weight\": 5}", "2", "2"));
    }

    @Test
    void outAndInoutArgumentsArePrintedAfterTheResult() throws Exception {
        assertEquals("Result: void\nout range: {x=1, y=9, label=\"bounds\", weight=1}\n", ok("bounds", "[5,1,9]"));
        assertEquals("Result: void\ninout p: {x=20, y=30, label=null, weight=1}\n", ok("scale", "{x=2,y=3}", "10"));
        assertEquals("Result: void\nout values: [100, 101, 102]\n", ok("fill", "3", "100"));
    }

    @Test
    void jsonOutput() throws Exception {
        Cli.Result call = call("--json", NAME, "bounds", "[4]");

        assertEquals(0, call.exit(), call::toString);
        assertEquals("""
                {
                  "method": "bounds",
                  "result": null,
                  "out": {
                    "range": {
                      "x": 4,
                      "y": 4,
                      "label": "bounds",
                      "weight": 1
                    }
                  }
                }
                """, call.out());
    }

    @Test
    void anExceptionFromTheServiceIsPrintedAsLibbinderStatusAndExitsOne() throws Exception {
        Cli.Result call = call(NAME, "fail", "42", "bad input");
        Cli.Result json = call("--json", NAME, "fail", "7", "no");

        assertEquals(1, call.exit(), call::toString);
        assertEquals("Result: Status(-8, EX_SERVICE_SPECIFIC): '42: bad input'\n", call.out());
        assertEquals(1, json.exit(), json::toString);
        assertTrue(json.out().contains("\"name\": \"EX_SERVICE_SPECIFIC\"") && json.out().contains("\"message\": \"no\""),
                json::toString);
    }

    @Test
    void onewayMethodIsSentWithoutWaitingAndArrives() throws Exception {
        assertEquals("Result: none (oneway call sent)\n", ok("note", "remember me"));

        Await.until("the oneway note to arrive", () -> {
            try {
                return ok("lastNote").equals("Result: \"remember me\"\n");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theAidlIsFoundByDescriptorUnderTheIncludeDirsOrTheEnvironmentPath() throws Exception {
        Cli.Result include = call("-I", aidlRoot.toString(), NAME, "apply", "ADD", "2", "3");
        Cli.Result env = Cli.runWithEnv("BINDER4J_AIDL_PATH", "/nonexistent:" + aidlRoot, world.socket(), "service",
                "call", NAME, "apply", "MUL", "2", "3");

        assertEquals("Result: 5\n", include.out(), include::toString);
        assertEquals("Result: 6\n", env.out(), env::toString);
    }

    @Test
    void anUnknownMethodListsTheInterfaceMethods() throws Exception {
        Cli.Result call = call(NAME, "divide", "1", "2").assertCleanFailure();

        assertEquals(2, call.exit(), call::toString);
        assertTrue(call.err().startsWith("binder4j service: org.binder4j.test.ICalc has no method 'divide'; its methods"
                + " are:\n  int apply(ICalc.Op op, int a, int b)\n  String greet(String name)\n"), call::toString);
        assertTrue(call.err().contains("\n  void bounds(in int[] values, out ICalc.Point range)\n")
                && call.err().contains("\n  oneway void note(String text)\n"), call::toString);
    }

    @Test
    void badArgumentsAreNamedWithTheirType() throws Exception {
        assertUsage("argument a (int) needs an integer from -2147483648 to 4294967295 (decimal or 0x hex),"
                + " not 'seven'", "apply", "MUL", "seven", "7");
        assertUsage("argument op is a org.binder4j.test.ICalc.Op: one of ADD, MUL or a int value, not 'DIV'",
                "apply", "DIV", "1", "2");
        assertUsage("apply takes 3 arguments (ICalc.Op op, int a, int b), got 1; its signature:"
                + " int apply(ICalc.Op op, int a, int b)", "apply", "ADD");
        assertUsage("argument values is a int[] without @nullable, so it cannot be null", "reverse", "null");
        assertUsage("argument values[1] (int) needs an integer from -2147483648 to 4294967295 (decimal or 0x hex),"
                + " not 'x'", "reverse", "[1,x]");
        assertUsage("argument p: org.binder4j.test.ICalc.Point has no field z (its fields are x, y, label, weight)",
                "move", "{x=1,z=2}", "0", "0");
        assertUsage("argument p is a org.binder4j.test.ICalc.Point: write it as {field=value,...} (fields x, y, label,"
                + " weight), not '5'", "move", "5", "0", "0");
        assertUsage("argument values: expected ']' at offset 4 of '[1,2', found the end", "reverse", "[1,2");
    }

    @Test
    void aTypeTheCommandCannotMoveIsRefusedByName() throws Exception {
        Cli.Result call = call(NAME, "self").assertCleanFailure();

        assertEquals(1, call.exit(), call::toString);
        assertEquals("binder4j service: the return value of self has type IBinder, which service call cannot move by"
                + " method name (it moves primitives, String, enums, structured parcelables, and T[] and List<T> of"
                + " those); call it by code instead\n", call.err());
    }

    @Test
    void withoutAidlOrForAnotherInterfaceTheCommandSaysWhatIsMissing() throws Exception {
        Cli.Result none = Cli.run(world.socket(), "service", "call", NAME, "apply", "ADD", "1", "2").assertCleanFailure();
        Cli.Result other = call("manager", "apply", "ADD", "1", "2").assertCleanFailure();
        Cli.Result notFound = Cli.run(world.socket(), "service", "call", "-I", "/nonexistent", NAME, "ops")
                .assertCleanFailure();

        assertEquals(2, none.exit(), none::toString);
        assertTrue(none.err().startsWith("binder4j service: calling cli.calc by method name (apply) needs its AIDL:"),
                none::toString);
        assertEquals(1, other.exit(), other::toString);
        assertEquals("binder4j service: service manager implements android.os.IServiceManager, but " + aidlFile
                + " declares org.binder4j.test.ICalc\n", other.err());
        assertEquals(1, notFound.exit(), notFound::toString);
        assertTrue(notFound.err().startsWith("binder4j service: no AIDL for service cli.calc"
                + " (org.binder4j.test.ICalc): org/binder4j/test/ICalc.aidl is in none of /nonexistent;"), notFound::toString);
    }

    @Test
    void anInvalidAidlFileGetsTheCompilersErrors() throws Exception {
        Path broken = Files.writeString(world.directory().resolve("IBroken.aidl"),
                "package org.binder4j.test;\ninterface ICalc { int apply(Nope n); }\n");
        try {
            Cli.Result call = Cli.run(world.socket(), "service", "call", "--aidl", broken.toString(), NAME, "apply", "1")
                    .assertCleanFailure();

            assertEquals(1, call.exit(), call::toString);
            assertTrue(call.err().startsWith("ERROR: " + broken + ":2."), call::toString);
            assertTrue(call.err().endsWith("binder4j service: " + broken
                    + " is not valid AIDL (the compiler's errors are above)\n"), call::toString);
        } finally {
            Files.deleteIfExists(broken);
        }
    }

    /** {@code service call --aidl ICalc.aidl ARGS...}. */
    private static Cli.Result call(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("service", "call", "--aidl", aidlFile.toString()));
        command.addAll(List.of(args));
        return Cli.run(world.socket(), command.toArray(String[]::new));
    }

    /** Calls {@link CalcServerMain#NAME}'s {@code method}; asserts it succeeded and returns its output. */
    private static String ok(String method, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(NAME, method));
        command.addAll(List.of(args));
        Cli.Result call = call(command.toArray(String[]::new));
        assertEquals(0, call.exit(), call::toString);
        assertEquals("", call.err(), call::toString);
        return call.out();
    }

    private static void assertUsage(String message, String method, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(NAME, method));
        command.addAll(List.of(args));
        Cli.Result call = call(command.toArray(String[]::new)).assertCleanFailure();
        assertEquals(2, call.exit(), call::toString);
        assertEquals("", call.out(), call::toString);
        assertEquals("binder4j service: " + message + "\nrun 'binder4j service --help' for its usage and examples\n",
                call.err());
    }
}
