package org.binder4j.cli.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.binder4j.aidl.model.ConstantValue;
import org.binder4j.cli.support.UsageException;

/**
 * The text of one {@code service call NAME METHOD} argument, parsed before its AIDL type gives it a meaning: a
 * scalar ({@code 7}, {@code ADD}, {@code "a, b"}), an array {@code [a,b,c]} or a parcelable {@code {x=1,y=2}}.
 * JSON is accepted as well ({@code {"x": 1}}). At the top level an unquoted word is taken whole, blanks and commas
 * included, so that a String argument needs no quotes; an unquoted {@code null} is null.
 */
sealed interface Literal {
    /** A word or a quoted string; {@code quoted} keeps {@code "null"} a string. */
    record Scalar(String text, boolean quoted) implements Literal {
        boolean isNull() {
            return !quoted && text.equals("null");
        }
    }

    record Items(List<Literal> items) implements Literal {}

    /** Field names to values, in the order written. */
    record Fields(Map<String, Literal> fields) implements Literal {}

    /**
     * Parses one argument.
     *
     * @throws UsageException naming {@code where} and the offending position
     */
    static Literal parse(String text, String where) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || "[{\"".indexOf(trimmed.charAt(0)) < 0) {
            return new Scalar(text, false);
        }
        Reader reader = new Reader(trimmed, where);
        Literal literal = reader.value();
        reader.expectEnd();
        return literal;
    }

    /** The literal a constant (a field's default) would be written as. */
    static Literal of(ConstantValue value) {
        return switch (value) {
            case ConstantValue.BooleanValue b -> new Scalar(Boolean.toString(b.value()), false);
            case ConstantValue.IntegralValue i -> new Scalar(Long.toString(i.value()), false);
            case ConstantValue.FloatValue f -> new Scalar(Float.toString(f.value()), false);
            case ConstantValue.DoubleValue d -> new Scalar(Double.toString(d.value()), false);
            case ConstantValue.CharValue c -> new Scalar(String.valueOf(c.value()), true);
            case ConstantValue.StringValue s -> new Scalar(s.value(), true);
            case ConstantValue.EnumeratorValue e -> new Scalar(Long.toString(e.value()), false);
            case ConstantValue.ArrayValue a -> new Items(a.elements().stream().map(Literal::of).toList());
        };
    }

    /** Recursive descent over one argument's text. */
    final class Reader {
        private static final String DELIMITERS = ",]}=:";
        private final String text;
        private final String where;
        private int next;

        Reader(String text, String where) {
            this.text = text;
            this.where = where;
        }

        Literal value() {
            skipBlanks();
            if (next == text.length()) {
                throw error("a value");
            }
            return switch (text.charAt(next)) {
                case '[' -> items();
                case '{' -> fields();
                case '"' -> new Scalar(quoted(), true);
                default -> new Scalar(word(), false);
            };
        }

        void expectEnd() {
            skipBlanks();
            if (next < text.length()) {
                throw error("the end");
            }
        }

        private Items items() {
            next++;
            List<Literal> items = new ArrayList<>();
            if (!consume(']')) {
                do {
                    items.add(value());
                } while (consume(','));
                expect(']');
            }
            return new Items(items);
        }

        private Fields fields() {
            next++;
            Map<String, Literal> fields = new LinkedHashMap<>();
            if (!consume('}')) {
                do {
                    skipBlanks();
                    String name = next < text.length() && text.charAt(next) == '"' ? quoted() : word();
                    if (!consume('=') && !consume(':')) {
                        throw error("'=' after field " + name);
                    }
                    if (fields.put(name, value()) != null) {
                        throw new UsageException(where + ": field " + name + " is given twice");
                    }
                } while (consume(','));
                expect('}');
            }
            return new Fields(fields);
        }

        private String word() {
            int start = next;
            while (next < text.length() && DELIMITERS.indexOf(text.charAt(next)) < 0
                    && !Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next == start) {
                throw error("a value");
            }
            return text.substring(start, next);
        }

        /** A JSON string: backslash escapes \" \\ \/ \b \f \n \r \t and \\uXXXX. */
        private String quoted() {
            next++;
            StringBuilder out = new StringBuilder();
            while (next < text.length()) {
                char c = text.charAt(next++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (next == text.length()) {
                    break;
                }
                char escaped = text.charAt(next++);
                switch (escaped) {
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> out.append(unicode());
                    default -> out.append(escaped);
                }
            }
            throw new UsageException(where + ": a string that starts with \" does not end with one: " + text);
        }

        private char unicode() {
            try {
                char c = (char) Integer.parseInt(text.substring(next, next + 4), 16);
                next += 4;
                return c;
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                throw error("4 hex digits after \\u");
            }
        }

        private boolean consume(char c) {
            skipBlanks();
            if (next < text.length() && text.charAt(next) == c) {
                next++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!consume(c)) {
                throw error("'" + c + "'");
            }
        }

        private void skipBlanks() {
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
        }

        private UsageException error(String expected) {
            String found = next < text.length() ? "'" + text.charAt(next) + "'" : "the end";
            return new UsageException(where + ": expected " + expected + " at offset " + next + " of '" + text
                    + "', found " + found);
        }
    }
}
