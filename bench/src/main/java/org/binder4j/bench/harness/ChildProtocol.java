package org.binder4j.bench.harness;

/**
 * The lines the harness and its child JVMs exchange. Children print lines starting with {@link #PREFIX}
 * on standard output (everything else they print is kept for error reports); the harness writes
 * commands to a client's standard input. A child whose standard input ends exits: its harness is gone.
 */
public final class ChildProtocol {
    /** Starts every line the harness acts on. */
    public static final String PREFIX = "bench: ";
    /** A server is serving (followed by its endpoint), or a client is connected or warmed up. */
    public static final String READY = PREFIX + "READY";
    /** A client measured a run: followed by {@code key=value} words (see {@code RunOutcome}). */
    public static final String RESULT = PREFIX + "RESULT ";
    /** A client's run failed: followed by the reason; details follow on other lines. */
    public static final String FAILED = PREFIX + "FAILED ";

    /** Command: warm up for the load spec that follows, then print {@link #READY} and wait for {@link #GO}. */
    public static final String RUN = "RUN ";
    /** Command: start measuring now. */
    public static final String GO = "GO";
    /** Command: disconnect and exit. */
    public static final String EXIT = "EXIT";

    private ChildProtocol() {}

    /** Prints {@code line} on standard output at once. */
    public static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
