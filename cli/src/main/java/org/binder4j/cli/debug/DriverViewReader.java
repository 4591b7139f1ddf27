package org.binder4j.cli.debug;

import java.nio.file.Path;
import org.binder4j.cli.support.CommandFailure;
import org.binder4j.protocol.DriverSession;

/** Reading and parsing the driver's debug views over a session, with failures a command can report. */
public final class DriverViewReader {
    private final DriverSession session;
    private final Path socket;

    public DriverViewReader(DriverSession session, Path socket) {
        this.session = session;
        this.socket = socket;
    }

    /** The text of view {@code name} ("state", "stats", ...). */
    public String text(String name) {
        try {
            return session.debugView(name);
        } catch (IllegalStateException e) {
            throw new CommandFailure("the daemon at " + socket + " went away while sending its " + name + " view ("
                    + e.getMessage() + ")");
        }
    }

    /** The "state" or "transactions" view, parsed. */
    public StateView state(String name) {
        String text = text(name);
        try {
            return StateParser.parse(text);
        } catch (IllegalStateException e) {
            throw unreadable(e);
        }
    }

    /** The "stats" view, parsed. */
    public StatsView stats() {
        String text = text("stats");
        try {
            return StatsParser.parse(text);
        } catch (IllegalStateException e) {
            throw unreadable(e);
        }
    }

    /** Any view, parsed: a {@link StateView}, {@link StatsView} or list of {@link TransactionLogEntry}. */
    Object parsed(String name) {
        return switch (name) {
            case "state", "transactions" -> state(name);
            case "stats" -> stats();
            default -> {
                String text = text(name);
                try {
                    yield TransactionLogEntry.parse(name, text);
                } catch (IllegalStateException e) {
                    throw unreadable(e);
                }
            }
        };
    }

    private static CommandFailure unreadable(IllegalStateException e) {
        return new CommandFailure("cannot read the driver's view: " + e.getMessage()
                + " (is the daemon from another binder4j version?)");
    }
}
