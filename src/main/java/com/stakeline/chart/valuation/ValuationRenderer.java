package com.stakeline.chart.valuation;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.Painter;
import com.stakeline.chart.Painter.Align;
import com.stakeline.chart.TextMeasure;
import com.stakeline.chart.timeline.DateAxis;
import com.stakeline.chart.timeline.TimeWindow;
import java.time.LocalDate;
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
        drawBars(painter, chart, axis, bottom, scale.bottom() + 8, style);
        drawSteps(painter, chart, axis, scale, style);
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

    private void drawBars(Painter painter, ValuationChart chart, DateAxis axis, double bottom, double barsTop,
                          ChartStyle style) {
        double most = chart.steps().stream().mapToDouble(ValuationChart.Step::raised).filter(v -> !Double.isNaN(v))
                .max().orElse(0);
        if (most <= 0) {
            return;
        }
        painter.setFill(style.series(0));
        painter.setAlpha(0.45);
        for (ValuationChart.Step step : chart.steps()) {
            if (!Double.isNaN(step.raised())) {
                double x = axis.x(step.day());
                double barHeight = Math.max(1, step.raised() / most * (bottom - barsTop));
                painter.fillRect(x - BAR_WIDTH / 2, bottom - barHeight, BAR_WIDTH, barHeight);
            }
        }
        painter.setAlpha(1);
    }

    private void drawSteps(Painter painter, ValuationChart chart, DateAxis axis, ValuationScale scale,
                           ChartStyle style) {
        List<ValuationChart.Step> steps = chart.steps();
        for (int i = 0; i < steps.size(); i++) {
            ValuationChart.Step step = steps.get(i);
            double x = axis.x(step.day());
            double next = i + 1 < steps.size() ? axis.x(steps.get(i + 1).day()) : axis.right();
            double y = scale.y(step.value());
            if (step.disputed()) {
                painter.setFill(style.warning());
                painter.setAlpha(0.3);
                double high = scale.y(step.high());
                painter.fillRect(x, high, Math.max(2, next - x), Math.max(2, scale.y(step.low()) - high));
                painter.setAlpha(1);
            }
            painter.setStroke(style.series(0));
            painter.setLineWidth(2);
            if (step.approx()) {
                painter.setDashes(6, 4);
            } else {
                painter.setDashes();
            }
            painter.strokeLine(x, y, next, y);
            painter.setDashes();
            if (i > 0) {
                painter.strokeLine(x, scale.y(steps.get(i - 1).value()), x, y);
            }
            painter.setFill(style.series(0));
            painter.fillOval(x - 3, y - 3, 6, 6);
            // The bundled font has no warning sign; the word says it, in the colour of the band.
            painter.setFill(step.disputed() ? style.warning() : style.text());
            painter.fillText(step.valueText() + (step.disputed() ? " (disputed)" : ""), x + 5, y - 5, Align.LEFT);
            if (!step.stepUpText().isEmpty()) {
                painter.setFill(style.muted());
                painter.fillText(step.stepUpText(), x - 4, (y + scale.y(steps.get(i - 1).value())) / 2 + 4,
                        Align.RIGHT);
            }
        }
    }
}
