package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** Views of the receive area: each starts at its offset, and one is reused only for the same offset. */
class ReceiveAreaViewsTest {
    private static final long AREA_BYTES = 64 * 1024;

    @Test
    void aViewStartsAtItsOffsetAndRunsToTheAreasEnd() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment area = arena.allocate(AREA_BYTES, 8);
            area.set(ValueLayout.JAVA_LONG, 4096, 0x1234_5678_9abcL);
            ReceiveAreaViews views = new ReceiveAreaViews(area.asReadOnly());

            MemorySegment view = views.from(4096);

            assertEquals(0x1234_5678_9abcL, view.get(ValueLayout.JAVA_LONG, 0));
            assertEquals(AREA_BYTES - 4096, view.byteSize());
            assertTrue(view.isReadOnly());
        }
    }

    @Test
    void theSameOffsetGetsTheSameViewAndAnotherOffsetInItsSlotAFreshOne() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment area = arena.allocate(AREA_BYTES, 8);
            ReceiveAreaViews views = new ReceiveAreaViews(area);
            MemorySegment first = views.from(512);

            assertSame(first, views.from(512), "kept for the next buffer at that offset");
            // 64 slots of 8-byte offsets: 512 + 64 * 8 shares the slot of 512.
            MemorySegment other = views.from(512 + 64 * 8);
            assertNotSame(first, other);
            assertEquals(area.address() + 1024, other.address());
            assertEquals(area.address() + 512, views.from(512).address(), "the slot's offset changed back");
        }
    }
}
