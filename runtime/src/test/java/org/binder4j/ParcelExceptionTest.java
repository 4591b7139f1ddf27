package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reply headers (scenarios 61-63), interface tokens (scenarios 19, 22, 68) and trailing-data checks. */
class ParcelExceptionTest {
    private final Parcel p = Parcel.obtain();

    @AfterEach
    void recycle() {
        p.recycle();
    }

    static Stream<RuntimeException> transportable() {
        return Stream.of(
                new SecurityException("sec"),
                new BadParcelableException("bad"),
                new IllegalArgumentException("x"),
                new NumberFormatException("a subclass travels as its parent"),
                new NullPointerException("npe"),
                new IllegalStateException("state"),
                new UnsupportedOperationException("unsupported"),
                new IllegalArgumentException((String) null));
    }

    @ParameterizedTest
    @MethodSource("transportable")
    void mappedExceptionsRoundTripWithMessage(RuntimeException thrown) {
        p.writeException(thrown);
        p.writeInt(123); // anything after the header must not be consumed by readException
        p.setDataPosition(0);
        RuntimeException read = assertThrows(RuntimeException.class, p::readException);
        Class<?> expected = thrown instanceof NumberFormatException ? IllegalArgumentException.class : thrown.getClass();
        assertSame(expected, read.getClass());
        assertEquals(thrown.getMessage(), read.getMessage());
        assertEquals(123, p.readInt());
    }

    @Test
    void exceptionCodesFollowTheReferenceOrder() {
        assertEquals(-1, ExceptionCodes.forException(new SecurityException()));
        assertEquals(-2, ExceptionCodes.forException(new BadParcelableException("b")));
        assertEquals(-3, ExceptionCodes.forException(new IllegalArgumentException()));
        assertEquals(-4, ExceptionCodes.forException(new NullPointerException()));
        assertEquals(-5, ExceptionCodes.forException(new IllegalStateException()));
        assertEquals(-7, ExceptionCodes.forException(new UnsupportedOperationException()));
        assertEquals(-8, ExceptionCodes.forException(new ServiceSpecificException(1)));
        assertEquals(0, ExceptionCodes.forException(new RuntimeException()));
        assertEquals(0, ExceptionCodes.forException(new IOException()));
    }

    @Test
    void serviceSpecificKeepsCodeAndMessage() {
        p.writeException(new ServiceSpecificException(42, "m"));
        p.setDataPosition(0);
        ServiceSpecificException e = assertThrows(ServiceSpecificException.class, p::readException);
        assertEquals(42, e.errorCode);
        assertEquals("m", e.getMessage());
        assertEquals(0, p.dataAvail());
    }

    @Test
    void serviceSpecificToStringNamesTheCode() {
        assertEquals("org.binder4j.ServiceSpecificException: m (code 42)",
                new ServiceSpecificException(42, "m").toString());
    }

    @Test
    void notTransportableRuntimeExceptionIsRethrownAndNothingWritten() {
        RuntimeException original = new ArrayStoreException("nope");
        assertSame(original, assertThrows(ArrayStoreException.class, () -> p.writeException(original)));
        assertEquals(0, p.dataSize());
    }

    @Test
    void checkedExceptionIsRethrownWrapped() {
        RemoteException original = new RemoteException("remote");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> p.writeException(original));
        assertSame(original, thrown.getCause());
        assertEquals(0, p.dataSize());
    }

    @Test
    void noExceptionReadsNothingMore() {
        p.writeNoException();
        p.writeInt(5);
        p.setDataPosition(0);
        p.readException();
        assertEquals(5, p.readInt());
    }

    @Test
    void fatHeaderIsSkippedAndMeansSuccess_scenario63() {
        p.writeInt(ExceptionCodes.EX_HAS_REPLY_HEADER);
        p.writeInt(12); // size word + 8 bytes of StrictMode payload
        p.writeInt(0x11111111);
        p.writeInt(0x22222222);
        p.writeInt(77);
        p.setDataPosition(0);
        assertEquals(ExceptionCodes.EX_NONE, p.readExceptionCode());
        assertEquals(77, p.readInt());
        p.setDataPosition(0);
        p.readException();
        assertEquals(77, p.readInt());
    }

    @Test
    void appOpsHeaderIsSkippedThenTheRealCodeRead_scenario63() {
        p.writeInt(ExceptionCodes.EX_HAS_NOTED_APPOPS_REPLY_HEADER);
        p.writeInt(8);
        p.writeInt(0x33333333);
        p.writeException(new IllegalStateException("after app-ops"));
        p.setDataPosition(0);
        IllegalStateException e = assertThrows(IllegalStateException.class, p::readException);
        assertEquals("after app-ops", e.getMessage());
    }

    @Test
    void appOpsThenFatHeader() {
        p.writeInt(ExceptionCodes.EX_HAS_NOTED_APPOPS_REPLY_HEADER);
        p.writeInt(4);
        p.writeInt(ExceptionCodes.EX_HAS_REPLY_HEADER);
        p.writeInt(8);
        p.writeInt(0x44444444);
        p.writeInt(6);
        p.setDataPosition(0);
        assertEquals(ExceptionCodes.EX_NONE, p.readExceptionCode());
        assertEquals(6, p.readInt());
    }

    @Test
    void zeroSizedFatHeaderSkipsOnlyTheSizeWord() {
        p.writeInt(ExceptionCodes.EX_HAS_REPLY_HEADER);
        p.writeInt(0);
        p.writeInt(8);
        p.setDataPosition(0);
        assertEquals(ExceptionCodes.EX_NONE, p.readExceptionCode());
        assertEquals(8, p.readInt());
    }

    @Test
    void fatHeaderLargerThanTheDataIsRejected() {
        p.writeInt(ExceptionCodes.EX_HAS_REPLY_HEADER);
        p.writeInt(64);
        p.setDataPosition(0);
        BadParcelableException e = assertThrows(BadParcelableException.class, p::readExceptionCode);
        assertEquals("reply header size 64 at position 4 is invalid with 4 bytes left", e.getMessage());
    }

    @Test
    void remoteStackTraceHeaderIsSkipped() {
        p.writeInt(ExceptionCodes.EX_SERVICE_SPECIFIC);
        p.writeString("m");
        int sizeWord = p.dataPosition();
        p.writeInt(0);
        p.writeString("\tat Remote.frame(Remote.java:1)");
        int end = p.dataPosition();
        p.setDataPosition(sizeWord);
        p.writeInt(end - sizeWord);
        p.setDataPosition(end);
        p.writeInt(17);
        p.setDataPosition(0);
        ServiceSpecificException e = assertThrows(ServiceSpecificException.class, p::readException);
        assertEquals(17, e.errorCode);
    }

    @Test
    void unknownCode() {
        p.writeInt(-55);
        p.writeString("why");
        p.writeInt(0);
        p.setDataPosition(0);
        RuntimeException e = assertThrows(RuntimeException.class, p::readException);
        assertSame(RuntimeException.class, e.getClass());
        assertEquals("Unknown exception code: -55 msg why", e.getMessage());
    }

    @Test
    void networkOnMainThread() {
        p.writeInt(ExceptionCodes.EX_NETWORK_MAIN_THREAD);
        p.writeString(null);
        p.writeInt(0);
        p.setDataPosition(0);
        assertEquals("NetworkOnMainThreadException",
                assertThrows(RuntimeException.class, p::readException).getMessage());
    }

    /** A Parcelable exception, as sent with EX_PARCELABLE. */
    public static final class ParcelableFailure extends RuntimeException implements Parcelable {
        public static final Creator<ParcelableFailure> CREATOR = new Creator<>() {
            @Override
            public ParcelableFailure createFromParcel(Parcel source) {
                return new ParcelableFailure(source.readString());
            }

            @Override
            public ParcelableFailure[] newArray(int size) {
                return new ParcelableFailure[size];
            }
        };

        ParcelableFailure(String message) {
            super(message);
        }

        @Override
        public void writeToParcel(Parcel dest, int flags) {
            dest.writeString(getMessage());
        }
    }

    @Test
    void parcelableException() {
        p.writeInt(ExceptionCodes.EX_PARCELABLE);
        p.writeString("outer");
        p.writeInt(0);
        p.writeInt(1);
        p.writeParcelable(new ParcelableFailure("inner"), 0);
        p.setDataPosition(0);
        ParcelableFailure e = assertThrows(ParcelableFailure.class, p::readException);
        assertEquals("inner", e.getMessage());
    }

    @Test
    void parcelableExceptionWithoutBody() {
        p.writeInt(ExceptionCodes.EX_PARCELABLE);
        p.writeString("native");
        p.writeInt(0);
        p.writeInt(0);
        p.setDataPosition(0);
        assertEquals("native [missing Parcelable]", assertThrows(RuntimeException.class, p::readException).getMessage());
    }

    // ---- interface token ----

    @Test
    void enforceInterfaceAcceptsTheSameDescriptor() {
        p.writeInterfaceToken("org.example.IFoo");
        p.writeInt(5);
        p.setDataPosition(0);
        p.enforceInterface("org.example.IFoo");
        assertEquals(5, p.readInt());
    }

    @Test
    void enforceInterfaceRejectsAnotherDescriptor_scenario19() {
        p.writeInterfaceToken("org.example.IFoo");
        p.setDataPosition(0);
        SecurityException e = assertThrows(SecurityException.class, () -> p.enforceInterface("org.example.IBar"));
        assertEquals("Binder invocation to an incorrect interface", e.getMessage());
    }

    @Test
    void enforceInterfaceRejectsLongerShorterAndNullDescriptors() {
        p.writeInterfaceToken("org.example.IFoo");
        int second = p.dataPosition();
        p.writeInterfaceToken(null);
        p.setDataPosition(0);
        assertThrows(SecurityException.class, () -> p.enforceInterface("org.example.IFooBar"));
        p.setDataPosition(0);
        assertThrows(SecurityException.class, () -> p.enforceInterface("org.example.IFo"));
        p.setDataPosition(0);
        assertThrows(SecurityException.class, () -> p.enforceInterface(null));
        p.setDataPosition(second);
        p.enforceInterface(null);
        assertEquals(0, p.dataAvail());
    }

    @Test
    void enforceInterfaceRejectsTruncatedDescriptor() {
        p.writeInterfaceToken("foo");
        p.setDataSize(p.dataSize() - 4);
        p.setDataPosition(0);
        assertThrows(SecurityException.class, () -> p.enforceInterface("foo"));
    }

    @Test
    void enforceInterfaceRejectsAnotherMagic() {
        p.writeInt(0x80000000);
        p.writeInt(-1);
        p.writeInt(0x564e4452); // 'VNDR'
        p.writeString("foo");
        p.setDataPosition(0);
        SecurityException e = assertThrows(SecurityException.class, () -> p.enforceInterface("foo"));
        assertEquals("Expecting header 0x53595354 but found 0x564e4452. Mixing copies of libbinder?", e.getMessage());
    }

    @Test
    void workSourceTravelsOnlyWhenPropagated_scenario22() {
        long original = WorkSource.clearPropagation();
        try {
            WorkSource.onIncomingHeader(100); // set but not propagated
            assertFalse(WorkSource.isPropagated());
            assertEquals(WorkSource.UNSET, WorkSource.headerValue());
            long token = WorkSource.set(100);
            assertTrue(WorkSource.isPropagated());
            p.writeInterfaceToken("d");
            WorkSource.restore(token);
            assertFalse(WorkSource.isPropagated());
            assertEquals(100, WorkSource.get());
            p.writeInterfaceToken("d");

            WorkSource.onIncomingHeader(WorkSource.UNSET);
            p.setDataPosition(0);
            p.enforceInterface("d");
            assertEquals(100, WorkSource.get());
            p.enforceInterface("d");
            assertEquals(WorkSource.UNSET, WorkSource.get());
            assertFalse(WorkSource.isPropagated(), "an incoming header does not turn propagation on");
        } finally {
            WorkSource.restore(original);
        }
    }

    @Test
    void workSourceSetWithoutPropagationIsSeenButNotSent() {
        long token = WorkSource.setWithoutPropagation(100);
        try {
            assertEquals(100, WorkSource.get());
            assertEquals(WorkSource.UNSET, WorkSource.headerValue());
        } finally {
            WorkSource.restore(token);
        }
    }

    @Test
    void workSourceClearPropagatesUnset() {
        long token = WorkSource.set(7);
        try {
            assertEquals(7, WorkSource.headerValue());
            long cleared = WorkSource.clear();
            assertEquals(WorkSource.UNSET, WorkSource.get());
            assertEquals(WorkSource.UNSET, WorkSource.headerValue());
            WorkSource.restore(cleared);
            assertEquals(7, WorkSource.get());
            assertTrue(WorkSource.isPropagated());
        } finally {
            WorkSource.restore(token);
        }
        assertEquals(WorkSource.UNSET, WorkSource.headerValue());
    }

    @Test
    void enforceNoDataAvail() {
        p.writeInt(1);
        p.writeInt(2);
        p.setDataPosition(4);
        BadParcelableException e = assertThrows(BadParcelableException.class, p::enforceNoDataAvail);
        assertEquals("Parcel data not fully consumed, unread size: 4", e.getMessage());
        p.readInt();
        p.enforceNoDataAvail();
    }

    @Test
    void statusNames() {
        assertEquals("OK", StatusCode.name(StatusCode.NO_ERROR));
        assertEquals("DEAD_OBJECT", StatusCode.name(-32));
        assertEquals("FAILED_TRANSACTION", StatusCode.name(0x80000002));
        assertEquals("UNEXPECTED_NULL", StatusCode.name(-2147483640));
        assertEquals("FDS_NOT_ALLOWED", StatusCode.name(-2147483641));
        assertEquals("ENOSPC (-28)", StatusCode.name(-28));
        assertEquals("status 123", StatusCode.name(123));
    }

    @Test
    void remoteExceptionRethrowsAsRuntime() {
        DeadObjectException dead = new DeadObjectException("gone");
        RuntimeException e = assertThrows(RuntimeException.class, dead::rethrowAsRuntimeException);
        assertSame(dead, e.getCause());
        assertInstanceOf(RemoteException.class, new TransactionTooLargeException("big"));
        assertNull(new ParcelFormatException().getMessage());
    }
}
