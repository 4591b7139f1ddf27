package org.binder4j.cli.debug;

import static org.binder4j.cli.debug.ViewLines.integer;
import static org.binder4j.cli.debug.ViewLines.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the driver's "stats" view. */
final class StatsParser {
    private static final Pattern TITLE = Pattern.compile("binder stats:");
    private static final Pattern COUNTER = Pattern.compile("(B[CR]_[A-Z_]+): (\\d+)");
    private static final Pattern OBJECTS = Pattern.compile("([a-z_]+): active (-?\\d+) total (\\d+)");
    private static final Pattern BYTES_COPIED = Pattern.compile("bytes copied: (\\d+)");
    private static final Pattern USER_ERRORS = Pattern.compile("user errors: (\\d+)");
    private static final Pattern PROC = Pattern.compile("proc (\\d+)");
    private static final Pattern CONTEXT = Pattern.compile("context (\\S+)");
    /** "  name: value", or "  name number" for the fields binder prints without a colon. */
    private static final Pattern FIELD = Pattern.compile("  ([a-z ]+): (.*)|  ([a-z ]+) (\\d+)");
    private static final Pattern REQUESTED = Pattern.compile("(\\d+)\\+(\\d+)/(\\d+)");
    private static final Pattern REFS = Pattern.compile("(\\d+) s (\\d+) w (\\d+)");
    private static final Pattern SPACE = Pattern.compile("(\\d+)/(\\d+)");

    private final ViewLines lines;

    private StatsParser(ViewLines lines) {
        this.lines = lines;
    }

    /** @throws IllegalStateException naming the first line that fits no format */
    static StatsView parse(String text) {
        return new StatsParser(new ViewLines("stats", text)).view();
    }

    private StatsView view() {
        lines.next(TITLE);
        Map<String, Long> counters = new LinkedHashMap<>();
        Map<String, StatsView.Objects> objects = new LinkedHashMap<>();
        long bytesCopied = 0;
        long userErrors = 0;
        List<String> recentUserErrors = new ArrayList<>();
        while (lines.more() && !PROC.matcher(lines.peek()).matches()) {
            String line = lines.next();
            Matcher m;
            if ((m = COUNTER.matcher(line)).matches()) {
                counters.put(m.group(1), number(m, 2));
            } else if ((m = OBJECTS.matcher(line)).matches()) {
                objects.put(m.group(1), new StatsView.Objects(number(m, 2), number(m, 3)));
            } else if ((m = BYTES_COPIED.matcher(line)).matches()) {
                bytesCopied = number(m, 1);
            } else if ((m = USER_ERRORS.matcher(line)).matches()) {
                userErrors = number(m, 1);
                while (lines.peek().startsWith("  ")) {
                    recentUserErrors.add(lines.next().substring(2));
                }
            } else {
                throw lines.unexpected(line);
            }
        }
        List<StatsView.Proc> procs = new ArrayList<>();
        while (lines.more()) {
            procs.add(proc());
        }
        return new StatsView(counters, objects, bytesCopied, userErrors, recentUserErrors, procs);
    }

    private StatsView.Proc proc() {
        int pid = integer(lines.next(PROC), 1);
        String context = lines.next(CONTEXT).group(1);
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Long> counters = new LinkedHashMap<>();
        while (lines.peek().startsWith("  ")) {
            String line = lines.next();
            Matcher counter = COUNTER.matcher(line.substring(2));
            Matcher field = FIELD.matcher(line);
            if (counter.matches()) {
                counters.put(counter.group(1), number(counter, 2));
            } else if (field.matches()) {
                fields.put(field.group(1) != null ? field.group(1) : field.group(3),
                        field.group(1) != null ? field.group(2) : field.group(4));
            } else {
                throw lines.unexpected(line);
            }
        }
        Matcher requested = field(fields, "requested threads", REQUESTED);
        Matcher refs = field(fields, "refs", REFS);
        Matcher space = field(fields, "buffer space", SPACE);
        return new StatsView.Proc(pid, context, fields.getOrDefault("name", ""), longField(fields, "uid"),
                (int) longField(fields, "threads"), integer(requested, 1), integer(requested, 2), number(requested, 3),
                (int) longField(fields, "ready threads"), longField(fields, "free async space"),
                (int) longField(fields, "nodes"), integer(refs, 1), number(refs, 2), number(refs, 3),
                (int) longField(fields, "buffers"), number(space, 1), number(space, 2),
                (int) longField(fields, "pending transactions"), counters);
    }

    private Matcher field(Map<String, String> fields, String name, Pattern format) {
        String value = fields.get(name);
        Matcher m = format.matcher(value == null ? "" : value);
        if (!m.matches()) {
            throw new IllegalStateException("the driver's stats view has " + (value == null ? "no '" + name + "'"
                    : "'" + name + ": " + value + "'") + " before line " + lines.position() + "; expected " + format);
        }
        return m;
    }

    private long longField(Map<String, String> fields, String name) {
        return Long.parseLong(field(fields, name, Pattern.compile("\\d+")).group());
    }
}
