package com.stakeline.chart.timeline;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.Painter;

/**
 * The strip under the timeline: how events spread over the whole span, as a histogram of one bar per pixel, and the
 * window shown as a box. It keeps the histogram of the last model, span and width, so a frame that only moves the
 * window within the span costs a few hundred rectangles.
 */
public final class OverviewStrip {

    /** The narrowest the window's box is drawn, so a zoomed-in window can still be grabbed. */
    public static final double MIN_BOX = 6;

    private TimelineModel histogramModel;
    private TimeWindow histogramSpan;
    private int[] histogram = new int[0];
    private int histogramMax;

    /** The whole span, widened to include {@code window} when it reaches past the events. */
    public static TimeWindow span(TimelineModel model, TimeWindow window) {
        TimeWindow full = model.fullWindow();
        return new TimeWindow(Math.min(full.start(), window.start()), Math.max(full.end(), window.end()));
    }

    /** Where the window's box starts and ends in a strip {@code width} pixels wide. */
    public static double[] box(TimelineModel model, TimeWindow window, double width) {
        TimeWindow full = span(model, window);
        double x0 = full.x(window.start(), width);
        return new double[] {x0, Math.max(x0 + MIN_BOX, full.x(window.end(), width))};
    }

    /** Draws the strip for {@code model} with {@code window} boxed; an empty strip when there is no model. */
    public void draw(Painter painter, TimelineModel model, TimeWindow window, double width, double height,
                     ChartStyle style) {
        painter.setAlpha(1);
        painter.setLineWidth(1);
        painter.setDashes();
        painter.setFill(style.band());
        painter.fillRect(0, 0, width, height);
        painter.setStroke(style.grid());
        painter.strokeLine(0, 0.5, width, 0.5);
        if (model == null || window == null) {
            return;
        }
        updateHistogram(model, span(model, window), (int) Math.ceil(width));
        painter.setFill(style.muted());
        painter.setAlpha(0.55);
        for (int x = 0; x < histogram.length; x++) {
            if (histogram[x] > 0) {
                double share = Math.sqrt(histogram[x] / (double) histogramMax);
                double barHeight = Math.max(2, share * (height - 8));
                painter.fillRect(x, height - 2 - barHeight, 1, barHeight);
            }
        }
        double[] box = box(model, window, width);
        painter.setFill(style.accent());
        painter.setAlpha(0.12);
        painter.fillRect(box[0], 2, box[1] - box[0], height - 4);
        painter.setAlpha(1);
        painter.setStroke(style.accent());
        painter.setLineWidth(1.5);
        painter.strokeRect(box[0], 2, box[1] - box[0], height - 4);
        painter.setLineWidth(1);
    }

    private void updateHistogram(TimelineModel model, TimeWindow full, int width) {
        if (model == histogramModel && full.equals(histogramSpan) && histogram.length == width) {
            return;
        }
        histogramModel = model;
        histogramSpan = full;
        histogram = histogram(model, full, width);
        histogramMax = 1;
        for (int count : histogram) {
            histogramMax = Math.max(histogramMax, count);
        }
    }

    /** How many events start in each of {@code width} pixels across {@code full}. */
    static int[] histogram(TimelineModel model, TimeWindow full, int width) {
        int[] counts = new int[Math.max(1, width)];
        double scale = width / full.span();
        for (Lane lane : model.lanes()) {
            for (Track track : lane.tracks()) {
                if (track.size() <= counts.length) {
                    for (int i = 0; i < track.size(); i++) {
                        int x = (int) ((track.start(i) - full.start()) * scale);
                        if (x >= 0 && x < counts.length) {
                            counts[x]++;
                        }
                    }
                } else {
                    // A track with more events than pixels is counted a pixel at a time by binary search, so a
                    // million events cost a few thousand searches rather than a walk on the FX thread.
                    int before = track.endVisible(full.start());
                    for (int x = 0; x < counts.length; x++) {
                        int upTo = track.endVisible(full.start() + (x + 1) / scale);
                        counts[x] += upTo - before;
                        before = upTo;
                    }
                }
            }
        }
        return counts;
    }
}
