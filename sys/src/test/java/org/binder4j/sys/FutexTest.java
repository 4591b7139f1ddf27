package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FutexTest {
    private final Cleanup cleanup = new Cleanup();

    @AfterEach
    void tearDown() throws Exception {
        cleanup.run();
    }

    @Test
    void wakeReachesAWaiterThroughAnotherMappingOfTheSameMemfd() throws Exception {
        // Two mappings at different addresses stand in for two processes: only a shared (not PRIVATE)
        // futex, keyed by file and offset, connects them.
        int fd = cleanup.fd(Memfd.create("futex", 4096));
        MemorySegment waiterWord = cleanup.add(MappedRegion.map(fd, 4096, true)).segment().asSlice(64, 4);
        MemorySegment wakerWord = cleanup.add(MappedRegion.map(fd, 4096, true)).segment().asSlice(64, 4);
        Blocked<Integer> waiter = Blocked.start(() -> {
            int result = 0;
            while (waiterWord.get(JAVA_INT, 0) == 0) {
                result = Futex.wait(waiterWord, 0, -1);
            }
            return result;
        });
        waiter.awaitIn("futex");

        wakerWord.set(JAVA_INT, 0, 1);
        assertEquals(1, Futex.wake(wakerWord, Integer.MAX_VALUE));

        assertEquals(0, waiter.result());
    }

    @Test
    void waitReturnsEagainWhenTheValueDiffers() {
        MemorySegment word = cleanup.add(Arena.ofConfined()).allocate(JAVA_INT);
        word.set(JAVA_INT, 0, 5);

        assertEquals(-Errnos.EAGAIN, Futex.wait(word, 4, -1));
    }

    @Test
    void waitTimesOut() {
        MemorySegment word = cleanup.add(Arena.ofConfined()).allocate(JAVA_INT);

        assertEquals(-Errnos.ETIMEDOUT, Futex.wait(word, 0, 1_000_000));
        assertEquals(-Errnos.ETIMEDOUT, Futex.wait(word, 0, 0));
    }

    @Test
    void wakeWithoutWaitersWakesNobody() {
        MemorySegment word = cleanup.add(Arena.ofConfined()).allocate(JAVA_INT);

        assertEquals(0, Futex.wake(word, 1));
    }

    @Test
    void misalignedOrHeapWordsAreRefused() {
        MemorySegment memory = cleanup.add(Arena.ofConfined()).allocate(16, 8);

        assertThrows(IllegalArgumentException.class, () -> Futex.wait(memory.asSlice(2, 4), 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Futex.wake(memory.asSlice(0, 2), 1));
        assertThrows(IllegalArgumentException.class, () -> Futex.wake(MemorySegment.ofArray(new int[1]), 1));
    }
}
