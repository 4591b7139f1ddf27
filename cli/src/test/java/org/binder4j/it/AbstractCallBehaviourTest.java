package org.binder4j.it;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.binder4j.Binder;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.StatusCode;
import org.junit.jupiter.api.Test;

/**
 * What a call carries besides its arguments, over every transport: the status a handler returns, the
 * work source, the flags, and the reply header on the wire. Scenario numbers refer to section 11 of the
 * behavioural reference.
 */
abstract class AbstractCallBehaviourTest extends AbstractWorldTest {

    @Test
    void scenario16_theCallerSeesExactlyTheStatusTheHandlerReturned() throws Exception {
        for (int status : new int[] {-123, 123}) {
            RemoteException e = assertThrows(RemoteException.class, () -> transactStatus(service, status));
            assertEquals(status, e.status(), e.getMessage());
            assertEquals(status, StatusCode.of(e));
        }
        // BAD_VALUE is thrown the way Android maps it; the status is still there.
        IllegalArgumentException badValue = assertThrows(IllegalArgumentException.class,
                () -> transactStatus(service, StatusCode.BAD_VALUE));
        assertEquals(StatusCode.BAD_VALUE, StatusCode.of(badValue), badValue.toString());
        assertTrue(transactStatus(service, StatusCode.OK));
        assertFalse(transactStatus(service, StatusCode.UNKNOWN_TRANSACTION));

        // A oneway caller does not see the status.
        oneway(service, TestService.RETURN_STATUS, request(-123));
        // Called locally, the same object reports the same status.
        RemoteException local = assertThrows(RemoteException.class, () -> transactStatus(new TestService(), -123));
        assertEquals(-123, local.status());
        assertTrue(service.pingBinder(), "the peer goes on");
    }

    private static boolean transactStatus(IBinder target, int status) throws RemoteException {
        Parcel data = request(status);
        Parcel reply = Parcel.obtain();
        try {
            return target.transact(TestService.RETURN_STATUS, data, reply, 0);
        } finally {
            data.recycle();
            reply.recycle();
        }
    }

    @Test
    void scenario22_theWorkSourceTravelsInTheHeaderOnlyWhenPropagated() throws Exception {
        assertEquals(-1, callForInt(service, TestService.WORK_SOURCE, request()), "unset by default");
        long token = Binder.setCallingWorkSourceUid(100);
        try {
            assertEquals(100, callForInt(service, TestService.WORK_SOURCE, request()));
            // The handler reads it, but does not pass it on by itself: here it calls back into this process.
            Parcel data = request();
            data.writeStrongBinder(new TestService());
            Parcel reply = call(service, TestService.WORK_SOURCE, data);
            assertEquals(100, reply.readInt(), "every following call carries it");
            assertEquals(-1, reply.readInt(), "the handler's own call carries none");
            reply.recycle();
        } finally {
            Binder.restoreCallingWorkSource(token);
        }
        assertEquals(-1, callForInt(service, TestService.WORK_SOURCE, request()), "restored");

        token = Binder.setCallingWorkSourceUidWithoutPropagation(100);
        try {
            assertEquals(100, Binder.getCallingWorkSourceUid());
            assertEquals(-1, callForInt(service, TestService.WORK_SOURCE, request()), "set without propagation");
        } finally {
            Binder.restoreCallingWorkSource(token);
        }
    }

    @Test
    void scenario43_clearBufCallsSucceedAndTheHandlerSeesTheFlag() throws Exception {
        Parcel reply = call(service, TestService.FLAGS, request(), IBinder.FLAG_CLEAR_BUF);
        assertEquals(IBinder.FLAG_CLEAR_BUF, reply.readInt() & IBinder.FLAG_CLEAR_BUF);
        reply.recycle();
        assertEquals(0, callForInt(service, TestService.FLAGS, request()) & IBinder.FLAG_CLEAR_BUF);
        // That the reply travels flagged too, and is zeroed when freed, is only visible to a raw client:
        // DaemonRawProtocolTest.scenario43_theReplyToAClearBufCallIsFlaggedAndZeroedWhenFreed.
    }

    @Test
    void scenario62_replyHeadersOnTheWire() throws Exception {
        Parcel success = call(service, TestService.SUCCEED, request(7));
        assertArrayEquals(words(0, 7), success.marshall(), "int32 0, then the result");
        success.recycle();

        Parcel data = request(TestService.KIND_ILLEGAL_ARGUMENT);
        data.writeString("bad");
        Parcel failure = call(service, TestService.THROW, data);
        // EX_ILLEGAL_ARGUMENT, String16 "bad" (length 3; 'b' 'a' 'd' NUL), int32 0: no remote stack trace.
        assertArrayEquals(words(-3, 3, 0x00610062, 0x00000064, 0), failure.marshall());
        failure.recycle();
    }

    @Test
    void scenario63_readersSkipTheFatAndAppOpsReplyHeaders() throws Exception {
        // -128 (StrictMode "fat" header), its size counting itself, 8 bytes of payload, then the results.
        Parcel fat = call(service, TestService.REPLY_INTS, ints(-128, 12, 0x11111111, 0x22222222, 42));
        fat.readException();
        assertEquals(42, fat.readInt());
        fat.recycle();

        // -127 (app-ops header) with its payload; the real header follows: success, then a fat header.
        Parcel appOps = call(service, TestService.REPLY_INTS, ints(-127, 8, 0x33333333, 0, 43));
        appOps.readException();
        assertEquals(43, appOps.readInt());
        appOps.recycle();
        Parcel both = call(service, TestService.REPLY_INTS, ints(-127, 8, 0x33333333, -128, 8, 0x44444444, 44));
        both.readException();
        assertEquals(44, both.readInt());
        both.recycle();

        // After an app-ops header an exception is still an exception: EX_ILLEGAL_ARGUMENT "e".
        Parcel thrown = call(service, TestService.REPLY_INTS, ints(-127, 8, 0x33333333, -3, 1, 0x00000065, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, thrown::readException);
        assertEquals("e", e.getMessage());
        thrown.recycle();
    }

    private static Parcel ints(int... words) {
        Parcel data = request();
        data.writeIntArray(words);
        return data;
    }

    /** {@code words} as little-endian int32s. */
    private static byte[] words(int... words) {
        ByteBuffer bytes = ByteBuffer.allocate(4 * words.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int word : words) {
            bytes.putInt(word);
        }
        return bytes.array();
    }
}
