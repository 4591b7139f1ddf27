package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Arrays and lists of binders and interfaces, as AIDL's {@code IBinder[]}, {@code List<IBinder>}, {@code I[]} and
 * {@code List<I>} use them: int32 N (-1 for null), then N binder objects of 28 bytes each (the flat object and the
 * stability word).
 */
class ParcelBinderCollectionsTest {
    private static final String DESCRIPTOR = "test.IThing";
    private final Parcel p = Parcel.obtain();

    @AfterEach
    void recycle() {
        p.recycle();
    }

    /** A minimal AIDL-style interface implemented by a local binder. */
    interface IThing extends IInterface {}

    static final class Thing extends Binder implements IThing {
        Thing() {
            attachInterface(this, DESCRIPTOR);
        }

        @Override
        public IBinder asBinder() {
            return this;
        }
    }

    private static final Function<IBinder, IThing> AS_INTERFACE =
            binder -> binder == null ? null : (IThing) binder.queryLocalInterface(DESCRIPTOR);

    @Test
    void binderArrayIsACountThenBinderObjects() {
        Binder a = new Binder();
        p.writeBinderArray(new IBinder[] {a, null});
        assertEquals(4 + 2 * 28, p.dataSize());
        assertEquals(1, p.objectCount(), "the null binder is not in the object table");
        p.setDataPosition(0);
        assertEquals(2, p.readInt());
        p.setDataPosition(0);
        IBinder[] read = p.createBinderArray();
        assertSame(a, read[0]);
        assertNull(read[1]);
        assertEquals(0, p.dataAvail());
    }

    @Test
    void nullBinderArrayAndListAreMinusOne() {
        p.writeBinderArray(null);
        p.writeBinderList(null);
        p.setDataPosition(0);
        assertNull(p.createBinderArray());
        assertNull(p.createBinderArrayList());
        assertEquals(8, p.dataSize());
    }

    @Test
    void binderArrayReadsIntoAnArrayOfTheWrittenLength() {
        Binder a = new Binder();
        p.writeBinderArray(new IBinder[] {a});
        p.setDataPosition(0);
        IBinder[] dest = new IBinder[1];
        p.readBinderArray(dest);
        assertSame(a, dest[0]);
        p.setDataPosition(0);
        assertThrows(BadParcelableException.class, () -> p.readBinderArray(new IBinder[2]));
    }

    @Test
    void binderListReplacesTheDestinationsElements() {
        Binder a = new Binder();
        Binder b = new Binder();
        p.writeBinderList(List.of(a, b));
        p.setDataPosition(0);
        assertEquals(List.of(a, b), p.createBinderArrayList());
        p.setDataPosition(0);
        List<IBinder> dest = new ArrayList<>(List.of(new Binder(), new Binder(), new Binder()));
        p.readBinderList(dest);
        assertEquals(List.of(a, b), dest);
    }

    @Test
    void aCountTheDataCannotHoldReadsAsNull() {
        p.writeInt(3);
        p.writeInt(0);
        p.setDataPosition(0);
        assertNull(p.createBinderArray(), "3 binder objects need 84 bytes, 4 are left");
    }

    @Test
    void interfaceArrayTravelsAsTheInterfacesBinders() {
        Thing one = new Thing();
        p.writeInterfaceArray(new IThing[] {one, null});
        Parcel binders = Parcel.obtain();
        try {
            binders.writeBinderArray(new IBinder[] {one, null});
            assertArrayEquals(bytes(binders), bytes(p));
        } finally {
            binders.recycle();
        }
        p.setDataPosition(0);
        IThing[] read = p.createInterfaceArray(IThing[]::new, AS_INTERFACE);
        assertEquals(IThing[].class, read.getClass());
        assertSame(one, read[0]);
        assertNull(read[1]);
        p.setDataPosition(0);
        IThing[] dest = new IThing[2];
        p.readInterfaceArray(dest, AS_INTERFACE);
        assertEquals(Arrays.asList(one, null), Arrays.asList(dest));
    }

    @Test
    void interfaceListRoundTripsAndReplacesTheDestination() {
        Thing one = new Thing();
        Thing two = new Thing();
        p.writeInterfaceList(List.of(one, two));
        p.writeInterfaceList(null);
        p.setDataPosition(0);
        assertEquals(List.of(one, two), p.createInterfaceArrayList(AS_INTERFACE));
        assertNull(p.createInterfaceArrayList(AS_INTERFACE));
        p.setDataPosition(0);
        List<IThing> dest = new ArrayList<>(List.of(two));
        p.readInterfaceList(dest, AS_INTERFACE);
        assertEquals(List.of(one, two), dest);
        List<IThing> emptied = new ArrayList<>(List.of(one));
        p.readInterfaceList(emptied, AS_INTERFACE);
        assertEquals(List.of(), emptied, "a null list empties the destination");
    }

    @Test
    void vintfObjectsCarryTheVintfStabilityWord() {
        Binder system = new Binder();
        Binder vintf = new Binder();
        vintf.markVintfStability();
        p.writeStrongBinder(system);
        p.writeStrongBinder(vintf);
        p.setDataPosition(24);
        assertEquals(0b001100, p.readInt());
        p.setDataPosition(28 + 24);
        assertEquals(0b111111, p.readInt());
    }

    @Test
    void outArrayLengthIsBoundedByTheAllocationLimit() {
        p.writeInt(-1);
        p.writeInt(7);
        p.writeInt(Parcel.ARRAY_ALLOCATION_LIMIT + 1);
        p.writeInt(-2);
        p.setDataPosition(0);
        assertEquals(-1, p.readOutArrayLength());
        assertEquals(7, p.readOutArrayLength());
        BadParcelableException tooLong = assertThrows(BadParcelableException.class, p::readOutArrayLength);
        assertEquals("out array length 1000001 at position 8 is outside [-1, 1000000]", tooLong.getMessage());
        assertThrows(BadParcelableException.class, p::readOutArrayLength);
    }

    /** The data bytes, binder objects included (marshall() refuses those): the same objects give the same bytes. */
    private static byte[] bytes(Parcel parcel) {
        byte[] bytes = new byte[parcel.dataSize()];
        parcel.dataSegment().asByteBuffer().get(bytes);
        return bytes;
    }
}
