package org.binder4j.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine a run measured: numbers are only comparable within one run on one machine, so the report
 * says which.
 */
public record MachineFacts(int cores, String cpuModel, String memory, String kernel, String jdk, String javaHome,
                           String loadAverage) {

    /** Reads the facts of this machine and JVM (Linux /proc files; "unknown" where one cannot be read). */
    public static MachineFacts read() {
        return new MachineFacts(Runtime.getRuntime().availableProcessors(),
                firstValue(Path.of("/proc/cpuinfo"), "model name"),
                gibibytes(firstValue(Path.of("/proc/meminfo"), "MemTotal")),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"),
                System.getProperty("java.home"),
                firstLine(Path.of("/proc/loadavg")));
    }

    /** {@code 24682416 kB} as {@code 23.5 GiB}; anything else unchanged. */
    static String gibibytes(String kibibytes) {
        String[] words = kibibytes.split(" ");
        if (words.length != 2 || !words[1].equals("kB") || !words[0].matches("[0-9]+")) {
            return kibibytes;
        }
        return String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(words[0]) / (1024.0 * 1024.0));
    }

    /** The value after the colon of the first line starting with {@code key}. */
    private static String firstValue(Path file, String key) {
        for (String line : lines(file)) {
            if (line.startsWith(key)) {
                int colon = line.indexOf(':');
                return colon < 0 ? line : line.substring(colon + 1).trim();
            }
        }
        return "unknown";
    }

    private static String firstLine(Path file) {
        List<String> lines = lines(file);
        return lines.isEmpty() ? "unknown" : lines.getFirst().trim();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
