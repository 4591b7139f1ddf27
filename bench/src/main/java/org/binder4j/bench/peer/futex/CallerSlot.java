package org.binder4j.bench.peer.futex;

/** The one caller side of a shared-memory channel: handed out to one caller at a time. */
public final class CallerSlot {
    private final String channel;
    private boolean taken;

    public CallerSlot(String channel) {
        this.channel = channel;
    }

    /** @throws IllegalStateException if a caller holds it already */
    public synchronized void take() {
        if (taken) {
            throw new IllegalStateException("the " + channel + " channel has one caller at a time; more client threads"
                    + " need more channels");
        }
        taken = true;
    }

    public synchronized void release() {
        taken = false;
    }
}
