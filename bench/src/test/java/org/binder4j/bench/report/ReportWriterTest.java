package org.binder4j.bench.report;

import static org.binder4j.bench.report.ReportFixtures.idle;
import static org.binder4j.bench.report.ReportFixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.BenchOptions;
import org.binder4j.bench.SystemId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    private static final List<String> ROW_FIELDS = List.of("system", "case", "threads", "payload_bytes", "p50_us", "p90_us",
            "p99_us", "p999_us", "ops_per_s", "cpu_ms");

    @TempDir
    Path dir;

    private final List<RunResult> results = List.of(
            result(SystemId.BINDER4J, "", BenchCase.SMALL, 1, 20, 50_000, 300),
            result(SystemId.RMI, "", BenchCase.SMALL, 1, 60, 16_000, 500),
            result(SystemId.FUTEX_RELAY, "spin", BenchCase.SMALL, 1, 15, 60_000, 900),
            result(SystemId.BINDER4J, "", BenchCase.ECHO_512K, 1, 400, 2_000, 300),
            idle(SystemId.BINDER4J, 20, 30));

    private Report report() {
        return new Report("binder4j bench --quick", Instant.parse("2025-01-02T03:04:05Z"), Duration.ofSeconds(75),
                new MachineFacts(2, "AMD EPYC", "23.5 GiB", "Linux 6.18 amd64", "OpenJDK 25", "/usr/lib/jvm/jdk-25",
                        "0.10 0.20 0.30 1/100 1234"),
                BenchOptions.parse("--quick"), results, List.of(new Failure("grpc-uds", "grpc-uds server did not start")));
    }

    @Test
    void writesEveryFile() throws Exception {
        List<String> written = ReportWriter.write(report(), dir);
        assertEquals(List.of("hdr/binder4j_small_t1_closed-loop.hdr", "hdr/rmi_small_t1_closed-loop.hdr",
                "hdr/futex-relay-spin_small_t1_closed-loop.hdr", "hdr/binder4j_echo-512k_t1_closed-loop.hdr",
                "chart-small.png", "chart-echo-512k.png", "results.json", "results.md"), written);
        for (String file : written) {
            assertTrue(Files.size(dir.resolve(file)) > 0, file);
        }
    }

    @Test
    void everyJsonRowHasTheSchemaFieldsWithTheMeasuredValues() throws Exception {
        ReportWriter.write(report(), dir);
        String json = Files.readString(dir.resolve("results.json"));
        List<String> rows = rows(json);
        assertEquals(results.size(), rows.size());
        for (String row : rows) {
            for (String field : ROW_FIELDS) {
                assertTrue(row.contains("\"" + field + "\": "), field + " in " + row);
            }
        }
        String binder = rows.getFirst();
        assertField(binder, "system", "\"binder4j\"");
        assertField(binder, "case", "\"small\"");
        assertField(binder, "threads", "1");
        assertField(binder, "payload_bytes", "4");
        assertField(binder, "p50_us", "20.015"); // the highest value HdrHistogram counts as equal to 20 µs
        assertField(binder, "ops_per_s", "50000.0");
        assertField(binder, "cpu_ms", "400.0");
        assertField(rows.get(2), "system", "\"futex-relay\"");
        assertField(rows.get(2), "variant", "\"spin\"");
        assertField(rows.get(3), "payload_bytes", "524288");
        String idle = rows.get(4);
        assertField(idle, "p50_us", "null");
        assertField(idle, "ops_per_s", "null");
        assertField(idle, "cpu_ms", "50.0");
        assertTrue(json.contains("\"command\": \"binder4j bench --quick\""), json);
        assertTrue(json.contains("\"peer\": \"rmi\",\n      \"p50_speedup\": 2.999"), json);
        assertTrue(json.contains("\"what\": \"grpc-uds\""), json);
    }

    @Test
    void markdownHasTheCommandTheMachineTheTableAndTheRatios() throws Exception {
        ReportWriter.write(report(), dir);
        String md = Files.readString(dir.resolve("results.md"));
        assertTrue(md.contains("Command: `binder4j bench --quick`"), md);
        assertTrue(md.contains("| 2 | AMD EPYC | 23.5 GiB | Linux 6.18 amd64 | OpenJDK 25 (/usr/lib/jvm/jdk-25) |"), md);
        assertTrue(md.contains("| system | case | threads | clients | mode | payload B | p50 µs | p90 µs | p99 µs | p99.9 µs"), md);
        assertTrue(md.contains("| binder4j | small | 1 | 1 | closed-loop | 4 | 20.0 | 20.0 | 20.0 | 20.0 | 20.0 | 50000 | 400 | 0.400 |"), md);
        assertTrue(md.contains("| binder4j | idle | 1 | 1 | idle | 0 | - | - | - | - | - | - | 50 | 0.005 |"), md);
        assertTrue(md.contains("above 1 means binder4j is faster"), md);
        assertTrue(md.contains("| small | 1 | closed-loop | rmi | 3.00x | 3.00x | 3.13x |"), md);
        assertTrue(md.contains("| small | 1 | closed-loop | futex-relay/spin | 0.75x | 0.75x | 0.83x |"), md);
        assertTrue(md.contains("| small sync call at least 2x faster than RMI | rmi p50 60.0 µs / binder4j p50 20.0 µs = 2.999x | met |"), md);
        assertTrue(md.contains("`chart-small.png`"), md);
        assertTrue(md.contains("### grpc-uds\n\n```\ngrpc-uds server did not start\n```"), md);
    }

    @Test
    void hdrFilesAreHistogramLogs() throws Exception {
        ReportWriter.write(report(), dir);
        HistogramLogReader reader = new HistogramLogReader(dir.resolve("hdr/rmi_small_t1_closed-loop.hdr").toFile());
        Histogram read = (Histogram) reader.nextIntervalHistogram();
        assertNotNull(read);
        assertEquals(16_000, read.getTotalCount());
        assertEquals(results.get(1).histogram().getValueAtPercentile(50), read.getValueAtPercentile(50));
        reader.close();
    }

    private static List<String> rows(String json) {
        String rowsPart = json.substring(json.indexOf("\"rows\": ["), json.indexOf("\"comparisons\": ["));
        Matcher matcher = Pattern.compile("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}").matcher(rowsPart);
        return matcher.results().map(m -> m.group()).toList();
    }

    private static void assertField(String row, String field, String value) {
        assertTrue(row.contains("\"" + field + "\": " + value + ","), field + " = " + value + " in " + row);
    }
}
