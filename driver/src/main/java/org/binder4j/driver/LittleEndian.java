package org.binder4j.driver;

import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/** The layouts of the integers in command and return streams and in parcels: little-endian, unaligned. */
final class LittleEndian {
    static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private LittleEndian() {}
}
