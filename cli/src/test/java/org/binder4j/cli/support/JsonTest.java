package org.binder4j.cli.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {
    record Point(int x, Double y, List<String> tags) {}

    @Test
    void recordsMapsAndListsNest() {
        Object value = Json.object("point", new Point(1, 2.5, List.of("a")), "empty", List.of(), "none", null);

        assertEquals("{\"point\":{\"x\":1,\"y\":2.5,\"tags\":[\"a\"]},\"empty\":[],\"none\":null}", Json.compact(value));
        assertEquals("""
                {
                  "point": {
                    "x": 1,
                    "y": 2.5,
                    "tags": [
                      "a"
                    ]
                  },
                  "empty": [],
                  "none": null
                }
                """, Json.pretty(value));
    }

    @Test
    void stringsAreEscapedAndNonFiniteNumbersAreNull() {
        assertEquals("[\"q\\\"b\\\\n\\nt\\t\\u0001\",null,true]", Json.compact(List.of("q\"b\\n\nt\t\u0001",
                Double.NaN, true)));
    }

    @Test
    void anythingElseIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Json.compact(new Object()));
        assertThrows(IllegalArgumentException.class, () -> Json.object("odd"));
    }
}
