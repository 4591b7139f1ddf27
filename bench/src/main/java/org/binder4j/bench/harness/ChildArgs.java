package org.binder4j.bench.harness;

import java.util.HashMap;
import java.util.Map;

/** The {@code --key value} arguments the harness gives a child JVM. */
public final class ChildArgs {
    private final Map<String, String> values = new HashMap<>();

    private ChildArgs() {}

    /** @throws IllegalArgumentException for a word that is not a {@code --key} followed by a value */
    public static ChildArgs parse(String[] args) {
        ChildArgs parsed = new ChildArgs();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --key value pairs, got '" + args[i] + "' at " + i);
            }
            parsed.values.put(args[i].substring(2), args[i + 1]);
        }
        return parsed;
    }

    /** Whether {@code --key} was given. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** @throws IllegalArgumentException if {@code --key} was not given */
    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return value;
    }

    /** @throws IllegalArgumentException if {@code --key} was not given or is not a number */
    public long getLong(String key) {
        String value = get(key);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " " + value + " is not a number");
        }
    }
}
