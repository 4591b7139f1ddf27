package org.binder4j.servicemanager;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.binder4j.Binder;
import org.binder4j.IBinder;
import org.binder4j.IClientCallback;
import org.junit.jupiter.api.Test;

/** When a lazy service hears onClients(true) and onClients(false), with the driver's holder count faked. */
class ClientTrackerTest {
    private final List<String> log = new ArrayList<>();
    private final List<Boolean> told = new ArrayList<>();
    private int holders = 1;
    private final ClientTracker tracker = new ClientTracker(binder -> holders, new ServiceManagerLog() {
        @Override
        public void info(String message) {
            log.add(message);
        }

        @Override
        public void warn(String message) {
            log.add(message);
        }
    });
    private final ServiceRecord record = new ServiceRecord("lazy", new Binder("Lazy"), 8, 1000, 42);

    private void addCallback() {
        record.clientCallbacks.add(new IClientCallback.Stub() {
            @Override
            public void onClients(IBinder registered, boolean hasClients) {
                told.add(hasClients);
            }
        });
        tracker.callbackAdded(record);
    }

    @Test
    void aLookupCountsAsAClientUntilTheNextCheckButOne() {
        addCallback();
        tracker.lookedUp(record);
        assertEquals(List.of(true), told, "at once, before the client even has it");

        tracker.periodicCheck(record);
        assertEquals(List.of(true), told, "the first check after a lookup keeps the guarantee");
        tracker.periodicCheck(record);
        assertEquals(List.of(true, false), told, "nobody took it");
    }

    @Test
    void holdersAreSeenAtTheChecksAndFalseOnlyComesFromOne() {
        addCallback();
        holders = 2;
        tracker.periodicCheck(record);
        assertEquals(List.of(true), told);

        holders = 1;
        tracker.callbackAdded(record);
        assertEquals(List.of(true), told, "false waits for a periodic check");
        tracker.periodicCheck(record);
        assertEquals(List.of(true, false), told);
        tracker.periodicCheck(record);
        assertEquals(List.of(true, false), told, "told once");
    }

    @Test
    void aNewCallbackHearsAtOnceThatThereAreClients() {
        holders = 3;
        tracker.periodicCheck(record);
        assertEquals(List.of(), told, "no callback yet");

        addCallback();
        assertEquals(List.of(true), told);
        assertEquals(2, tracker.otherHolders(record));
    }

    @Test
    void aFailingCallbackIsLoggedAndTheOthersAreStillTold() {
        record.clientCallbacks.add(new IClientCallback.Stub() {
            @Override
            public void onClients(IBinder registered, boolean hasClients) {
                throw new IllegalStateException("broken callback");
            }
        });
        addCallback();
        tracker.lookedUp(record);

        assertEquals(List.of(true), told);
        assertEquals(1, log.size(), log.toString());
        assertEquals("could not tell the client callback of 'lazy' (pid 42) onClients(true):"
                + " java.lang.IllegalStateException: broken callback", log.getFirst());
    }
}
