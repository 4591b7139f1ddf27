package org.binder4j.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * What one client process does in one run: the case, how many threads call, how they pace their calls,
 * and how long it warms up and measures. Travels to the client JVM as one line ({@link #toLine()}).
 *
 * <p>Warm-up is closed loop for {@code warmupMs}, and goes on until every thread has made
 * {@link #WARMUP_CALLS} calls, at most {@link #WARMUP_CAP_FACTOR} times as long, so that the JIT has
 * compiled a slow system's call path too.
 *
 * @param rateOpsPerSecond the fixed rate of the whole process (all its threads together); 0 in closed loop
 */
public record LoadSpec(BenchCase benchCase, int threads, LoadMode mode, int rateOpsPerSecond, long warmupMs,
                       long measureMs) {
    public static final long WARMUP_CALLS = 10_000;
    public static final int WARMUP_CAP_FACTOR = 5;

    public LoadSpec {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (mode == LoadMode.FIXED_RATE ? rateOpsPerSecond < threads : rateOpsPerSecond != 0) {
            throw new IllegalArgumentException("rate " + rateOpsPerSecond + " ops/s does not fit " + mode.id()
                    + " with " + threads + " threads (fixed rate needs at least one call per second per thread,"
                    + " closed loop none)");
        }
        if (warmupMs < 0 || measureMs <= 0) {
            throw new IllegalArgumentException("warm-up " + warmupMs + " ms and measurement " + measureMs
                    + " ms: need warm-up >= 0 and measurement > 0");
        }
    }

    /** The spec as {@code key=value} words, for a client JVM's command line. */
    public String toLine() {
        return "case=" + benchCase.id() + " threads=" + threads + " mode=" + mode.id() + " rate=" + rateOpsPerSecond
                + " warmup-ms=" + warmupMs + " measure-ms=" + measureMs;
    }

    /**
     * Parses {@link #toLine()}.
     *
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    public static LoadSpec parse(String line) {
        Map<String, String> values = new HashMap<>();
        for (String word : line.trim().split(" +")) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + word + "' in load spec '" + line + "' is not key=value");
            }
            values.put(word.substring(0, eq), word.substring(eq + 1));
        }
        return new LoadSpec(BenchCase.fromId(required(values, "case", line)), number(values, "threads", line),
                LoadMode.fromId(required(values, "mode", line)), number(values, "rate", line),
                number(values, "warmup-ms", line), number(values, "measure-ms", line));
    }

    private static String required(Map<String, String> values, String key, String line) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("load spec '" + line + "' lacks " + key);
        }
        return value;
    }

    private static int number(Map<String, String> values, String key, String line) {
        String value = required(values, key, line);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + value + " in load spec '" + line + "' is not a number");
        }
    }
}
