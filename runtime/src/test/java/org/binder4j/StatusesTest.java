package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** What a caller sees for each failed status (scenario 16): Android's exception, with the exact status kept. */
class StatusesTest {

    @Test
    void remoteFailuresAreRemoteExceptionsCarryingTheStatus() {
        assertStatus(DeadObjectException.class, StatusCode.DEAD_OBJECT, Statuses.raise(StatusCode.DEAD_OBJECT, 0, null));
        RemoteException small = Statuses.raise(StatusCode.FAILED_TRANSACTION, 100, "no space");
        assertStatus(DeadObjectException.class, StatusCode.FAILED_TRANSACTION, small);
        assertTrue(small.getMessage().startsWith("Transaction failed on small parcel (100 bytes)"), small.getMessage());
        assertTrue(small.getMessage().endsWith(": no space"), small.getMessage());
        RemoteException large = Statuses.raise(StatusCode.FAILED_TRANSACTION, 300 * 1024, null);
        assertStatus(TransactionTooLargeException.class, StatusCode.FAILED_TRANSACTION, large);
        RemoteException unknown = Statuses.raise(-123, 0, null);
        assertEquals(RemoteException.class, unknown.getClass());
        assertEquals(-123, unknown.status());
        assertEquals("Unknown binder error code. 0xffffff85 (status -123)", unknown.getMessage());
        assertEquals(123, Statuses.raise(123, 0, null).status());
    }

    @Test
    void wellKnownStatusesAreThrownUncheckedWithTheStatusAsTheirCause() {
        assertUnchecked(IllegalArgumentException.class, StatusCode.BAD_VALUE);
        assertUnchecked(IllegalArgumentException.class, StatusCode.BAD_TYPE);
        assertUnchecked(SecurityException.class, StatusCode.PERMISSION_DENIED);
        assertUnchecked(NoSuchElementException.class, StatusCode.NAME_NOT_FOUND);
        assertUnchecked(UnsupportedOperationException.class, StatusCode.INVALID_OPERATION);
        assertUnchecked(IndexOutOfBoundsException.class, StatusCode.BAD_INDEX);
        assertUnchecked(ParcelFormatException.class, StatusCode.NOT_ENOUGH_DATA);
        assertUnchecked(NullPointerException.class, StatusCode.UNEXPECTED_NULL);
        OutOfMemoryError error = assertThrows(OutOfMemoryError.class, () -> Statuses.raise(StatusCode.NO_MEMORY, 0, null));
        assertEquals(StatusCode.NO_MEMORY, StatusCode.of(error));
    }

    private static void assertUnchecked(Class<? extends RuntimeException> type, int status) {
        RuntimeException e = assertThrows(type, () -> Statuses.raise(status, 0, "detail"));
        assertEquals(status, StatusCode.of(e), e.toString());
        assertTrue(e.getMessage().endsWith(": detail"), e.getMessage());
    }

    private static void assertStatus(Class<? extends RemoteException> type, int status, RemoteException e) {
        assertInstanceOf(type, e);
        assertEquals(status, e.status());
        assertEquals(status, StatusCode.of(e));
    }

    @Test
    void anExceptionNotFromAStatusHasNone() {
        assertEquals(StatusCode.OK, new RemoteException("no status").status());
        assertEquals(StatusCode.OK, StatusCode.of(new IllegalStateException("unrelated")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RemoteException("a failed transaction", StatusCode.OK));
        assertTrue(e.getMessage().contains("cannot be OK"), e.getMessage());
    }

    @Test
    void aLocalCallReportsTheStatusItsHandlerReturned() throws RemoteException {
        Binder binder = new Binder("d") {
            @Override
            protected int onTransactWithStatus(int code, Parcel data, Parcel reply, int flags) {
                return code == 1 ? StatusCode.OK : code == 2 ? StatusCode.UNKNOWN_TRANSACTION : -code;
            }
        };
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        try {
            assertTrue(binder.transact(1, data, reply, 0));
            assertFalse(binder.transact(2, data, reply, 0));
            assertEquals(-123, assertThrows(RemoteException.class, () -> binder.transact(123, data, reply, 0)).status());
            assertThrows(IllegalArgumentException.class, () -> binder.transact(-StatusCode.BAD_VALUE, data, reply, 0));
        } finally {
            data.recycle();
            reply.recycle();
        }
    }
}
