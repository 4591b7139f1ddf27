package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ParcelableHolder: int32 stability, int32 payload size, then the held object by class name; a read payload stays
 * bytes until asked for by class, and is passed on unchanged.
 */
class ParcelableHolderTest {
    private final Parcel p = Parcel.obtain();

    @AfterEach
    void recycle() {
        p.recycle();
    }

    /** A VINTF-stable parcelable. */
    public static final class Stable implements Parcelable {
        public static final Creator<Stable> CREATOR = Creator.of(Stable::new, (s, source) -> s.value = source.readInt(),
                Stable[]::new);
        int value;

        @Override
        public void writeToParcel(Parcel dest, int flags) {
            dest.writeInt(value);
        }

        @Override
        public int getStability() {
            return PARCELABLE_STABILITY_VINTF;
        }
    }

    @Test
    void emptyHolderIsStabilityAndZero() {
        new ParcelableHolder(Parcelable.PARCELABLE_STABILITY_VINTF).writeToParcel(p, 0);
        assertEquals("3f 00 00 00 00 00 00 00", HexFormat.ofDelimiter(" ").formatHex(p.marshall()));
        p.setDataPosition(0);
        ParcelableHolder read = ParcelableHolder.CREATOR.createFromParcel(p);
        assertEquals(Parcelable.PARCELABLE_STABILITY_VINTF, read.getStability());
        assertNull(read.getParcelable(Stable.class));
    }

    @Test
    void heldObjectTravelsByClassNameAfterItsSize() {
        ParcelableHolder holder = new ParcelableHolder(Parcelable.PARCELABLE_STABILITY_LOCAL);
        Stable stable = new Stable();
        stable.value = 42;
        holder.setParcelable(stable);
        assertSame(stable, holder.getParcelable(Stable.class));
        holder.writeToParcel(p, 0);
        p.setDataPosition(0);
        assertEquals(Parcelable.PARCELABLE_STABILITY_LOCAL, p.readInt());
        int size = p.readInt();
        assertEquals(Stable.class.getName(), p.readString());
        assertEquals(42, p.readInt());
        assertEquals(8 + size, p.dataSize());

        p.setDataPosition(0);
        ParcelableHolder read = new ParcelableHolder(Parcelable.PARCELABLE_STABILITY_LOCAL);
        read.readFromParcel(p);
        assertEquals(42, read.getParcelable(Stable.class).value);
    }

    @Test
    void aReadPayloadIsPassedOnByteForByte() {
        ParcelableHolder holder = new ParcelableHolder(Parcelable.PARCELABLE_STABILITY_LOCAL);
        Stable stable = new Stable();
        stable.value = 7;
        holder.setParcelable(stable);
        holder.writeToParcel(p, 0);
        byte[] written = p.marshall();
        p.setDataPosition(0);
        ParcelableHolder relay = ParcelableHolder.CREATOR.createFromParcel(p);
        Parcel again = Parcel.obtain();
        try {
            relay.writeToParcel(again, 0);
            assertEquals(HexFormat.of().formatHex(written), HexFormat.of().formatHex(again.marshall()));
        } finally {
            again.recycle();
        }
    }

    @Test
    void aStableHolderRefusesALocalParcelable() {
        ParcelableHolder holder = new ParcelableHolder(Parcelable.PARCELABLE_STABILITY_VINTF);
        BadParcelableException e = assertThrows(BadParcelableException.class,
                () -> holder.setParcelable(new Bundle()));
        assertEquals("a ParcelableHolder of stability 63 cannot hold a parcelable of stability 0 (org.binder4j.Bundle)",
                e.getMessage());
        holder.setParcelable(new Stable());
    }

    @Test
    void askingForTheWrongClassIsABadParcelable() {
        ParcelableHolder holder = new ParcelableHolder(Parcelable.PARCELABLE_STABILITY_LOCAL);
        holder.setParcelable(new Stable());
        assertThrows(BadParcelableException.class, () -> holder.getParcelable(Bundle.class));
    }

    @Test
    void badHeadersAreRefused() {
        p.writeInt(Parcelable.PARCELABLE_STABILITY_VINTF);
        p.writeInt(0);
        p.setDataPosition(0);
        BadParcelableException stability = assertThrows(BadParcelableException.class,
                () -> new ParcelableHolder(Parcelable.PARCELABLE_STABILITY_LOCAL).readFromParcel(p));
        assertEquals("a ParcelableHolder of stability 0 read stability 63 at position 0", stability.getMessage());
        p.setDataSize(0);
        p.writeInt(0);
        p.writeInt(400);
        p.setDataPosition(0);
        assertThrows(BadParcelableException.class,
                () -> new ParcelableHolder(Parcelable.PARCELABLE_STABILITY_LOCAL).readFromParcel(p));
    }

    @Test
    void aPayloadWithABinderIsRefused() {
        p.writeInt(0);
        p.writeInt(28);
        p.writeStrongBinder(new Binder());
        p.setDataPosition(0);
        BadParcelableException e = assertThrows(BadParcelableException.class,
                () -> new ParcelableHolder(Parcelable.PARCELABLE_STABILITY_LOCAL).readFromParcel(p));
        assertEquals("a ParcelableHolder payload cannot carry binder objects or file descriptors in binder4j: "
                + "an object lies at position 8", e.getMessage());
    }
}
