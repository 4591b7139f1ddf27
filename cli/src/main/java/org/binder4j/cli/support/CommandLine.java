package org.binder4j.cli.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A command's parsed arguments: options (flags, and options with a value as {@code -d 2},
 * {@code --socket PATH} or {@code --socket=PATH}) and operands. {@code --help} or {@code -h} where an
 * option may stand throws {@link HelpRequested}; an unknown option or a missing value throws
 * {@link UsageException}. {@code --} ends the options; so does the first operand of a command whose
 * operands are passed on as they are ({@link Spec#optionsBeforeOperands()}). A negative number is an
 * operand, not an option.
 */
public final class CommandLine {
    private static final Pattern NUMBER = Pattern.compile("-[0-9][0-9.eE+-]*");

    private final Map<String, String> options;
    private final Map<String, List<String>> repeated;
    private final List<String> operands;

    private CommandLine(Map<String, String> options, Map<String, List<String>> repeated, List<String> operands) {
        this.options = options;
        this.repeated = repeated;
        this.operands = operands;
    }

    /** The options a command accepts. */
    public static final class Spec {
        private final Set<String> flags = new HashSet<>();
        private final Set<String> valued = new HashSet<>();
        private boolean optionsBeforeOperands;

        public Spec flag(String... names) {
            flags.addAll(List.of(names));
            return this;
        }

        public Spec option(String... names) {
            valued.addAll(List.of(names));
            return this;
        }

        /** Everything from the first operand on is an operand, even when it looks like an option. */
        public Spec optionsBeforeOperands() {
            optionsBeforeOperands = true;
            return this;
        }
    }

    public static Spec spec() {
        return new Spec();
    }

    public static CommandLine parse(String[] args, Spec spec) {
        Map<String, String> options = new HashMap<>();
        Map<String, List<String>> repeated = new HashMap<>();
        List<String> operands = new ArrayList<>();
        boolean operandsOnly = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (operandsOnly || !arg.startsWith("-") || arg.equals("-") || NUMBER.matcher(arg).matches()) {
                operands.add(arg);
                operandsOnly |= spec.optionsBeforeOperands;
                continue;
            }
            if (arg.equals("--")) {
                operandsOnly = true;
                continue;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new HelpRequested();
            }
            int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String name = equals < 0 ? arg : arg.substring(0, equals);
            String inline = equals < 0 ? null : arg.substring(equals + 1);
            if (spec.flags.contains(name)) {
                if (inline != null) {
                    throw new UsageException("option " + name + " takes no value, got '" + arg + "'");
                }
                options.put(name, "");
            } else if (spec.valued.contains(name)) {
                if (inline == null && i + 1 == args.length) {
                    throw new UsageException("option " + name + " needs a value");
                }
                String value = inline != null ? inline : args[++i];
                options.put(name, value);
                repeated.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } else {
                throw new UsageException("unknown option '" + arg + "'");
            }
        }
        return new CommandLine(options, repeated, operands);
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    /** Every value given to option {@code name}, in order (for a repeatable option such as -I). */
    public List<String> values(String name) {
        return List.copyOf(repeated.getOrDefault(name, List.of()));
    }

    /** The value of option {@code name} (the last, when given more than once), or {@code defaultValue}. */
    public String value(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    /** The value of {@code name} as a whole number of at least {@code min}. */
    public int intValue(String name, int defaultValue, int min) {
        String text = options.get(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new UsageException("option " + name + " needs a whole number of at least " + min + ", not '" + text + "'");
    }

    /** The value of {@code name} as a number greater than 0 (seconds, for instance). */
    public double positiveValue(String name, double defaultValue) {
        String text = options.get(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new UsageException("option " + name + " needs a number greater than 0, not '" + text + "'");
    }

    public List<String> operands() {
        return operands;
    }

    /**
     * The operands, checked to be between {@code min} and {@code max} of them; {@code what} names them in
     * the message (e.g. "NAME").
     */
    public List<String> operands(int min, int max, String what) {
        if (operands.size() < min) {
            throw new UsageException("missing " + what);
        }
        if (operands.size() > max) {
            throw new UsageException("unexpected argument '" + operands.get(max) + "'"
                    + (max == 0 ? "" : " after " + what));
        }
        return operands;
    }
}
