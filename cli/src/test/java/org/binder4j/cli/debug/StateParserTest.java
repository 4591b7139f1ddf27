package org.binder4j.cli.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.binder4j.cli.debug.StateView.Proc;
import org.binder4j.cli.debug.StateView.Transaction;
import org.junit.jupiter.api.Test;

/** Every kind of line the driver's "state" and "transactions" views print (see the driver's DebugViews). */
class StateParserTest {
    private static final String STATE = """
            binder state:
            dead nodes:
              node 3: u0000000000001000 c0000000000002000 hs 1 hw 1 ls 1 lw 0 is 2 iw 2 tr 0 proc 100 300
                pending async transaction 12: from 300:301 to 200:0 code 5 flags 11 r0 elapsed 7ms node 3 size 8:0 offset 10
            proc 100
            context binder
              thread 101: l 12 need_return 0 tr 0
                incoming transaction 9: from 300:301 to 100:101 code 1 flags 10 r1 elapsed 1500ms node 1 size 16:8 offset 0
                outgoing transaction 10: from 100:101 to 200:201 code 2 flags 10 r1 elapsed 3ms
                bad transaction 11: from 400:401 to 500:0 code 3 flags 0 r1 elapsed 0ms
                pending transaction 13: from 300:302 to 100:101 code 4 flags 0 r1 elapsed 2ms buffer free
                transaction error: 29189
                transaction complete
                node work 1: u0000000000000000 c0000000000000000
                has dead binder
                has cleared dead binder
                has cleared death notification
              node 1: u0000000000000000 c0000000000000000 hs 1 hw 1 ls 1 lw 1 is 0 iw 0 tr 0
              ref 4: desc 1 node 3 s 1 w 0 d 0000000000000000
              ref 8: desc 2 dead node 3 s 1 w 1 d 0000000000000099
              buffer 9: 0 size 16:8:0 active
              buffer 14: 18 size 4:0:0 delivered
              pending transaction 15: from 300:301 to 100:0 code 1 flags 1 r0 elapsed 40ms node 1 size 4:0 offset 18
              transaction complete
              has delivered dead binder
            proc 300
            context binder
            """;

    @Test
    void everyLineOfTheStateViewIsRead() {
        StateView view = StateParser.parse(STATE);

        assertEquals("state", view.view());
        assertEquals(1, view.deadNodes().size());
        StateView.Node dead = view.deadNodes().getFirst();
        assertEquals(List.of(100, 300), dead.procs());
        assertEquals(2, dead.refs());
        assertEquals("0000000000001000", dead.ptr());
        Transaction async = dead.pendingAsync().getFirst();
        assertEquals("pending async", async.role());
        assertEquals(7, async.elapsedMs());

        Proc proc = view.procs().getFirst();
        assertEquals(100, proc.pid());
        assertEquals("binder", proc.context());
        StateView.BinderThread thread = proc.threads().getFirst();
        assertEquals(101, thread.tid());
        assertEquals("12", thread.looper());
        assertEquals(List.of("incoming", "outgoing", "bad"), thread.transactions().stream().map(Transaction::role).toList());
        Transaction incoming = thread.transactions().getFirst();
        assertEquals(new StateView.Endpoint(300, 301), incoming.from());
        assertEquals(new StateView.Endpoint(100, 101), incoming.to());
        assertEquals(1500, incoming.elapsedMs());
        assertEquals(1, incoming.node());
        assertEquals(16L, incoming.dataSize());
        assertEquals(8L, incoming.offsetsSize());
        assertTrue(incoming.needReply());
        Transaction outgoing = thread.transactions().get(1);
        assertNull(outgoing.dataSize(), "buffer details only where the buffer is");
        assertFalse(outgoing.bufferFreed());
        assertEquals(List.of("transaction", "transaction error", "transaction complete", "node work", "dead binder",
                "cleared dead binder", "cleared death notification"),
                thread.pending().stream().map(StateView.Work::kind).toList());
        assertTrue(thread.pending().getFirst().transaction().bufferFreed());
        assertEquals(29189L, thread.pending().get(1).error());
        assertEquals(1, thread.pending().get(3).node());

        assertEquals(List.of(false, true), proc.refs().stream().map(StateView.Ref::dead).toList());
        assertEquals("0000000000000099", proc.refs().get(1).death());
        assertEquals(List.of("active", "delivered"), proc.buffers().stream().map(StateView.Buffer::state).toList());
        assertEquals("18", proc.buffers().get(1).offset());
        assertEquals(List.of("transaction", "transaction complete"), proc.pending().stream().map(StateView.Work::kind).toList());
        assertTrue(proc.hasDeliveredDeadBinder());
        assertEquals(300, view.procs().get(1).pid());
    }

    @Test
    void theOldestTransactionOfAProcessCountsEveryPlaceOneWaits() {
        StateView view = StateParser.parse(STATE);

        assertEquals(1500, view.oldestTransactionMs(100));
        assertEquals(-1, view.oldestTransactionMs(300));
        assertEquals(-1, view.oldestTransactionMs(999));
    }

    @Test
    void theTransactionsViewHasTheSameFormat() {
        StateView view = StateParser.parse("binder transactions:\n");

        assertEquals("transactions", view.view());
        assertEquals(List.of(), view.procs());
    }

    @Test
    void anUnknownLineIsNamedWithItsNumber() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StateParser.parse("binder state:\nproc 1\ncontext binder\n  gizmo 3\n"));

        assertEquals("line 4 of the driver's state view has an unknown format: '  gizmo 3'", e.getMessage());
    }
}
