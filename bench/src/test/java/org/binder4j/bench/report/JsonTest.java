package org.binder4j.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesIndentedJson() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", "a \"quoted\"\nline\\");
        map.put("int", 3);
        map.put("double", 2.50);
        map.put("small", 0.0004);
        map.put("nan", Double.NaN);
        map.put("none", null);
        map.put("list", List.of(true, "x"));
        map.put("empty", new ArrayList<>());
        assertEquals("""
                {
                  "text": "a \\"quoted\\"\\nline\\\\",
                  "int": 3,
                  "double": 2.5,
                  "small": 0.0,
                  "nan": null,
                  "none": null,
                  "list": [
                    true,
                    "x"
                  ],
                  "empty": []
                }
                """, Json.write(map));
        assertEquals("\"\\u0001\"\n", Json.write("\u0001"));
    }

    @Test
    void refusesWhatJsonCannotSay() {
        assertEquals("cannot write a java.lang.Object as JSON",
                assertThrows(IllegalArgumentException.class, () -> Json.write(new Object())).getMessage());
    }
}
