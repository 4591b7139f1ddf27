package org.binder4j.driver;

import static org.binder4j.driver.DriverHarness.find;
import static org.binder4j.protocol.Returns.BR_REPLY;
import static org.binder4j.protocol.Returns.BR_TRANSACTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.binder4j.driver.DriverHarness.TestProc;
import org.binder4j.driver.DriverHarness.TestThread;
import org.binder4j.protocol.Errno;
import org.binder4j.protocol.NodeInfoForRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * BINDER_GET_NODE_INFO_FOR_REF: the context manager learns how many hold a node it references, which is
 * how the service manager tells a lazy service's clients apart from its own reference.
 */
class NodeInfoForRefTest {
    private static final long PTR = 0x7000_1000L;
    private static final long COOKIE = 0x7000_2000L;

    private final DriverHarness harness = new DriverHarness();
    private final TestProc managerProc = harness.proc(100, 1000);
    private final TestProc ownerProc = harness.proc(200, 2000);
    private final TestProc clientProc = harness.proc(300, 3000);
    private final TestThread manager = managerProc.looper(101);
    private final TestThread owner = ownerProc.looper(201);
    private final TestThread client = clientProc.looper(301);

    NodeInfoForRefTest() {
        assertEquals(0, managerProc.becomeContextManager());
    }

    @AfterEach
    void noLeaks() {
        harness.close();
    }

    @Test
    void strongCountIsOnePerHolderPlusWhatIsInFlight() {
        int published = harness.publish(owner, manager, PTR, COOKIE);
        assertCounts(published, 1, 1, "only the manager holds it");

        int clientHandle = harness.lookup(client, manager, published);
        assertCounts(published, 2, 2, "the client holds it too");

        client.call(clientHandle, Parcel.empty()).write();
        assertCounts(published, 3, 2, "a call to it is in flight, from the same two holders");
        Ret call = find(owner.read(), BR_TRANSACTION);
        owner.freeBuffer(call).reply(Parcel.empty()).read();
        Ret reply = find(client.read(), BR_REPLY);
        client.freeBuffer(reply).write();
        assertCounts(published, 2, 2, "the call is over");

        client.release(clientHandle).write();
        assertCounts(published, 1, 1, "the client dropped its strong reference");
    }

    @Test
    void aDeadNodeStillAnswers() {
        int published = harness.publish(owner, manager, PTR, COOKIE);
        harness.lookup(client, manager, published);
        ownerProc.release();

        assertCounts(published, 2, 2, "the refs outlive the owner");
        clientProc.release();
        assertCounts(published, 1, 1, "the client died");
    }

    @Test
    void onlyTheContextManagerMayAsk() {
        int published = harness.publish(owner, manager, PTR, COOKIE);
        int clientHandle = harness.lookup(client, manager, published);
        NodeInfoForRef info = info(clientHandle);

        assertEquals(-Errno.EPERM, harness.driver.getNodeInfoForRef(clientProc.proc, info));
        assertEquals(0, info.strongCount, "nothing filled in");
    }

    @Test
    void aHandleThatIsNotAStrongReferenceIsInvalid() {
        int published = harness.publish(owner, manager, PTR, COOKIE);
        assertEquals(-Errno.EINVAL, harness.driver.getNodeInfoForRef(managerProc.proc, info(published + 7)), "unknown");
        assertEquals(-Errno.EINVAL, harness.driver.getNodeInfoForRef(managerProc.proc, info(-1)), "negative");

        manager.increfs(published).release(published).write();
        assertEquals(-Errno.EINVAL, harness.driver.getNodeInfoForRef(managerProc.proc, info(published)), "weak only");
    }

    private void assertCounts(int handle, int strongCount, int strongRefProcs, String when) {
        NodeInfoForRef info = info(handle);
        assertEquals(0, harness.driver.getNodeInfoForRef(managerProc.proc, info), when);
        assertEquals(strongCount, info.strongCount, "strong count: " + when);
        assertEquals(strongRefProcs, info.strongRefProcs, "holding processes: " + when);
        assertEquals(0, info.weakCount, "local weak count: " + when);
    }

    private static NodeInfoForRef info(int handle) {
        NodeInfoForRef info = new NodeInfoForRef();
        info.handle = handle;
        return info;
    }
}
