package org.binder4j.protocol;

import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The layouts of every integer binder4j puts in shared memory or on the wire: command and return
 * streams, transaction data, parcels and the daemon's messages are little-endian and only 4-aligned.
 */
public final class LittleEndian {
    public static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    public static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    public static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private LittleEndian() {}
}
