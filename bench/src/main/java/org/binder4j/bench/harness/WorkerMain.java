package org.binder4j.bench.harness;

import java.util.concurrent.TimeUnit;
import org.binder4j.bench.LoadSpec;
import org.binder4j.bench.SystemId;
import org.binder4j.bench.SystemUnderTest;

/**
 * A client JVM: connects to one system under test, prints {@link ChildProtocol#READY}, then runs the
 * {@link ChildProtocol#RUN} commands the harness sends, one after the other, until
 * {@link ChildProtocol#EXIT}. Arguments: {@code --system ID --variant V --endpoint E --spin-us N}.
 */
public final class WorkerMain {
    /** Between runs the harness may start and stop whole systems. */
    private static final long COMMAND_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(30);
    /** The harness may start many other clients between this one's READY and GO. */
    private static final long GO_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(10);

    private WorkerMain() {}

    public static void main(String[] args) throws Exception {
        ParentLink parent = ParentLink.start();
        ChildArgs options = ChildArgs.parse(args);
        SystemUnderTest system = new SystemUnderTest(SystemId.fromId(options.get("system")), options.get("variant"));
        long spinNanos = TimeUnit.MICROSECONDS.toNanos(options.getLong("spin-us"));
        try (BenchConnection connection = Connections.open(system, options.get("endpoint"), spinNanos)) {
            ChildProtocol.say(ChildProtocol.READY);
            String command;
            while (!(command = parent.next(COMMAND_TIMEOUT_MS)).equals(ChildProtocol.EXIT)) {
                if (!command.startsWith(ChildProtocol.RUN)) {
                    throw new IllegalStateException("unknown command from the harness: '" + command + "'");
                }
                runOne(connection, LoadSpec.parse(command.substring(ChildProtocol.RUN.length())), parent);
            }
        }
        System.exit(0);
    }

    /** Says the client is warmed up and waits for the harness's go. */
    private static void awaitGo(ParentLink parent) throws InterruptedException {
        ChildProtocol.say(ChildProtocol.READY);
        String command = parent.next(GO_TIMEOUT_MS);
        if (!command.equals(ChildProtocol.GO)) {
            throw new IllegalStateException("expected " + ChildProtocol.GO + " from the harness, got '" + command + "'");
        }
    }

    /** Runs one spec; a failure is reported and the client stays up for the next command. */
    private static void runOne(BenchConnection connection, LoadSpec spec, ParentLink parent) {
        try {
            ChildProtocol.say(new LoadRunner(connection, spec, () -> awaitGo(parent)).run().toLine());
        } catch (Exception e) {
            e.printStackTrace(System.out);
            ChildProtocol.say(ChildProtocol.FAILED + String.valueOf(e).replace('\n', ' '));
        }
    }
}
