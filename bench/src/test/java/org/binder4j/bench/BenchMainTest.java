package org.binder4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void badArgumentsExitWithUsageCodeAndSayWhy() throws Exception {
        assertEquals(2, run("--only", "dbus"));
        assertTrue(text(err).startsWith("binder4j bench: unknown system 'dbus'"), text(err));
        assertTrue(text(err).contains("binder4j bench --help lists the options"), text(err));
        assertEquals("", text(out));
    }

    @Test
    void helpPrintsTheUsage() throws Exception {
        assertEquals(0, run("--help"));
        assertEquals(BenchOptions.usage(), text(out));
    }

    @Test
    void aSelectionWithNothingToRunIsRefused() throws Exception {
        assertEquals(2, run("--only", "futex-direct", "--cases", "echo-4k"));
        assertEquals("binder4j bench: nothing to run: none of [futex-direct] runs any of [echo-4k]\n", text(err));
    }

    @Test
    void theCommandLineIsRecordedAsTyped() {
        assertEquals("binder4j bench --quick --out '/tmp/my results' --only rmi,binder4j",
                BenchMain.commandLine(new String[] {"--quick", "--out", "/tmp/my results", "--only", "rmi,binder4j"}));
        assertEquals("binder4j bench", BenchMain.commandLine(new String[0]));
    }

    private int run(String... args) throws Exception {
        return BenchMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
