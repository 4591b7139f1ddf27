package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What generated AIDL code uses beyond Parcel's readers and writers: CharSequence framing, describeContents over
 * containers, creators, enum array names, sensitive parcels and the permission enforcer.
 */
class AidlSupportTest {
    private final Parcel p = Parcel.obtain();

    @AfterEach
    void recycle() {
        p.recycle();
    }

    @Test
    void charSequenceIsKindOneThenString8AfterTheNullMarker() {
        TextUtils.writeTypedToParcel("ab", p, 0);
        TextUtils.writeTypedToParcel(null, p, 0);
        assertEquals("01 00 00 00 01 00 00 00 02 00 00 00 61 62 00 00 00 00 00 00",
                HexFormat.ofDelimiter(" ").formatHex(p.marshall()));
        p.setDataPosition(0);
        assertEquals("ab", p.readTypedObject(TextUtils.CHAR_SEQUENCE_CREATOR));
        assertNull(p.readTypedObject(TextUtils.CHAR_SEQUENCE_CREATOR));
    }

    @Test
    void styledTextIsReadWithoutSpansAndRefusedWithThem() {
        p.writeInt(0);
        p.writeString8("plain");
        p.writeInt(0);
        p.writeInt(0);
        p.writeString8("styled");
        p.writeInt(1);
        p.setDataPosition(0);
        assertEquals("plain", TextUtils.CHAR_SEQUENCE_CREATOR.createFromParcel(p));
        BadParcelableException e = assertThrows(BadParcelableException.class,
                () -> TextUtils.CHAR_SEQUENCE_CREATOR.createFromParcel(p));
        assertEquals("styled text at position 20 carries a span of kind 1; binder4j reads text without spans only",
                e.getMessage());
    }

    @Test
    void describeContentsLooksIntoContainers() throws Exception {
        ParcelFileDescriptor[] pipe = ParcelFileDescriptor.createPipe();
        try {
            assertEquals(0, Parcelable.describeContentsOf(null));
            assertEquals(0, Parcelable.describeContentsOf(List.of(new Bundle())));
            assertEquals(1, Parcelable.describeContentsOf(pipe[0]));
            assertEquals(1, Parcelable.describeContentsOf(new Object[] {null, pipe[0]}));
            assertEquals(1, Parcelable.describeContentsOf(Set.of(pipe[1])));
            assertEquals(1, Parcelable.describeContentsOf(Map.of("k", List.of(pipe[1]))));
            assertEquals(1, Parcelable.describeContentsOf(pipe[0].getFileDescriptor()));
        } finally {
            pipe[0].close();
            pipe[1].close();
        }
    }

    @Test
    void creatorOfRunsTheFactoryThenTheReader() {
        Parcelable.Creator<int[]> creator = Parcelable.Creator.of(() -> new int[1],
                (value, source) -> value[0] = source.readInt(), int[][]::new);
        p.writeInt(12);
        p.setDataPosition(0);
        assertEquals(12, creator.createFromParcel(p)[0]);
        assertEquals(3, creator.newArray(3).length);
    }

    @Test
    void enumArraysAreNamedElementByElement() {
        assertEquals("[A, 7, B]", EnumArrays.toString(new int[] {1, 7, 2}, int.class,
                v -> v == 1 ? "A" : v == 2 ? "B" : Long.toString(v)));
        assertEquals("[[A], []]", EnumArrays.toString(new byte[][] {{1}, {}}, byte.class, v -> "A"));
        assertEquals("null", EnumArrays.toString(null, long.class, v -> "A"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EnumArrays.toString(new long[] {1}, int.class, v -> "A"));
        assertEquals("an array of long holds no enum backed by int", e.getMessage());
    }

    @Test
    void aSensitiveParcelIsZeroedWhenRecycled() {
        Parcel sensitive = Parcel.obtain();
        sensitive.markSensitive();
        sensitive.writeInt(0x12345678);
        MemorySegment memory = sensitive.dataSegment();
        sensitive.recycle();
        assertEquals(0, memory.get(ValueLayout.JAVA_INT_UNALIGNED, 0));

        Parcel ordinary = Parcel.obtain();
        ordinary.writeInt(0x12345678);
        MemorySegment kept = ordinary.dataSegment();
        ordinary.recycle();
        assertEquals(0x12345678, kept.get(ValueLayout.JAVA_INT_UNALIGNED, 0),
                "without the mark the memory is reused as it is");
    }

    @Test
    void aSensitiveParcelZeroesTheMemoryItOutgrows() {
        p.markSensitive();
        p.writeInt(0x12345678);
        MemorySegment before = p.dataSegment();
        p.writeByteArray(new byte[4096]);
        assertEquals(0, before.get(ValueLayout.JAVA_INT_UNALIGNED, 0));
        p.setDataPosition(0);
        assertEquals(0x12345678, p.readInt(), "the data moved to the new memory");
    }

    @Test
    void permissionEnforcerChecksTheCallersIdentity() {
        PermissionEnforcer onlyCamera = (permission, pid, uid) -> permission.equals("CAMERA")
                && uid == Binder.getCallingUid();
        onlyCamera.enforce("CAMERA");
        onlyCamera.enforceAnyOf("MICROPHONE", "CAMERA");
        SecurityException single = assertThrows(SecurityException.class, () -> onlyCamera.enforce("MICROPHONE"));
        assertEquals("Access denied, requires: MICROPHONE (caller pid " + Binder.getCallingPid() + ", uid "
                + Binder.getCallingUid() + ")", single.getMessage());
        SecurityException all = assertThrows(SecurityException.class,
                () -> onlyCamera.enforceAllOf("CAMERA", "MICROPHONE"));
        assertEquals("Access denied, requires: allOf=[CAMERA, MICROPHONE] (caller pid " + Binder.getCallingPid()
                + ", uid " + Binder.getCallingUid() + "); MICROPHONE is missing", all.getMessage());
        assertThrows(SecurityException.class, () -> onlyCamera.enforceAnyOf("A", "B"));
    }

    @Test
    void theDefaultEnforcerDeniesUntilReplaced() {
        PermissionEnforcer saved = PermissionEnforcer.getDefault();
        assertSame(PermissionEnforcer.DENY_ALL, saved);
        try {
            assertThrows(SecurityException.class, () -> PermissionEnforcer.getDefault().enforce("ANYTHING"));
            PermissionEnforcer.setDefault((permission, pid, uid) -> true);
            PermissionEnforcer.getDefault().enforce("ANYTHING");
            assertThrows(NullPointerException.class, () -> PermissionEnforcer.setDefault(null));
        } finally {
            PermissionEnforcer.setDefault(saved);
        }
    }

    @Test
    void aBinderHasNoTransactionNamesByDefault() {
        assertNull(new Binder().getTransactionName(1));
    }
}
