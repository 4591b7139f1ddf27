package org.binder4j.cli.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.binder4j.cli.debug.StateView.Endpoint;
import org.junit.jupiter.api.Test;

/** The driver's "stats" view and transaction logs, every kind of line (see the driver's DebugViews). */
class StatsParserTest {
    private static final String STATS = """
            binder stats:
            BC_TRANSACTION: 23
            BC_REPLY: 21
            BR_TRANSACTION: 21
            BR_REPLY: 21
            proc: active 2 total 13
            transaction: active 1 total 42
            bytes copied: 2376
            user errors: 2
              1695:1796 transaction 48 failed: node 1 of pid 456 does not accept file descriptors
              1797:2012 transaction 52 failed
            proc 456
            context binder
              name: servicemanager: the one
              uid: 4294967294
              threads: 3
              requested threads: 1+2/15
              ready threads 1
              free async space 520192
              nodes: 4
              refs: 5 s 6 w 7
              buffers: 2
              buffer space: 104/1040384
              pending transactions: 1
              BC_TRANSACTION: 3
              BR_TRANSACTION: 2
            proc 500
            context binder
              name: quiet
              uid: 0
              threads: 0
              requested threads: 0+0/0
              ready threads 0
              free async space 0
              nodes: 0
              refs: 0 s 0 w 0
              buffers: 0
              buffer space: 0/0
              pending transactions: 0
            """;

    @Test
    void everyLineOfTheStatsViewIsRead() {
        StatsView stats = StatsParser.parse(STATS);

        assertEquals(Map.of("BC_TRANSACTION", 23L, "BC_REPLY", 21L, "BR_TRANSACTION", 21L, "BR_REPLY", 21L), stats.counters());
        assertEquals(new StatsView.Objects(1, 42), stats.objects().get("transaction"));
        assertEquals(2376, stats.bytesCopied());
        assertEquals(2, stats.userErrors());
        assertEquals("1797:2012 transaction 52 failed", stats.recentUserErrors().get(1));
        StatsView.Proc proc = stats.procs().getFirst();
        assertEquals(new StatsView.Proc(456, "binder", "servicemanager: the one", 4294967294L, 3, 1, 2, 15, 1, 520192, 4, 5,
                6, 7, 2, 104, 1040384, 1, Map.of("BC_TRANSACTION", 3L, "BR_TRANSACTION", 2L)), proc);
        assertEquals(0, proc.counter("BC_REPLY"));
        assertEquals(0, stats.procs().get(1).bufferBytes());
    }

    @Test
    void aMissingFieldIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StatsParser.parse("binder stats:\nproc 1\ncontext binder\n  threads: 1\n"));

        assertTrue(e.getMessage().startsWith("the driver's stats view has no 'requested threads'"), e.getMessage());
    }

    @Test
    void transactionLogEntriesAreRead() {
        List<TransactionLogEntry> entries = TransactionLogEntry.parse("transaction_log", """
                52: call  from 1797:2012 to 456:0 context binder node 1 handle 0 size 28:8 ret 29201/-1 l=24
                54: async from 2025:2225 to 456:0 context binder node 1 handle 4294967295 size 88:0 ret 0/0 l=0
                55: reply from 456:25 to 2025:2225 context binder node 0 handle 0 size 32:0 ret 0/0 l=0
                """);

        assertEquals(new TransactionLogEntry(52, "call", new Endpoint(1797, 2012), new Endpoint(456, 0), "binder", 1, 0, 28, 8,
                29201, -1, 24), entries.getFirst());
        assertEquals(List.of("call", "async", "reply"), entries.stream().map(TransactionLogEntry::type).toList());
        assertEquals(4294967295L, entries.get(1).handle());
        assertThrows(IllegalStateException.class, () -> TransactionLogEntry.parse("transaction_log", "52: call\n"));
    }
}
