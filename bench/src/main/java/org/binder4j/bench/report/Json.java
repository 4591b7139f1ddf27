package org.binder4j.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and nulls as indented JSON. Doubles get at most three
 * decimals; a NaN or infinite double is written as null.
 */
final class Json {
    private Json() {}

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        switch (value) {
            case null -> out.append("null");
            case String s -> string(out, s);
            case Double d -> out.append(d.isNaN() || d.isInfinite() ? "null" : decimal(d));
            case Float f -> write(out, f.doubleValue(), depth);
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            case Map<?, ?> map -> {
                out.append('{');
                String separator = "\n";
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(separator);
                    indent(out, depth + 1);
                    string(out, String.valueOf(entry.getKey()));
                    out.append(": ");
                    write(out, entry.getValue(), depth + 1);
                    separator = ",\n";
                }
                closing(out, map.isEmpty(), depth).append('}');
            }
            case List<?> list -> {
                out.append('[');
                String separator = "\n";
                for (Object item : list) {
                    out.append(separator);
                    indent(out, depth + 1);
                    write(out, item, depth + 1);
                    separator = ",\n";
                }
                closing(out, list.isEmpty(), depth).append(']');
            }
            default -> throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private static String decimal(double d) {
        String text = String.format(Locale.ROOT, "%.3f", d);
        // Trim trailing zeros but keep one digit after the point: 12.500 -> 12.5, 3.000 -> 3.0
        int end = text.length();
        while (end > text.indexOf('.') + 2 && text.charAt(end - 1) == '0') {
            end--;
        }
        return text.substring(0, end);
    }

    private static StringBuilder closing(StringBuilder out, boolean empty, int depth) {
        if (!empty) {
            out.append('\n');
            indent(out, depth);
        }
        return out;
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
