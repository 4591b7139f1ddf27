package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Typed objects, class-named parcelables and AIDL-style sized parcelables (scenario 70). */
class ParcelParcelableTest {
    private final Parcel p = Parcel.obtain();

    @AfterEach
    void recycle() {
        p.recycle();
    }

    /** A plain Parcelable: two ints, no size prefix. */
    public record Point(int x, int y) implements Parcelable {
        public static final Creator<Point> CREATOR = new Creator<>() {
            @Override
            public Point createFromParcel(Parcel source) {
                return new Point(source.readInt(), source.readInt());
            }

            @Override
            public Point[] newArray(int size) {
                return new Point[size];
            }
        };

        @Override
        public void writeToParcel(Parcel dest, int flags) {
            dest.writeInt(x);
            dest.writeInt(y);
        }
    }

    /** Version 1 of an AIDL structured parcelable: {int a; String b;}. */
    static final class OldStruct {
        int a;
        String b = "default-b";

        void writeTo(Parcel dest) {
            int start = dest.beginSizedWrite();
            dest.writeInt(a);
            dest.writeString(b);
            dest.endSizedWrite(start);
        }

        static OldStruct readFrom(Parcel source) {
            OldStruct s = new OldStruct();
            int end = source.beginSizedRead();
            if (source.dataPosition() < end) {
                s.a = source.readInt();
            }
            if (source.dataPosition() < end) {
                s.b = source.readString();
            }
            source.endSizedRead(end);
            return s;
        }
    }

    /** Version 2 of the same parcelable, which appended {long c = 99; int[] d;}. */
    static final class NewStruct {
        int a;
        String b = "default-b";
        long c = 99;
        int[] d;

        void writeTo(Parcel dest) {
            int start = dest.beginSizedWrite();
            dest.writeInt(a);
            dest.writeString(b);
            dest.writeLong(c);
            dest.writeIntArray(d);
            dest.endSizedWrite(start);
        }

        static NewStruct readFrom(Parcel source) {
            NewStruct s = new NewStruct();
            int end = source.beginSizedRead();
            if (source.dataPosition() < end) {
                s.a = source.readInt();
            }
            if (source.dataPosition() < end) {
                s.b = source.readString();
            }
            if (source.dataPosition() < end) {
                s.c = source.readLong();
            }
            if (source.dataPosition() < end) {
                s.d = source.createIntArray();
            }
            source.endSizedRead(end);
            return s;
        }
    }

    @Test
    void typedObjectAndNull() {
        p.writeTypedObject(new Point(1, 2), 0);
        p.writeTypedObject(null, 0);
        p.writeInt(77);
        p.setDataPosition(0);
        assertEquals(new Point(1, 2), p.readTypedObject(Point.CREATOR));
        assertNull(p.readTypedObject(Point.CREATOR));
        assertEquals(77, p.readInt());
    }

    @Test
    void typedArraysAndLists() {
        Point[] points = {new Point(1, 2), null, new Point(3, 4)};
        p.writeTypedArray(points, 0);
        p.writeTypedArray(null, 0);
        p.writeTypedList(Arrays.asList(points), 0);
        p.writeTypedList(null, 0);
        p.writeTypedArray(points, 0);
        p.writeTypedList(List.of(new Point(5, 6)), 0);
        p.setDataPosition(0);
        assertArrayEquals(points, p.createTypedArray(Point.CREATOR));
        assertNull(p.createTypedArray(Point.CREATOR));
        assertEquals(Arrays.asList(points), p.createTypedArrayList(Point.CREATOR));
        assertNull(p.createTypedArrayList(Point.CREATOR));
        Point[] into = new Point[3];
        p.readTypedArray(into, Point.CREATOR);
        assertArrayEquals(points, into);
        List<Point> list = new ArrayList<>(List.of(new Point(0, 0), new Point(0, 0)));
        p.readTypedList(list, Point.CREATOR);
        assertEquals(List.of(new Point(5, 6)), list);
        assertEquals(0, p.dataAvail());
    }

    @Test
    void readTypedArrayOfWrongLengthThrows() {
        p.writeTypedArray(new Point[] {new Point(1, 1)}, 0);
        p.setDataPosition(0);
        assertThrows(BadParcelableException.class, () -> p.readTypedArray(new Point[2], Point.CREATOR));
    }

    @Test
    void classNamedParcelable() {
        p.writeParcelable(new Point(8, 9), 0);
        p.writeParcelable(null, 0);
        p.setDataPosition(0);
        Point read = p.readParcelable(null);
        assertEquals(new Point(8, 9), read);
        assertNull(p.readParcelable(getClass().getClassLoader()));
        assertEquals(0, p.dataAvail());
    }

    @Test
    void classNamedParcelableLayout() {
        p.writeParcelable(new Point(8, 9), 0);
        p.setDataPosition(0);
        assertEquals(Point.class.getName(), p.readString());
        assertEquals(8, p.readInt());
        assertEquals(9, p.readInt());
    }

    @Test
    void typedReadParcelableChecksTheClass() {
        p.writeParcelable(new Point(1, 2), 0);
        p.setDataPosition(0);
        BadParcelableException e = assertThrows(BadParcelableException.class,
                () -> p.readParcelable(null, Bundle.class));
        assertEquals("Parcelable class " + Point.class.getName() + " is not a " + Bundle.class.getName(),
                e.getMessage());
        p.setDataPosition(0);
        assertEquals(new Point(1, 2), p.readParcelable(null, Point.class));
    }

    /** Parcelable without a CREATOR field. */
    public static final class NoCreator implements Parcelable {
        @Override
        public void writeToParcel(Parcel dest, int flags) {}
    }

    /** Parcelable whose CREATOR is an instance field. */
    public static final class InstanceCreator implements Parcelable {
        public final Creator<InstanceCreator> CREATOR = null;

        @Override
        public void writeToParcel(Parcel dest, int flags) {}
    }

    @Test
    void unusableClassesAreBadParcelables() {
        p.writeString("org.binder4j.NoSuchClass");
        p.writeString(String.class.getName());
        p.writeParcelable(new NoCreator(), 0);
        p.writeParcelable(new InstanceCreator(), 0);
        p.setDataPosition(0);
        assertEquals("Parcelable class not found: org.binder4j.NoSuchClass",
                assertThrows(BadParcelableException.class, () -> p.readParcelable(null)).getMessage());
        assertEquals("class java.lang.String does not implement Parcelable",
                assertThrows(BadParcelableException.class, () -> p.readParcelable(null)).getMessage());
        assertEquals("Parcelable class " + NoCreator.class.getName() + " has no public CREATOR field",
                assertThrows(BadParcelableException.class, () -> p.readParcelable(null)).getMessage());
        assertEquals("CREATOR of " + InstanceCreator.class.getName() + " must be a static Parcelable.Creator field",
                assertThrows(BadParcelableException.class, () -> p.readParcelable(null)).getMessage());
    }

    @Test
    void sizedParcelableRoundTrip() {
        NewStruct s = new NewStruct();
        s.a = 1;
        s.b = "bee";
        s.c = -5;
        s.d = new int[] {4, 5};
        s.writeTo(p);
        p.writeInt(0xcafe);
        p.setDataPosition(0);
        assertEquals(4 + 4 + 12 + 8 + 12, p.readInt());
        p.setDataPosition(0);
        NewStruct r = NewStruct.readFrom(p);
        assertEquals(1, r.a);
        assertEquals("bee", r.b);
        assertEquals(-5, r.c);
        assertArrayEquals(new int[] {4, 5}, r.d);
        assertEquals(0xcafe, p.readInt());
    }

    @Test
    void olderReaderSkipsFieldsOfNewerWriter() {
        NewStruct s = new NewStruct();
        s.a = 7;
        s.b = "x";
        s.d = new int[] {1, 2, 3};
        s.writeTo(p);
        p.writeInt(0xbeef);
        p.setDataPosition(0);
        OldStruct r = OldStruct.readFrom(p);
        assertEquals(7, r.a);
        assertEquals("x", r.b);
        assertEquals(0xbeef, p.readInt());
    }

    @Test
    void newerReaderKeepsDefaultsForFieldsAnOlderWriterLacks() {
        OldStruct s = new OldStruct();
        s.a = 3;
        s.b = "old";
        s.writeTo(p);
        p.writeLong(0x1122334455667788L);
        p.setDataPosition(0);
        NewStruct r = NewStruct.readFrom(p);
        assertEquals(3, r.a);
        assertEquals("old", r.b);
        assertEquals(99, r.c);
        assertNull(r.d);
        assertEquals(0x1122334455667788L, p.readLong());
    }

    @Test
    void sizedReadRejectsTinySize() {
        p.writeInt(5);
        p.writeInt(3);
        p.setDataPosition(4);
        BadParcelableException e = assertThrows(BadParcelableException.class, p::beginSizedRead);
        assertEquals("parcelable size 3 < 4 at position 4", e.getMessage());
    }

    @Test
    void sizedReadAtEndOfDataIsRejected() {
        BadParcelableException e = assertThrows(BadParcelableException.class, p::beginSizedRead);
        assertEquals("parcelable size 0 < 4 at position 0", e.getMessage());
    }

    @Test
    void sizedReadRejectsOverflowingSize() {
        p.writeInt(0);
        p.writeInt(Integer.MAX_VALUE);
        p.setDataPosition(4);
        assertThrows(BadParcelableException.class, p::beginSizedRead);
    }

    @Test
    void sizedReadRejectsBodyBeyondData() {
        p.writeInt(100);
        p.writeInt(1);
        p.setDataPosition(0);
        int end = p.beginSizedRead();
        assertEquals(100, end);
        BadParcelableException e = assertThrows(BadParcelableException.class, () -> p.endSizedRead(end));
        assertEquals("parcelable ends at 100, beyond the data size 8", e.getMessage());
    }

    @Test
    void endSizedWriteRejectsBadStart() {
        p.writeInt(1);
        assertThrows(IllegalArgumentException.class, () -> p.endSizedWrite(2));
        assertThrows(IllegalArgumentException.class, () -> p.endSizedWrite(-1));
    }

    @Test
    void nestedSizedParcelables() {
        int outer = p.beginSizedWrite();
        p.writeInt(1);
        int inner = p.beginSizedWrite();
        p.writeInt(2);
        p.endSizedWrite(inner);
        p.endSizedWrite(outer);
        p.setDataPosition(0);
        assertEquals(16, p.readInt());
        assertEquals(1, p.readInt());
        assertEquals(8, p.readInt());
        assertEquals(2, p.readInt());
    }

    @Test
    void bundleIsParcelable() {
        Bundle b = new Bundle();
        b.putInt("k", 1);
        p.writeTypedObject(b, 0);
        p.setDataPosition(0);
        Bundle read = p.readTypedObject(Bundle.CREATOR);
        assertEquals(b, read);
        assertEquals(0, p.dataAvail());
    }
}
