package org.binder4j.cli.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    private static final CommandLine.Spec SPEC = CommandLine.spec().flag("--json", "-l").option("-d", "--socket");

    @Test
    void optionsMayStandAnywhereAndTakeTheirValueInEitherForm() {
        CommandLine line = CommandLine.parse(new String[] {"a", "--json", "-d", "2", "b", "--socket=/x"}, SPEC);

        assertTrue(line.flag("--json"));
        assertFalse(line.flag("-l"));
        assertEquals("2", line.value("-d", null));
        assertEquals("/x", line.value("--socket", null));
        assertEquals(List.of("a", "b"), line.operands());
    }

    @Test
    void aRepeatedOptionKeepsEveryValueInOrderAndValueIsTheLast() {
        CommandLine line = CommandLine.parse(new String[] {"-d", "1", "x", "-d", "2"}, SPEC);

        assertEquals(List.of("1", "2"), line.values("-d"));
        assertEquals("2", line.value("-d", null));
        assertEquals(List.of(), line.values("--socket"));
    }

    @Test
    void negativeNumbersAndWhatFollowsDoubleDashAreOperands() {
        CommandLine line = CommandLine.parse(new String[] {"-5", "--", "--json"}, SPEC);

        assertFalse(line.flag("--json"));
        assertEquals(List.of("-5", "--json"), line.operands());
    }

    @Test
    void withOptionsBeforeOperandsTheFirstOperandEndsThem() {
        CommandLine line = CommandLine.parse(new String[] {"-l", "name", "--json", "-h"},
                CommandLine.spec().flag("--json", "-l").optionsBeforeOperands());

        assertTrue(line.flag("-l"));
        assertEquals(List.of("name", "--json", "-h"), line.operands());
    }

    @Test
    void helpIsAskedForWhereverAnOptionMayStand() {
        assertThrows(HelpRequested.class, () -> CommandLine.parse(new String[] {"a", "-h"}, SPEC));
        assertThrows(HelpRequested.class, () -> CommandLine.parse(new String[] {"--help"}, SPEC));
    }

    @Test
    void mistakesAreNamed() {
        assertEquals("unknown option '--jsno'", usage(new String[] {"--jsno"}));
        assertEquals("option -d needs a value", usage(new String[] {"-d"}));
        assertEquals("option --json takes no value, got '--json=yes'", usage(new String[] {"--json=yes"}));
        CommandLine line = CommandLine.parse(new String[] {"-d", "x", "a", "b"}, SPEC);
        assertEquals("option -d needs a whole number of at least 1, not 'x'",
                assertThrows(UsageException.class, () -> line.intValue("-d", 1, 1)).getMessage());
        assertEquals("option -d needs a number greater than 0, not 'x'",
                assertThrows(UsageException.class, () -> line.positiveValue("-d", 1)).getMessage());
        assertEquals("unexpected argument 'b' after NAME",
                assertThrows(UsageException.class, () -> line.operands(1, 1, "NAME")).getMessage());
        assertEquals("missing NAME and CODE",
                assertThrows(UsageException.class, () -> line.operands(3, 3, "NAME and CODE")).getMessage());
    }

    private static String usage(String[] args) {
        return assertThrows(UsageException.class, () -> CommandLine.parse(args, SPEC)).getMessage();
    }
}
