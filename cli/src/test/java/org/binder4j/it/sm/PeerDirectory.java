package org.binder4j.it.sm;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.binder4j.Binder;
import org.binder4j.IBinder;
import org.binder4j.Parcel;

/**
 * The test's side of {@link PeerProtocol}: the object peers say hello to and report their events to. Waits
 * for either are bounded.
 */
final class PeerDirectory extends Binder {
    static final long WAIT_SECONDS = 60;

    private final ConcurrentHashMap<String, BlockingQueue<IBinder>> controls = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, BlockingQueue<String>> events = new ConcurrentHashMap<>();

    PeerDirectory() {
        super(PeerProtocol.DIRECTORY_DESCRIPTOR);
    }

    @Override
    protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) {
        if (code == PeerProtocol.HELLO) {
            data.enforceInterface(PeerProtocol.DIRECTORY_DESCRIPTOR);
            String label = data.readString();
            controls(label).add(data.readStrongBinder());
            return true;
        }
        if (code == PeerProtocol.EVENT) {
            data.enforceInterface(PeerProtocol.DIRECTORY_DESCRIPTOR);
            String label = data.readString();
            events(label).add(data.readString());
            return true;
        }
        return false;
    }

    /** The peer labelled {@code label}, once it said hello. */
    Peer awaitPeer(String label) throws InterruptedException {
        IBinder control = controls(label).poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (control == null) {
            fail("peer '" + label + "' did not say hello within " + WAIT_SECONDS + " s");
        }
        return new Peer(label, control);
    }

    /** The next event the peer labelled {@code label} reported. */
    String nextEvent(String label) throws InterruptedException {
        String event = events(label).poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (event == null) {
            fail("peer '" + label + "' reported nothing within " + WAIT_SECONDS + " s");
        }
        return event;
    }

    /** Events reported so far and not yet taken. */
    int pendingEvents(String label) {
        return events(label).size();
    }

    private BlockingQueue<IBinder> controls(String label) {
        return controls.computeIfAbsent(label, key -> new LinkedBlockingQueue<>());
    }

    private BlockingQueue<String> events(String label) {
        return events.computeIfAbsent(label, key -> new LinkedBlockingQueue<>());
    }
}
