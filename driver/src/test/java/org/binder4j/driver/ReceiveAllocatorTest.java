package org.binder4j.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReceiveAllocatorTest {
    private final ReceiveAllocator allocator = new ReceiveAllocator(1024);

    @Test
    void firstAllocationSplitsTheWholeArea() {
        assertEquals(0, allocator.allocate(8, false));
        assertEquals(8, allocator.allocate(16, false));
        assertEquals(1, allocator.freeBlockCount());
        assertEquals(1024 - 24, allocator.largestFreeBytes());
        assertEquals(24, allocator.bytesInUse());
        assertEquals(2, allocator.allocatedCount());
    }

    @Test
    void bestFitTakesTheSmallestLargeEnoughBlockLowestOffsetFirst() {
        long a = allocator.allocate(128, false);
        allocator.allocate(256, false);
        long c = allocator.allocate(64, false);
        allocator.allocate(512, false);
        // Free now: [0,128) from a, [384,448) from c, [960,1024) at the end.
        allocator.free(a, 128, false);
        allocator.free(c, 64, false);

        assertEquals(384, allocator.allocate(64, false), "64-byte blocks at 384 and 960 beat the 128 at 0");
        assertEquals(960, allocator.allocate(56, false), "the remaining 64 is smaller than 128");
        assertEquals(0, allocator.allocate(104, false));
        assertEquals(ReceiveAllocator.NO_SPACE, allocator.allocate(32, false), "only 24 bytes are left at 104");
        assertEquals(24, allocator.largestFreeBytes());
    }

    @Test
    void freeingCoalescesWithBothNeighbours() {
        long a = allocator.allocate(100 * 8, false);
        long b = allocator.allocate(8, false);
        long c = allocator.allocate(16, false);
        allocator.free(a, 800, false);
        allocator.free(c, 16, false);
        assertEquals(2, allocator.freeBlockCount(), "a's block and c's block merged with the tail");

        allocator.free(b, 8, false);

        assertEquals(1, allocator.freeBlockCount());
        assertEquals(1024, allocator.largestFreeBytes());
        assertEquals(0, allocator.bytesInUse());
        assertEquals(0, allocator.allocatedCount());
    }

    @Test
    void exactFitAtCapacity() {
        assertEquals(0, allocator.allocate(1024, false));
        assertEquals(0, allocator.freeBlockCount());
        assertEquals(0, allocator.largestFreeBytes());
        assertEquals(ReceiveAllocator.NO_SPACE, allocator.allocate(8, false));
        allocator.free(0, 1024, false);
        assertEquals(ReceiveAllocator.NO_SPACE, allocator.allocate(1032, false));
        assertEquals(0, allocator.allocate(1024, false));
    }

    @Test
    void onewaysMayUseHalfTheArea() {
        assertEquals(512, allocator.freeAsyncSpace());
        long first = allocator.allocate(256, true);
        allocator.allocate(256, true);
        assertEquals(0, allocator.freeAsyncSpace());

        assertEquals(ReceiveAllocator.NO_ASYNC_SPACE, allocator.allocate(8, true));
        assertEquals(512, allocator.allocate(512, false), "sync allocations use the rest");

        allocator.free(first, 256, true);
        assertEquals(256, allocator.freeAsyncSpace());
        assertEquals(0, allocator.allocate(256, true));
    }

    @Test
    void doubleFreeIsAnInternalError() {
        long a = allocator.allocate(64, false);
        allocator.free(a, 64, false);
        assertThrows(IllegalStateException.class, () -> allocator.free(a, 64, false));
    }

    @Test
    void areaSizeMustBeAMultipleOfEight() {
        assertThrows(IllegalArgumentException.class, () -> new ReceiveAllocator(1020));
        assertThrows(IllegalArgumentException.class, () -> new ReceiveAllocator(0));
    }
}
