package org.binder4j.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChildArgsTest {

    @Test
    void keysAndValues() {
        ChildArgs args = ChildArgs.parse(new String[] {"--system", "rmi", "--variant", "", "--spin-us", "50"});
        assertEquals("rmi", args.get("system"));
        assertEquals("", args.get("variant"));
        assertEquals(50, args.getLong("spin-us"));
        assertTrue(args.has("variant"));
        assertFalse(args.has("region"));
    }

    @Test
    void mistakesAreNamed() {
        assertEquals("expected --key value pairs, got 'rmi' at 0",
                assertThrows(IllegalArgumentException.class, () -> ChildArgs.parse(new String[] {"rmi"})).getMessage());
        assertEquals("expected --key value pairs, got '--system' at 0",
                assertThrows(IllegalArgumentException.class, () -> ChildArgs.parse(new String[] {"--system"})).getMessage());
        ChildArgs args = ChildArgs.parse(new String[] {"--spin-us", "many"});
        assertEquals("missing --endpoint", assertThrows(IllegalArgumentException.class, () -> args.get("endpoint")).getMessage());
        assertEquals("--spin-us many is not a number",
                assertThrows(IllegalArgumentException.class, () -> args.getLong("spin-us")).getMessage());
    }
}
