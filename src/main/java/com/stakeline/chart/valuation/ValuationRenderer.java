package com.stakeline.chart.valuation;

import com.stakeline.chart.Box;
import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.Painter;
import com.stakeline.chart.Painter.Align;
import com.stakeline.chart.TextMeasure;
import com.stakeline.chart.timeline.DateAxis;
import com.stakeline.chart.timeline.TimeWindow;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Draws a valuation step chart through any {@link Painter}: one step per valuation, dashed where approximate, a band
 * between the claims where sources dispute it, the step-up written at each rise, the amounts raised as bars beneath,
 * and the as-of date A and compared date B. Its time axis is the timeline's window, so the two line up.
 */
public final class ValuationRenderer {

    static final double LEFT = 64;
    static final double RIGHT = 16;
    static final double TOP = 16;
    static final double AXIS = 22;
    /** The share of the plot's height the amounts raised take at its foot. */
    static final double BARS_SHARE = 0.22;
    static final double BAR_WIDTH = 7;
    /** The least room between steps, in pixels, for each to have its dot. */
    static final double MIN_DOT_SPACING = 8;
    /** The least room between two labels side by side, in pixels. */
    static final double LABEL_GAP = 6;
    /** How far left of its step a label can reach: a step-up written right-aligned before its rise. */
    private static final double MAX_LABEL_REACH = 80;

    private final TextMeasure measure;

    /** A renderer that fits text with {@code measure}. */
    public ValuationRenderer(TextMeasure measure) {
        this.measure = measure;
    }

    /** The scale {@link #draw} uses for {@code chart} in a chart {@code height} pixels high. */
    public ValuationScale scale(ValuationChart chart, boolean log, double height) {
        double bottom = height - AXIS;
        double barsTop = bottom - (bottom - TOP) * BARS_SHARE;
        return ValuationScale.of(chart, log, TOP, barsTop - 8);
    }

    /**
     * Draws a frame.
     *
     * @param window the days the chart spans, left to right
     * @param asOf the as-of day, or null
     * @param compareWith the date B compared with it, or null
     * @param log whether the value axis is logarithmic
     */
    public void draw(Painter painter, ValuationChart chart, TimeWindow window, double width, double height,
                     ChartStyle style, LocalDate asOf, LocalDate compareWith, boolean log) {
        painter.beginFrame(width, height, style);
        DateAxis axis = new DateAxis(window, LEFT, Math.max(1, width - LEFT - RIGHT));
        double bottom = height - AXIS;
        ValuationScale scale = scale(chart, log, height);
        drawValueAxis(painter, chart, scale, width, style);
        axis.drawTicks(painter, measure, bottom, style);
        painter.save();
        painter.clip(LEFT, 0, axis.width(), height);
        int[] shown = chart.shownBetween(window.start(), window.end());
        drawBars(painter, chart, shown, axis, bottom, scale.bottom() + 8, style);
        drawSteps(painter, chart, shown, axis, scale, style);
        axis.drawCursors(painter, measure, TOP, bottom, asOf, compareWith, style);
        painter.restore();
    }

    private void drawValueAxis(Painter painter, ValuationChart chart, ValuationScale scale, double width,
                               ChartStyle style) {
        painter.setLineWidth(1);
        for (double tick : scale.ticks()) {
            double y = scale.y(tick);
            painter.setStroke(style.grid());
            painter.strokeLine(LEFT, y, width - RIGHT, y);
            painter.setFill(style.muted());
            painter.fillText(ValuationScale.label(tick, chart.currency()), LEFT - 6,
                    measure.baselineCentredOn(style.font(), y), Align.RIGHT);
        }
    }

    private void drawBars(Painter painter, ValuationChart chart, int[] shown, DateAxis axis, double bottom,
                          double barsTop, ChartStyle style) {
        double most = chart.steps().stream().mapToDouble(ValuationChart.Step::raised).filter(v -> !Double.isNaN(v))
                .max().orElse(0);
        if (most <= 0) {
            return;
        }
        painter.setFill(style.series(0));
        painter.setAlpha(0.45);
        for (int i = shown[0]; i < shown[1]; i++) {
            ValuationChart.Step step = chart.steps().get(i);
            if (!Double.isNaN(step.raised())) {
                double x = axis.x(step.day());
                double barHeight = Math.max(1, step.raised() / most * (bottom - barsTop));
                painter.fillRect(x - BAR_WIDTH / 2, bottom - barHeight, BAR_WIDTH, barHeight);
            }
        }
        painter.setAlpha(1);
    }

    /**
     * The steps in sight: bands first, then the line in runs of one dash pattern, then the dots and labels where
     * there is room for them. A store with thousands of rounds would otherwise pile its labels into a smear.
     */
    private void drawSteps(Painter painter, ValuationChart chart, int[] shown, DateAxis axis, ValuationScale scale,
                           ChartStyle style) {
        List<ValuationChart.Step> steps = chart.steps();
        int count = shown[1] - shown[0];
        double[] xs = new double[count + 1];
        double[] ys = new double[count];
        for (int i = 0; i < count; i++) {
            xs[i] = axis.x(steps.get(shown[0] + i).day());
            ys[i] = scale.y(steps.get(shown[0] + i).value());
        }
        xs[count] = shown[1] < steps.size() ? axis.x(steps.get(shown[1]).day()) : axis.right();
        for (int i = 0; i < count; i++) {
            ValuationChart.Step step = steps.get(shown[0] + i);
            if (step.disputed()) {
                painter.setFill(style.warning());
                painter.setAlpha(0.3);
                double high = scale.y(step.high());
                painter.fillRect(xs[i], high, Math.max(2, xs[i + 1] - xs[i]), Math.max(2, scale.y(step.low()) - high));
                painter.setAlpha(1);
            }
        }
        drawLine(painter, steps, shown[0], xs, ys, style);
        boolean dots = count <= 1 || axis.width() / count >= MIN_DOT_SPACING;
        // Labels go left to right, each only where it covers none already written near it.
        Deque<Box> written = new ArrayDeque<>();
        for (int i = 0; i < count; i++) {
            ValuationChart.Step step = steps.get(shown[0] + i);
            if (dots) {
                painter.setFill(style.series(0));
                painter.fillOval(xs[i] - 3, ys[i] - 3, 6, 6);
            }
            String value = step.valueText() + (step.disputed() ? " (disputed)" : "");
            // The bundled font has no warning sign; the word says it, in the colour of the band.
            int colour = step.disputed() ? style.warning() : style.text();
            // Above its line, or else below it.
            if (!writeLabel(painter, value, xs[i] + 5, ys[i] - 5, Align.LEFT, colour, written, style)) {
                writeLabel(painter, value, xs[i] + 5, ys[i] + 5 + measure.ascent(style.font()), Align.LEFT, colour,
                        written, style);
            }
            if (!step.stepUpText().isEmpty() && (i > 0 || shown[0] > 0)) {
                double previousY = i > 0 ? ys[i - 1] : scale.y(steps.get(shown[0] - 1).value());
                writeLabel(painter, step.stepUpText(), xs[i] - 4, (ys[i] + previousY) / 2 + 4, Align.RIGHT,
                        style.muted(), written, style);
            }
        }
    }

    /**
     * Writes {@code text} anchored at ({@code x}, {@code baseline}) unless it would cover a label in {@code written},
     * which holds the labels written so far, nearest last; labels far enough to the left are forgotten. Says whether
     * it was written.
     */
    private boolean writeLabel(Painter painter, String text, double x, double baseline, Align align, int colour,
                            Deque<Box> written, ChartStyle style) {
        double width = measure.width(style.font(), text);
        double ascent = measure.ascent(style.font());
        Box box = new Box(align == Align.RIGHT ? x - width : x, baseline - ascent, width,
                ascent + measure.descent(style.font()));
        while (!written.isEmpty() && written.peekFirst().x() + written.peekFirst().width() + LABEL_GAP < box.x()
                - MAX_LABEL_REACH) {
            written.pollFirst();
        }
        for (Box other : written) {
            if (box.x() < other.x() + other.width() + LABEL_GAP && other.x() < box.x() + box.width() + LABEL_GAP
                    && box.y() < other.y() + other.height() && other.y() < box.y() + box.height()) {
                return false;
            }
        }
        written.addLast(box);
        painter.setFill(colour);
        painter.fillText(text, x, baseline, align);
        return true;
    }

    /** The step line through the steps in sight, one polyline per run of steps that are all approximate or none. */
    private static void drawLine(Painter painter, List<ValuationChart.Step> steps, int first, double[] xs,
                                 double[] ys, ChartStyle style) {
        int count = ys.length;
        painter.setStroke(style.series(0));
        painter.setLineWidth(2);
        double[] runXs = new double[2 * count + 1];
        double[] runYs = new double[2 * count + 1];
        int runStart = 0;
        while (runStart < count) {
            boolean approx = steps.get(first + runStart).approx();
            int runEnd = runStart;
            int points = 0;
            while (runEnd < count && steps.get(first + runEnd).approx() == approx) {
                runXs[points] = xs[runEnd];
                runYs[points++] = ys[runEnd];
                runXs[points] = xs[runEnd + 1];
                runYs[points++] = ys[runEnd];
                runEnd++;
            }
            if (approx) {
                painter.setDashes(6, 4);
            } else {
                painter.setDashes();
            }
            painter.strokePolyline(runXs, runYs, points);
            // The rise into the next run is solid: it joins two values, neither of them the approximate one's span.
            if (runEnd < count) {
                painter.setDashes();
                painter.strokeLine(xs[runEnd], ys[runEnd - 1], xs[runEnd], ys[runEnd]);
            }
            runStart = runEnd;
        }
        painter.setDashes();
    }
}
