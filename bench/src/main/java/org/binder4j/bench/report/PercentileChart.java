package org.binder4j.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * A percentile-distribution chart as a PNG, drawn with Java2D (headless): one line per system, the
 * percentile on a log scale of "nines" (0%, 90%, 99%, 99.9%, ...) across, the latency on a log scale up.
 */
public final class PercentileChart {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** One line: a label and its latencies in nanoseconds. */
    public record Series(String label, Histogram histogram) {}

    private static final int WIDTH = 1100;
    private static final int HEIGHT = 650;
    private static final int LEFT = 90;
    private static final int RIGHT = 300;
    private static final int TOP = 50;
    private static final int BOTTOM = 70;
    private static final int MAX_NINES = 6;
    private static final Color[] PALETTE = {
        new Color(0xd62728), new Color(0x1f77b4), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    private PercentileChart() {}

    /**
     * Draws {@code series} (at least one, each with values) under {@code title} into {@code file}.
     *
     * @throws IllegalArgumentException if there is nothing to draw
     */
    public static void write(Path file, String title, List<Series> series) throws IOException {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one series: " + title);
        }
        long maxCount = 0;
        double minMicros = Double.MAX_VALUE;
        double maxMicros = 0;
        for (Series s : series) {
            if (s.histogram.getTotalCount() == 0) {
                throw new IllegalArgumentException("series '" + s.label + "' of chart '" + title + "' has no values");
            }
            maxCount = Math.max(maxCount, s.histogram.getTotalCount());
            minMicros = Math.min(minMicros, Math.max(s.histogram.getMinValue(), 1) / 1000.0);
            maxMicros = Math.max(maxMicros, Math.max(s.histogram.getMaxValue(), 1) / 1000.0);
        }
        Axes axes = new Axes(Math.clamp((int) Math.ceil(Math.log10(maxCount)), 2, MAX_NINES),
                Math.floor(Math.log10(minMicros)), Math.max(Math.ceil(Math.log10(maxMicros)), Math.floor(Math.log10(minMicros)) + 1));
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawGrid(g, axes);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.setColor(Color.BLACK);
            g.drawString(title, LEFT, TOP - 20);
            for (int i = 0; i < series.size(); i++) {
                drawSeries(g, axes, series.get(i), PALETTE[i % PALETTE.length], i);
            }
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer in this JDK for " + file);
        }
    }

    /** Log scales: percentile in nines across ({@code 0..nines}), latency in decades of microseconds up. */
    private record Axes(int nines, double lowDecade, double highDecade) {
        double x(double percentile) {
            double n = percentile >= 100 ? nines : Math.min(nines, Math.log10(100 / (100 - percentile)));
            return LEFT + n / nines * (WIDTH - LEFT - RIGHT);
        }

        double y(double micros) {
            double decade = Math.log10(Math.max(micros, 1e-3));
            return HEIGHT - BOTTOM - (decade - lowDecade) / (highDecade - lowDecade) * (HEIGHT - TOP - BOTTOM);
        }
    }

    private static void drawGrid(Graphics2D g, Axes axes) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int right = WIDTH - RIGHT;
        int bottom = HEIGHT - BOTTOM;
        for (int n = 0; n <= axes.nines; n++) {
            int x = (int) axes.x(100 - 100 / Math.pow(10, n));
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, TOP, x, bottom);
            g.setColor(Color.DARK_GRAY);
            String label = n == 0 ? "0%" : percentLabel(n);
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, bottom + 18);
        }
        for (int decade = (int) axes.lowDecade; decade <= axes.highDecade; decade++) {
            for (int step = 1; step < 10 && decade + Math.log10(step) <= axes.highDecade; step++) {
                int y = (int) axes.y(step * Math.pow(10, decade));
                g.setColor(step == 1 ? new Color(0xcccccc) : new Color(0xf0f0f0));
                g.drawLine(LEFT, y, right, y);
            }
            int y = (int) axes.y(Math.pow(10, decade));
            g.setColor(Color.DARK_GRAY);
            String label = latencyLabel(decade);
            g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, right - LEFT, bottom - TOP);
        g.drawString("percentile (log scale of nines)", LEFT + (right - LEFT) / 2 - 80, HEIGHT - 25);
        g.rotate(-Math.PI / 2);
        g.drawString("round-trip latency (log scale)", -(TOP + (bottom - TOP) / 2) - 80, 20);
        g.rotate(Math.PI / 2);
    }

    private static void drawSeries(Graphics2D g, Axes axes, Series series, Color color, int index) {
        Path2D.Double line = new Path2D.Double();
        boolean first = true;
        for (HistogramIterationValue value : series.histogram.percentiles(5)) {
            double x = axes.x(value.getPercentileLevelIteratedTo());
            double y = axes.y(value.getValueIteratedTo() / 1000.0);
            if (first) {
                line.moveTo(x, y);
                first = false;
            } else {
                line.lineTo(x, y);
            }
        }
        boolean binder = series.label.startsWith("binder4j");
        g.setColor(color);
        g.setStroke(new BasicStroke(binder ? 3.5f : 2f));
        g.draw(line);
        int legendX = WIDTH - RIGHT + 20;
        int legendY = TOP + 10 + index * 22;
        g.drawLine(legendX, legendY, legendX + 30, legendY);
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, binder ? Font.BOLD : Font.PLAIN, 12));
        g.drawString(String.format(Locale.ROOT, "%s (p50 %s)", series.label,
                micros(series.histogram.getValueAtPercentile(50) / 1000.0)), legendX + 38, legendY + 4);
    }

    /** 90%, 99%, 99.9%, ... for {@code nines} nines. */
    private static String percentLabel(int nines) {
        return switch (nines) {
            case 1 -> "90%";
            case 2 -> "99%";
            default -> "99." + "9".repeat(nines - 2) + "%";
        };
    }

    private static String latencyLabel(int decade) {
        double micros = Math.pow(10, decade);
        return micros(micros);
    }

    static String micros(double micros) {
        if (micros >= 1_000_000) {
            return trim(micros / 1_000_000) + " s";
        }
        if (micros >= 1_000) {
            return trim(micros / 1_000) + " ms";
        }
        return trim(micros) + " µs";
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, value >= 10 ? "%.0f" : "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
