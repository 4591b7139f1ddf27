package org.binder4j.cli.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON text of plain values, for {@code --json}: null, booleans, numbers, strings, maps (keys as
 * strings, in the map's order), collections, and records (an object of their components, in
 * declaration order). Non-finite numbers become null. Anything else is a programming error.
 */
public final class Json {
    private Json() {}

    /** Indented, two spaces per level, ending with a newline. */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(out, value, 0);
        return out.append('\n').toString();
    }

    /** On one line, for a stream of snapshots (one JSON text per line). */
    public static String compact(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(out, value, -1);
        return out.toString();
    }

    /** A map of alternating keys and values, in that order. */
    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException(keysAndValues.length + " arguments: keys and values must pair up");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** @param indent the current level, or -1 for compact output */
    private static void write(StringBuilder out, Object value, int indent) {
        switch (value) {
            case null -> out.append("null");
            case Boolean b -> out.append(b);
            case Double d -> out.append(Double.isFinite(d) ? d.toString() : "null");
            case Float f -> out.append(Float.isFinite(f) ? f.toString() : "null");
            case Number n -> out.append(n);
            case CharSequence s -> string(out, s);
            case Enum<?> e -> string(out, e.name());
            case Map<?, ?> map -> members(out, map.entrySet().iterator(), indent);
            case Collection<?> list -> elements(out, list, indent);
            case Record record -> members(out, components(record).entrySet().iterator(), indent);
            default -> throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static void members(StringBuilder out, Iterator<? extends Map.Entry<?, ?>> entries, int indent) {
        out.append('{');
        boolean first = true;
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            out.append(first ? "" : ",");
            newline(out, indent, indent + 1);
            string(out, String.valueOf(entry.getKey()));
            out.append(indent < 0 ? ":" : ": ");
            write(out, entry.getValue(), indent < 0 ? -1 : indent + 1);
            first = false;
        }
        if (!first) {
            newline(out, indent, indent);
        }
        out.append('}');
    }

    private static void elements(StringBuilder out, Collection<?> values, int indent) {
        out.append('[');
        boolean first = true;
        for (Object value : values) {
            out.append(first ? "" : ",");
            newline(out, indent, indent + 1);
            write(out, value, indent < 0 ? -1 : indent + 1);
            first = false;
        }
        if (!first) {
            newline(out, indent, indent);
        }
        out.append(']');
    }

    /** Starts a line at {@code level} of an output whose current level is {@code indent}; nothing when compact. */
    private static void newline(StringBuilder out, int indent, int level) {
        if (indent >= 0) {
            out.append('\n').repeat("  ", level);
        }
    }

    private static Map<String, Object> components(Record record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                Method accessor = component.getAccessor();
                // The records are the cli's own and often package-private.
                accessor.setAccessible(true);
                values.put(component.getName(), accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + record.getClass().getName() + "."
                        + component.getName() + ": " + e, e);
            }
        }
        return values;
    }

    private static void string(StringBuilder out, CharSequence s) {
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
