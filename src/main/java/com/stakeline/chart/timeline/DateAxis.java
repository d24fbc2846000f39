package com.stakeline.chart.timeline;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.Painter;
import com.stakeline.chart.Painter.Align;
import com.stakeline.chart.TextMeasure;
import java.time.LocalDate;

/**
 * The time axis of a chart that follows the timeline's window, such as the valuation steps or the leadership strip:
 * where a day falls across the plot, the ticks along its foot, and the as-of date A and the compared date B as lines
 * over it.
 *
 * @param window the days the plot spans, left to right
 * @param left the plot's left edge, in pixels
 * @param width the plot's width, in pixels
 */
public record DateAxis(TimeWindow window, double left, double width) {

    /** The x of the start of {@code day}. */
    public double x(LocalDate day) {
        return x(day.toEpochDay());
    }

    /** The x of the start of the day {@code epochDay}. */
    public double x(long epochDay) {
        return left + window.x(epochDay, width);
    }

    /** The x of the middle of {@code day}, where a cursor on it stands. */
    public double xOfMiddle(LocalDate day) {
        return left + window.x(day.toEpochDay() + 0.5, width);
    }

    /** The plot's right edge. */
    public double right() {
        return left + width;
    }

    /** Draws the axis line at {@code y} with the labelled ticks below it. */
    public void drawTicks(Painter painter, TextMeasure measure, double y, ChartStyle style) {
        painter.setLineWidth(1);
        painter.setDashes();
        painter.setStroke(style.grid());
        painter.strokeLine(left, y, right(), y);
        painter.setFont(style.font());
        painter.setFill(style.muted());
        double baseline = y + measure.ascent(style.font()) + 4;
        for (AxisTicks.Tick tick : AxisTicks.of(window, width).minor()) {
            painter.strokeLine(left + tick.x(), y, left + tick.x(), y + 3);
            if (!tick.label().isEmpty()) {
                painter.fillText(tick.label(), left + tick.x() + 2, baseline, Align.LEFT);
            }
        }
    }

    /**
     * Draws the as-of date A as a line in the highlight colour and the compared date B, when set, in the accent
     * colour, from {@code top} to {@code bottom}; while both are set each is tagged with its letter. Either is left
     * out when null or outside the window.
     */
    public void drawCursors(Painter painter, TextMeasure measure, double top, double bottom, LocalDate asOf,
                            LocalDate compareWith, ChartStyle style) {
        boolean both = asOf != null && compareWith != null;
        // B first, so A is on top where the two meet.
        drawDateLine(painter, measure, compareWith, "B", style.accent(), top, bottom, style);
        drawDateLine(painter, measure, asOf, both ? "A" : "", style.highlight(), top, bottom, style);
        painter.setLineWidth(1);
        painter.setFont(style.font());
    }

    private void drawDateLine(Painter painter, TextMeasure measure, LocalDate day, String letter, int colour,
                              double top, double bottom, ChartStyle style) {
        if (day == null || !inSight(day)) {
            return;
        }
        double x = xOfMiddle(day);
        painter.setStroke(colour);
        painter.setLineWidth(1.5);
        painter.setDashes();
        painter.strokeLine(x, top, x, bottom);
        if (!letter.isEmpty()) {
            painter.setFont(style.boldFont());
            painter.setFill(colour);
            painter.fillText(letter, x + 3, top + measure.ascent(style.boldFont()), Align.LEFT);
        }
    }

    private boolean inSight(LocalDate day) {
        double x = xOfMiddle(day);
        return x >= left && x <= right();
    }
}
