package org.binder4j.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongMapTest {

    @Test
    void putGetRemove() {
        LongMap<String> map = new LongMap<>();
        map.put(8, "a");
        map.put(-1, "b");
        map.put(8, "c");
        assertEquals("c", map.get(8));
        assertEquals("b", map.get(-1));
        assertEquals(2, map.size());
        assertEquals("c", map.remove(8));
        assertNull(map.get(8));
        assertNull(map.remove(8));
        assertEquals(1, map.size());
    }

    @Test
    void behavesLikeAHashMapUnderManyCollidingOperations() {
        LongMap<Long> map = new LongMap<>();
        Map<Long, Long> reference = new HashMap<>();
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            // Buffer-offset-like keys: few distinct, multiples of 8.
            long key = 8L * random.nextInt(2000);
            switch (random.nextInt(3)) {
                case 0 -> {
                    map.put(key, (long) i);
                    reference.put(key, (long) i);
                }
                case 1 -> assertEquals(reference.remove(key), map.remove(key));
                default -> assertEquals(reference.get(key), map.get(key));
            }
        }
        assertEquals(reference.size(), map.size());
        List<Long> values = new ArrayList<>();
        map.valuesInto(values);
        assertEquals(reference.size(), values.size());
        for (Map.Entry<Long, Long> entry : reference.entrySet()) {
            assertEquals(entry.getValue(), map.get(entry.getKey()));
        }
    }
}
