package org.binder4j.bench.harness;

import java.util.HashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one client process measured in one run.
 *
 * @param calls calls completed in the measurement (for oneway: sent, and all delivered)
 * @param elapsedNanos from the start of the measurement until the last call returned (for oneway: until the
 *     server had received them all)
 * @param cpuNanos CPU time the client process used in that interval, all threads
 * @param histogram latency of every measured call, in nanoseconds
 */
public record RunOutcome(long calls, long elapsedNanos, long cpuNanos, Histogram histogram) {

    /** The line a client prints: {@link ChildProtocol#RESULT} and {@code key=value} words. */
    public String toLine() {
        return ChildProtocol.RESULT + "calls=" + calls + " elapsed-ns=" + elapsedNanos + " cpu-ns=" + cpuNanos
                + " histogram=" + Latencies.encode(histogram);
    }

    /**
     * Parses {@link #toLine()}.
     *
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    public static RunOutcome parse(String line) {
        if (!line.startsWith(ChildProtocol.RESULT)) {
            throw new IllegalArgumentException("not a result line: " + abbreviate(line));
        }
        Map<String, String> values = new HashMap<>();
        for (String word : line.substring(ChildProtocol.RESULT.length()).trim().split(" +")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                values.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return new RunOutcome(number(values, "calls", line), number(values, "elapsed-ns", line),
                number(values, "cpu-ns", line), Latencies.decode(required(values, "histogram", line)));
    }

    private static String required(Map<String, String> values, String key, String line) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("result line lacks " + key + ": " + abbreviate(line));
        }
        return value;
    }

    private static long number(Map<String, String> values, String key, String line) {
        String value = required(values, key, line);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + value + " is not a number in " + abbreviate(line));
        }
    }

    private static String abbreviate(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }
}
