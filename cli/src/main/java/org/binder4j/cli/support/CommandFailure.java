package org.binder4j.cli.support;

/** A command could not do its job; the message says what happened and, where it can, how to fix it. */
public final class CommandFailure extends RuntimeException {
    /** Exit status of a command that failed. */
    public static final int EXIT_STATUS = 1;

    private final int exitStatus;

    public CommandFailure(String message) {
        this(message, EXIT_STATUS);
    }

    public CommandFailure(String message, int exitStatus) {
        super(message);
        this.exitStatus = exitStatus;
    }

    public int exitStatus() {
        return exitStatus;
    }
}
