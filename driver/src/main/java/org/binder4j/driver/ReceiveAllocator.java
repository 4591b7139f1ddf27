package org.binder4j.driver;

/**
 * Space management of one process's receive area, as binder's allocator: the area starts as one free
 * block; an allocation takes the best fit (the smallest free block that is large enough, the lowest
 * such offset on ties) and splits off the rest; a free merges with free neighbours on both sides.
 * Oneway buffers may together use at most half of the area, so that sync calls and replies always
 * find room while oneways pile up.
 *
 * <p>It knows offsets and sizes only; sizes are already aligned to 8 and at least 8 bytes.
 */
final class ReceiveAllocator {
    /** {@link #allocate} result: no free block is large enough. */
    static final long NO_SPACE = -1;
    /** {@link #allocate} result: a oneway buffer would exceed the async half of the area. */
    static final long NO_ASYNC_SPACE = -2;

    private static final long LOW_32 = 0xffff_ffffL;

    private final long sizeBytes;
    // Both indexes pack a free block as two 32-bit halves: (size, offset) to find the best fit,
    // (offset, size) to find the neighbours of a block being freed.
    private final SortedLongs freeBySize = new SortedLongs();
    private final SortedLongs freeByOffset = new SortedLongs();
    private long freeAsyncSpace;
    private long bytesInUse;
    private int allocatedCount;

    ReceiveAllocator(long sizeBytes) {
        if (sizeBytes < 8 || sizeBytes > Integer.MAX_VALUE || (sizeBytes & 7) != 0) {
            throw new IllegalArgumentException("receive area of " + sizeBytes + " bytes: need a multiple of 8 in 8.."
                    + Integer.MAX_VALUE);
        }
        this.sizeBytes = sizeBytes;
        this.freeAsyncSpace = sizeBytes / 2;
        addFree(0, sizeBytes);
    }

    /** @return the offset of a new block of {@code size} bytes, or {@link #NO_SPACE} / {@link #NO_ASYNC_SPACE} */
    long allocate(long size, boolean async) {
        if (async && freeAsyncSpace < size) {
            return NO_ASYNC_SPACE;
        }
        if (size > sizeBytes) {
            return NO_SPACE;
        }
        int index = freeBySize.ceilingIndex(size << 32);
        if (index == freeBySize.size()) {
            return NO_SPACE;
        }
        long packed = freeBySize.get(index);
        long blockSize = packed >>> 32;
        long offset = packed & LOW_32;
        removeFree(offset, blockSize);
        if (blockSize > size) {
            addFree(offset + size, blockSize - size);
        }
        bytesInUse += size;
        allocatedCount++;
        if (async) {
            freeAsyncSpace -= size;
        }
        return offset;
    }

    /** Gives back a block that {@link #allocate} returned, with the same size and async flag. */
    void free(long offset, long size, boolean async) {
        long start = offset;
        long end = offset + size;
        int nextIndex = freeByOffset.ceilingIndex(offset << 32);
        if (nextIndex < freeByOffset.size()) {
            long next = freeByOffset.get(nextIndex);
            long nextOffset = next >>> 32;
            if (nextOffset < end) {
                throw new IllegalStateException("freeing [" + offset + ", " + end + ") overlaps free block at " + nextOffset);
            }
            if (nextOffset == end) {
                removeFree(nextOffset, next & LOW_32);
                end += next & LOW_32;
            }
        }
        int previousIndex = freeByOffset.ceilingIndex(offset << 32) - 1;
        if (previousIndex >= 0) {
            long previous = freeByOffset.get(previousIndex);
            long previousOffset = previous >>> 32;
            long previousEnd = previousOffset + (previous & LOW_32);
            if (previousEnd > start) {
                throw new IllegalStateException("freeing [" + offset + ", " + end + ") overlaps free block at "
                        + previousOffset);
            }
            if (previousEnd == start) {
                removeFree(previousOffset, previous & LOW_32);
                start = previousOffset;
            }
        }
        addFree(start, end - start);
        bytesInUse -= size;
        allocatedCount--;
        if (async) {
            freeAsyncSpace += size;
        }
    }

    long sizeBytes() {
        return sizeBytes;
    }

    long bytesInUse() {
        return bytesInUse;
    }

    int allocatedCount() {
        return allocatedCount;
    }

    long freeAsyncSpace() {
        return freeAsyncSpace;
    }

    int freeBlockCount() {
        return freeBySize.size();
    }

    long largestFreeBytes() {
        int count = freeBySize.size();
        return count == 0 ? 0 : freeBySize.get(count - 1) >>> 32;
    }

    private void addFree(long offset, long size) {
        freeBySize.add(size << 32 | offset);
        freeByOffset.add(offset << 32 | size);
    }

    private void removeFree(long offset, long size) {
        freeBySize.remove(size << 32 | offset);
        freeByOffset.remove(offset << 32 | size);
    }
}
