package org.binder4j.cli.support;

import java.io.PrintStream;

/**
 * One {@code binder4j} operator command. {@link CommandRunner} runs it and turns its exceptions into
 * exit statuses: {@link HelpRequested} prints {@link #help()} (0), {@link UsageException} says what was
 * wrong with the arguments (2), {@link CommandFailure} says what went wrong (1).
 */
public interface Command {
    /** The name typed after {@code binder4j}. */
    String name();

    /** What {@code binder4j help} shows for it: the synopsis and one line (or two) of description. */
    String summary();

    /** What {@code --help} prints: usage, what the output means, options, examples. */
    String help();

    /** Runs the command on its arguments (those after its name); returns the exit status. */
    int run(String[] args, PrintStream out, PrintStream err) throws Exception;
}
