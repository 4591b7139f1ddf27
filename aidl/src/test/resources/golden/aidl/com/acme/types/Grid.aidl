package com.acme.types;

import com.acme.types.Mood;

/** Fixed-size arrays. */
parcelable Grid {
    const int SIDE = 2;

    int[SIDE][SIDE] cells = {{1, 0}, {0, 1}};
    Mood[3] moods;
    @nullable byte[4] checksum;
    Slot[2] slots;

    @FixedSize
    parcelable Slot {
        long[2] stamps;
        SlotValue value;
    }

    @FixedSize
    union SlotValue {
        int number = 0;
        boolean on;
    }
}
