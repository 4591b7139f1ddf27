package org.binder4j.bench.report;

import java.awt.AWTError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.binder4j.bench.RunSpec;

/**
 * Writes a {@link Report} into a directory: results.json, results.md, hdr/*.hdr, and one chart-*.png per
 * case and load mode (the one-thread runs, and the many-client run, of every system side by side).
 */
public final class ReportWriter {
    private ReportWriter() {}

    /** Writes everything; returns the files written, relative to {@code dir}. */
    public static List<String> write(Report report, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("hdr"));
        List<String> written = new ArrayList<>();
        for (RunResult result : report.results()) {
            if (result.hasLatency()) {
                HdrLog.write(dir.resolve(Report.hdrFile(result)), result);
                written.add(Report.hdrFile(result));
            }
        }
        List<String> charts = new ArrayList<>();
        for (Map.Entry<String, List<RunResult>> chart : charts(report.results()).entrySet()) {
            List<PercentileChart.Series> series = new ArrayList<>();
            for (RunResult r : chart.getValue()) {
                series.add(new PercentileChart.Series(r.spec().system().label(), r.histogram()));
            }
            RunSpec first = chart.getValue().getFirst().spec();
            String file = chart.getKey();
            try {
                PercentileChart.write(dir.resolve(file), first.benchCase().id() + ", " + first.load().threads() + " thread"
                        + (first.clients() > 1 ? " in each of " + first.clients() + " clients" : "") + ", "
                        + first.modeLabel(), series);
                charts.add(file);
            } catch (IOException | RuntimeException | AWTError e) {
                report = report.withFailure(new Failure(file, "the chart could not be drawn: " + e));
            }
        }
        written.addAll(charts);
        Files.writeString(dir.resolve("results.json"), ResultsJson.render(report));
        Files.writeString(dir.resolve("results.md"), ResultsMarkdown.render(report, charts));
        written.add("results.json");
        written.add("results.md");
        return written;
    }

    /** The one-thread runs with latencies, grouped by chart file: {@code chart-CASE.png} or {@code chart-CASE-MODE.png}. */
    static Map<String, List<RunResult>> charts(List<RunResult> results) {
        Map<String, List<RunResult>> charts = new LinkedHashMap<>();
        for (RunResult r : results) {
            if (!r.hasLatency() || r.spec().load().threads() != 1) {
                continue;
            }
            String mode = r.spec().modeLabel();
            String file = "chart-" + r.spec().benchCase().id() + (mode.equals("closed-loop") ? "" : "-" + mode) + ".png";
            charts.computeIfAbsent(file, f -> new ArrayList<>()).add(r);
        }
        return charts;
    }
}
