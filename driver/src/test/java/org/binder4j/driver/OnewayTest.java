package org.binder4j.driver;

import static org.binder4j.driver.DriverHarness.assertReturns;
import static org.binder4j.driver.DriverHarness.find;
import static org.binder4j.protocol.Returns.BR_NOOP;
import static org.binder4j.protocol.Returns.BR_REPLY;
import static org.binder4j.protocol.Returns.BR_TRANSACTION;
import static org.binder4j.protocol.Returns.BR_TRANSACTION_COMPLETE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.binder4j.driver.DriverHarness.TestProc;
import org.binder4j.driver.DriverHarness.TestThread;
import org.binder4j.protocol.TransactionFlags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Oneway calls: serialized per node by BC_FREE_BUFFER, parallel across nodes (scenarios 48, 49). */
class OnewayTest {
    private final DriverHarness harness = new DriverHarness();
    private final TestProc serverProc = harness.proc(100, 1000);
    private final TestProc clientProc = harness.proc(200, 2000);
    private final TestThread s1 = serverProc.looper(101);
    private final TestThread s2 = serverProc.looper(102);
    private final TestThread client = clientProc.looper(201);

    OnewayTest() {
        assertEquals(0, serverProc.becomeContextManager());
    }

    @AfterEach
    void noLeaks() {
        harness.close();
    }

    @Test
    void scenario48_nextOnewayToANodeWaitsForTheFreeOfThePrevious() {
        assertReturns(client.transaction(0, 1, TransactionFlags.TF_ONE_WAY, Parcel.empty()).read(), BR_NOOP,
                BR_TRANSACTION_COMPLETE);
        assertReturns(client.transaction(0, 2, TransactionFlags.TF_ONE_WAY, Parcel.empty()).read(), BR_NOOP,
                BR_TRANSACTION_COMPLETE);

        Ret first = find(s1.read(), BR_TRANSACTION);
        assertEquals(1, first.code());
        assertEquals(List.of(), s2.read(), "the second waits although a thread is free");
        assertEquals(List.of(), s2.readBlocking());

        s1.freeBuffer(first).write();

        assertEquals(List.of(s2.thread), harness.takeWoken());
        Ret second = find(s2.read(), BR_TRANSACTION);
        assertEquals(2, second.code());
        s2.freeBuffer(second).write();
    }

    @Test
    void scenario48_orderIsKeptForAHundredOneways() {
        for (int code = 0; code < 100; code++) {
            client.transaction(0, code, TransactionFlags.TF_ONE_WAY, Parcel.empty().putInt(code));
        }
        assertEquals(0, client.write());
        for (int code = 0; code < 100; code++) {
            Ret oneway = find(s1.read(), BR_TRANSACTION);
            assertEquals(code, oneway.code());
            assertEquals(List.of(), s2.read());
            s1.freeBuffer(oneway).write();
        }
        assertEquals(List.of(), s1.read());
        List<Ret> completions = client.read();
        assertEquals(101, completions.size(), "BR_NOOP and one completion per oneway: " + completions.size());
    }

    @Test
    void scenario49_onewaysToTwoNodesRunConcurrently() {
        // The server hands the client a second object.
        client.call(0, Parcel.empty()).read();
        Ret call = find(s1.read(), BR_TRANSACTION);
        s1.freeBuffer(call).reply(Parcel.empty().putBinder(0x900, 0x901)).read();
        Ret reply = find(client.read(), BR_REPLY);
        int second = clientProc.object(reply, 0).handle();
        client.acquire(second).freeBuffer(reply).write();
        s1.acknowledge(s1.read()).write();

        client.transaction(0, 10, TransactionFlags.TF_ONE_WAY, Parcel.empty())
                .transaction(second, 20, TransactionFlags.TF_ONE_WAY, Parcel.empty())
                .transaction(0, 11, TransactionFlags.TF_ONE_WAY, Parcel.empty())
                .transaction(second, 21, TransactionFlags.TF_ONE_WAY, Parcel.empty()).write();

        Ret a = find(s1.read(), BR_TRANSACTION);
        Ret b = find(s2.read(), BR_TRANSACTION);
        assertEquals(List.of(10, 20), List.of(a.code(), b.code()), "one per node, at the same time");
        assertEquals(0, a.ptr());
        assertEquals(0x900, b.ptr());
        assertEquals(List.of(), s1.read());

        s2.freeBuffer(b).write();
        Ret b2 = find(s2.read(), BR_TRANSACTION);
        assertEquals(21, b2.code());
        s1.freeBuffer(a).write();
        Ret a2 = find(s1.read(), BR_TRANSACTION);
        assertEquals(11, a2.code());
        s1.freeBuffer(a2).write();
        s2.freeBuffer(b2).write();
        client.release(second).write();
    }

    @Test
    void syncCallsAreNotQueuedBehindOneways() {
        client.oneway(0, Parcel.empty()).oneway(0, Parcel.empty()).write();
        TestThread caller = clientProc.looper(202);
        caller.call(0, Parcel.empty()).read();

        Ret oneway = find(s1.read(), BR_TRANSACTION);
        Ret call = find(s2.read(), BR_TRANSACTION);

        assertEquals(TransactionFlags.TF_ONE_WAY, oneway.flags());
        assertEquals(0, call.flags());
        s2.freeBuffer(call).reply(Parcel.empty()).read();
        caller.freeBuffer(find(caller.read(), BR_REPLY)).write();
        s1.freeBuffer(oneway).write();
        s1.freeBuffer(find(s1.read(), BR_TRANSACTION)).write();
    }
}
