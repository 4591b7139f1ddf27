package org.binder4j.aidl.java;

/**
 * Java source text with four-space indentation, lines wrapped at {@value #WIDTH} columns where Java allows (after a
 * comma, an assignment or the parenthesis of a call, before {@code throws} or an operator; never inside a literal or a
 * comment), the continuation indented twice. Members are separated by {@link #blank()}, which puts one empty line
 * before the next line unless that line opens or closes a block.
 */
final class JavaWriter {
    private static final String INDENT = "    ";
    private static final int WIDTH = 120;
    private static final String CONTINUATION = INDENT + INDENT;
    /** Where a line may break: the break goes after the first space of these, dropping the spaces around it. */
    private static final String[] BREAKS_BEFORE = {" throws ", " && ", " || ", " ? ", " : ", " + "};

    private final StringBuilder text = new StringBuilder();
    private int depth;
    private boolean blankPending;
    private boolean atBlockStart = true;

    /** One line at the current indentation, wrapped if too long. */
    JavaWriter line(String line) {
        if (blankPending && !atBlockStart) {
            text.append('\n');
        }
        blankPending = false;
        atBlockStart = false;
        if (line.isEmpty()) {
            text.append('\n');
            return this;
        }
        String indent = INDENT.repeat(depth);
        if (isComment(line)) {
            text.append(indent).append(line).append('\n');
            return this;
        }
        String rest = line;
        String prefix = indent;
        while (prefix.length() + rest.length() > WIDTH) {
            int at = breakPoint(rest, WIDTH - prefix.length(), WIDTH - indent.length() - CONTINUATION.length());
            if (at <= 0) {
                break;
            }
            text.append(prefix).append(rest, 0, at).append('\n');
            rest = rest.substring(at).stripLeading();
            prefix = indent + CONTINUATION;
        }
        text.append(prefix).append(rest).append('\n');
        return this;
    }

    /** {@code header {}, then indents. */
    JavaWriter open(String header) {
        line(header + " {");
        depth++;
        atBlockStart = true;
        return this;
    }

    /** Unindents, then {@code }}. */
    JavaWriter close() {
        return close("");
    }

    /** Unindents, then {@code }} followed by {@code suffix} (such as {@code ;}). */
    JavaWriter close(String suffix) {
        if (depth == 0) {
            throw new IllegalStateException("close() without open()");
        }
        depth--;
        blankPending = false;
        line("}" + suffix);
        return this;
    }

    /** Closes a block and opens the next on the same line: {@code } else {}, {@code } finally {}. */
    JavaWriter next(String header) {
        close(" " + header + " {");
        depth++;
        atBlockStart = true;
        return this;
    }

    /** An empty line before the next one, unless it starts or ends a block. */
    JavaWriter blank() {
        blankPending = true;
        return this;
    }

    String text() {
        if (depth != 0) {
            throw new IllegalStateException(depth + " blocks left open");
        }
        return text.toString();
    }

    private static boolean isComment(String line) {
        return line.startsWith("/*") || line.startsWith("*") || line.startsWith(" *") || line.startsWith("//");
    }

    /**
     * Where {@code line} breaks within {@code limit}: among the positions Java allows, outside string and char
     * literals, the rightmost of the least nested in parentheses; 0 if there is none. An assignment breaks only if
     * what follows it fits in {@code continuationLimit}.
     */
    private static int breakPoint(String line, int limit, int continuationLimit) {
        int best = 0;
        int bestDepth = Integer.MAX_VALUE;
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < line.length() && i < limit; i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            int candidate = 0;
            switch (c) {
                case '"', '\'' -> quote = c;
                case '(' -> {
                    depth++;
                    candidate = i > 0 && Character.isJavaIdentifierPart(line.charAt(i - 1))
                            && !line.startsWith(")", i + 1) ? i + 1 : 0;
                }
                case '{', '[' -> depth++;
                case ')', '}', ']' -> depth--;
                case '<' -> depth += isTypeArgumentStart(line, i) ? 1 : 0;
                case '>' -> depth -= i > 0 && line.charAt(i - 1) != ' ' && line.charAt(i - 1) != '-' ? 1 : 0;
                case ',' -> candidate = line.startsWith(" ", i + 1) ? i + 1 : 0;
                case '=' -> candidate = isAssignment(line, i) && line.startsWith(" ", i + 1)
                        && line.length() - i - 2 <= continuationLimit ? i + 1 : 0;
                case ' ' -> candidate = i > 0 && startsBreakBefore(line, i) ? i : 0;
                default -> { }
            }
            if (candidate > 0 && depth <= bestDepth) {
                best = candidate;
                bestDepth = depth;
            }
        }
        return best;
    }

    /** Whether the {@code <} at {@code i} opens type arguments (it follows a name directly, not a blank). */
    private static boolean isTypeArgumentStart(String line, int i) {
        return i > 0 && Character.isJavaIdentifierPart(line.charAt(i - 1)) && i + 1 < line.length()
                && line.charAt(i + 1) != ' ' && line.charAt(i + 1) != '=';
    }

    /** Whether the {@code =} at {@code i} is an assignment, not part of {@code ==}, {@code <=}, {@code !=}... */
    private static boolean isAssignment(String line, int i) {
        return i > 0 && line.charAt(i - 1) == ' ' && (i + 1 >= line.length() || line.charAt(i + 1) != '=');
    }

    private static boolean startsBreakBefore(String line, int i) {
        for (String token : BREAKS_BEFORE) {
            if (line.startsWith(token, i)) {
                return true;
            }
        }
        return false;
    }
}
