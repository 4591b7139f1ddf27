package org.binder4j;

import java.lang.foreign.MemorySegment;

/**
 * Views of this process's receive area, each from a buffer's offset to the area's end, through which a
 * received parcel reads its buffer in place. A view per transaction would be an allocation per
 * transaction; but the driver hands out the same few offsets call after call (a freed buffer's space is
 * the next one's best fit), so the views are kept, one per slot of offsets, and made again only when a
 * slot's offset changes. A view longer than its buffer is safe: a parcel reads only its data size.
 * Used by one thread.
 */
final class ReceiveAreaViews {
    private static final int SLOTS = 64;

    private final MemorySegment area;
    private final MemorySegment[] views = new MemorySegment[SLOTS];

    ReceiveAreaViews(MemorySegment area) {
        this.area = area;
    }

    /** The area from {@code offset} on. */
    MemorySegment from(long offset) {
        // Buffers and their offsets tables start at multiples of 8.
        int slot = (int) (offset >>> 3) & (SLOTS - 1);
        MemorySegment view = views[slot];
        if (view == null || view.address() - area.address() != offset) {
            view = area.asSlice(offset);
            views[slot] = view;
        }
        return view;
    }
}
