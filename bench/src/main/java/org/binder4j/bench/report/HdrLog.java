package org.binder4j.bench.report;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import org.HdrHistogram.HistogramLogWriter;

/**
 * A run's histogram as an HdrHistogram log file: the standard text format of {@link HistogramLogWriter}
 * (a comment, the start time, a legend, then one interval line with the compressed histogram in Base64),
 * values in nanoseconds. HdrHistogram's {@code HistogramLogReader} and log tools read it.
 */
final class HdrLog {
    private HdrLog() {}

    static void write(Path file, RunResult result) throws FileNotFoundException {
        HistogramLogWriter writer = new HistogramLogWriter(file.toFile());
        try {
            writer.outputComment("binder4j bench: " + result.spec().title() + "; round-trip latency in nanoseconds");
            writer.outputLogFormatVersion();
            writer.outputStartTime(result.histogram().getStartTimeStamp());
            writer.setBaseTime(result.histogram().getStartTimeStamp());
            writer.outputLegend();
            writer.outputIntervalHistogram(result.histogram());
        } finally {
            writer.close();
        }
    }
}
