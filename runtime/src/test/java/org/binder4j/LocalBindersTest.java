package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cookies of local objects: unique, never 0, and a cookie finds its own object only. */
class LocalBindersTest {

    @Test
    void everyObjectIsFoundByItsCookieAlsoAfterTheTableGrew() {
        List<Binder> binders = new ArrayList<>();
        Set<Long> cookies = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            Binder binder = new Binder();
            binders.add(binder);
            cookies.add(binder.cookie());
        }

        for (Binder binder : binders) {
            assertNotEquals(0, binder.cookie(), "0 names the context manager");
            assertSame(binder, LocalBinders.find(binder.cookie()));
        }
        assertEquals(binders.size(), cookies.size(), "unique cookies");
    }

    @Test
    void aCookieOfAnotherUseOfTheSlotOrOfNoSlotFindsNothing() {
        Binder binder = new Binder();
        long cookie = binder.cookie();

        assertNull(LocalBinders.find(cookie + (1L << 32)), "same slot, another use");
        assertNull(LocalBinders.find(cookie - (1L << 32)), "same slot, an earlier use");
        assertNull(LocalBinders.find(0xffff_fff0L), "a slot the table does not have");
        assertSame(binder, LocalBinders.find(cookie));
    }
}
