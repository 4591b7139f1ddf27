package org.binder4j.cli.support;

/** {@code --help} or {@code -h} where an option may stand: the command prints its help and stops. */
public final class HelpRequested extends RuntimeException {
    public HelpRequested() {
        super("help requested", null, false, false);
    }
}
