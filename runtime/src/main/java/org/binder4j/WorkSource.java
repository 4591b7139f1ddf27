package org.binder4j;

/**
 * Per-thread calling work source: the uid that work is being done for, which outgoing calls put in
 * the interface token when propagation is on, and which {@link Parcel#enforceInterface} adopts from an
 * incoming call. A saved state is a token: the uid in the low 32 bits, the propagate flag in bit 32.
 */
final class WorkSource {
    static final int UNSET = -1;

    private static final long PROPAGATE_BIT = 1L << 32;
    private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

    private static final class State {
        int uid = UNSET;
        boolean propagate;

        long token() {
            return (propagate ? PROPAGATE_BIT : 0) | (uid & 0xffff_ffffL);
        }
    }

    private WorkSource() {}

    /** Sets this thread's work source and turns propagation on; returns the previous state. */
    static long set(int uid) {
        State s = STATE.get();
        long token = s.token();
        s.uid = uid;
        s.propagate = true;
        return token;
    }

    /** Propagates "no work source" (-1) from now on; returns the previous state. */
    static long clear() {
        return set(UNSET);
    }

    /** Sets this thread's work source without propagating it: outgoing calls carry -1. Returns the previous state. */
    static long setWithoutPropagation(int uid) {
        State s = STATE.get();
        long token = s.token();
        s.uid = uid;
        s.propagate = false;
        return token;
    }

    /** Keeps the uid but stops propagating it (as while running an incoming call); returns the previous state. */
    static long clearPropagation() {
        State s = STATE.get();
        long token = s.token();
        s.propagate = false;
        return token;
    }

    /** Puts back a state returned by {@link #set}, {@link #setWithoutPropagation}, {@link #clear} or {@link #clearPropagation}. */
    static void restore(long token) {
        State s = STATE.get();
        s.uid = (int) token;
        s.propagate = (token & PROPAGATE_BIT) != 0;
    }

    /** The work source this thread sees: the value set here, or the one from the incoming call's header. */
    static int get() {
        return STATE.get().uid;
    }

    /** What an outgoing interface token carries: the uid if propagation is on, else {@link #UNSET}. */
    static int headerValue() {
        State s = STATE.get();
        return s.propagate ? s.uid : UNSET;
    }

    /** Adopts the work source of an incoming call without turning propagation on. */
    static void onIncomingHeader(int uid) {
        STATE.get().uid = uid;
    }

    /** Whether outgoing calls of this thread carry the work source. */
    static boolean isPropagated() {
        return STATE.get().propagate;
    }
}
