package org.binder4j.cli.support;

/** The arguments of a command are wrong: exit status {@value #EXIT_STATUS}, with what is wrong. */
public final class UsageException extends RuntimeException {
    public static final int EXIT_STATUS = 2;

    public UsageException(String message) {
        super(message);
    }
}
