package org.binder4j.it.sm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.binder4j.IBinder;
import org.binder4j.ServiceConnector;
import org.binder4j.it.DaemonWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link ServiceConnector} across real processes: it waits for a server JVM, sees it killed with SIGKILL,
 * and connects to the next server that registers the name, without polling.
 */
@Timeout(300)
class ServiceConnectorTest {
    private static final String NAME = "test.connected";

    /** The callback's calls, as "connected" or "disconnected", with the binder and the thread they came on. */
    private record Event(String kind, IBinder service, String thread) {}

    private static final class Recorder implements ServiceConnector.Callback {
        final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

        @Override
        public void onServiceConnected(String name, IBinder service) {
            assertEquals(NAME, name);
            events.add(new Event("connected", service, Thread.currentThread().getName()));
        }

        @Override
        public void onServiceDisconnected(String name) {
            assertEquals(NAME, name);
            events.add(new Event("disconnected", null, Thread.currentThread().getName()));
        }

        Event next(String kind) throws InterruptedException {
            Event event = events.poll(PeerDirectory.WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(event, "no " + kind + " event within " + PeerDirectory.WAIT_SECONDS + " s");
            assertEquals(kind, event.kind());
            assertEquals("binder4j-connector:" + NAME, event.thread(), "the connector's own thread");
            return event;
        }
    }

    @Test
    void waitsForTheServerFollowsItsDeathAndReconnectsToItsSuccessor() throws Exception {
        try (DaemonWorld world = new DaemonWorld()) {
            Recorder recorder = new Recorder();
            try (ServiceConnector connector = ServiceConnector.connect(world.client(), NAME, recorder)) {
                assertNull(connector.service(), "no server yet");

                int first = world.startPeer(NAME);
                IBinder firstService = recorder.next("connected").service();
                assertTrue(firstService.pingBinder());
                assertSame(firstService, connector.service());

                world.kill(first);
                recorder.next("disconnected");
                assertNull(connector.service());
                assertFalse(firstService.isBinderAlive());

                world.startPeer(NAME);
                IBinder secondService = recorder.next("connected").service();
                assertNotSame(firstService, secondService);
                assertTrue(secondService.pingBinder(), "the successor answers");
                assertTrue(connector.isServiceManagerAlive());
            }
            assertTrue(recorder.events.isEmpty(), "closing calls nothing: " + recorder.events);
        }
    }

    @Test
    void aNewRegistrationOfTheNameDisconnectsFromTheOldObjectFirst() throws Exception {
        try (DaemonWorld world = new DaemonWorld()) {
            world.startPeer(NAME);
            Recorder recorder = new Recorder();
            try (ServiceConnector connector = ServiceConnector.connect(world.client(), NAME, recorder)) {
                IBinder original = recorder.next("connected").service();

                world.startPeer(NAME);

                recorder.next("disconnected");
                IBinder replacement = recorder.next("connected").service();
                assertNotSame(original, replacement);
                assertTrue(original.pingBinder(), "the old server still runs; it is just no longer registered");
                assertSame(replacement, connector.service());
            }
            assertNull(recorder.events.poll(), "closing calls nothing");
        }
    }

    @Test
    void anInvalidNameIsRefusedAtOnce() throws Exception {
        try (DaemonWorld world = new DaemonWorld()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ServiceConnector.connect(world.client(), "not a name", new Recorder()));
            assertTrue(e.getMessage().startsWith("Invalid service name 'not a name'"), e.getMessage());
        }
    }
}
