package org.binder4j.cli.debug;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cursor over the lines of one of the driver's debug views, for the parsers. A line that fits none
 * of the view's formats is an error naming the view, the line number and the line: the parsers know
 * every line the driver writes, and tests hold them to it.
 */
final class ViewLines {
    private final String view;
    private final List<String> lines;
    private int at;

    ViewLines(String view, String text) {
        this.view = view;
        this.lines = text.lines().toList();
    }

    boolean more() {
        return at < lines.size();
    }

    /** The next line, or "" at the end. */
    String peek() {
        return more() ? lines.get(at) : "";
    }

    String next() {
        if (!more()) {
            throw new IllegalStateException("the driver's " + view + " view ends early, after line " + at);
        }
        return lines.get(at++);
    }

    /** Consumes the next line, which must match {@code pattern} whole. */
    Matcher next(Pattern pattern) {
        String line = next();
        Matcher m = pattern.matcher(line);
        if (!m.matches()) {
            throw unexpected(line);
        }
        return m;
    }

    /** How many lines were consumed. */
    int position() {
        return at;
    }

    /** An error for the line just consumed. */
    IllegalStateException unexpected(String line) {
        return new IllegalStateException("line " + at + " of the driver's " + view + " view has an unknown format: '"
                + line + "'");
    }

    static int integer(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    static long number(Matcher m, int group) {
        return Long.parseLong(m.group(group));
    }
}
