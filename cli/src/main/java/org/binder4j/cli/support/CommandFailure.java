package org.binder4j.cli.support;

/**
 * A command could not do its job: exit status {@value #EXIT_STATUS}. The message says what happened and,
 * where it can, how to fix it.
 */
public final class CommandFailure extends RuntimeException {
    public static final int EXIT_STATUS = 1;

    public CommandFailure(String message) {
        super(message);
    }
}
