package org.binder4j.cli.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.binder4j.cli.support.Json;

/**
 * How {@code service call NAME METHOD} prints the values an {@link AidlReplyReader} read: in the argument syntax
 * (strings quoted as JSON, enums by name, {@code [a, b]}, {@code {x=1, y=2}}), so that a value printed can be
 * pasted back as an argument; or as JSON values.
 */
final class AidlValueText {
    private AidlValueText() {}

    static String of(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> Json.compact(s);
            case Character c -> "'" + c + "'";
            case AidlReplyReader.EnumValue e -> e.text();
            case List<?> list -> {
                StringJoiner items = new StringJoiner(", ", "[", "]");
                list.forEach(item -> items.add(of(item)));
                yield items.toString();
            }
            case Map<?, ?> map -> {
                StringJoiner fields = new StringJoiner(", ", "{", "}");
                map.forEach((name, field) -> fields.add(name + "=" + of(field)));
                yield fields.toString();
            }
            default -> value.toString();
        };
    }

    /** The value with enums and chars as JSON strings, for {@link Json}. */
    static Object json(Object value) {
        return switch (value) {
            case null -> null;
            case Character c -> c.toString();
            case AidlReplyReader.EnumValue e -> e.text();
            case List<?> list -> {
                List<Object> items = new ArrayList<>();
                list.forEach(item -> items.add(json(item)));
                yield items;
            }
            case Map<?, ?> map -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                map.forEach((name, field) -> fields.put((String) name, json(field)));
                yield fields;
            }
            default -> value;
        };
    }
}
