package com.stakeline.view.timeline;

import com.stakeline.viewmodel.timeline.TimeWindow;
import com.stakeline.viewmodel.timeline.TimelineModel;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import com.stakeline.viewmodel.timeline.Track;
import java.util.Optional;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;

/**
 * The overview strip under the timeline: how events spread over the whole span, and the visible window as a box
 * that can be dragged to move it or dragged at an edge to resize it. A click outside the box centres the window there.
 */
final class OverviewGestures {

    private static final double EDGE = 5;
    private static final double MIN_BOX = 6;

    private final Canvas canvas;
    private final TimelineViewModel viewModel;
    private TimelineModel histogramModel;
    private int[] histogram = new int[0];
    private int histogramMax;

    /** Which part of the window's box the mouse holds. */
    private enum Grab { MOVE, LEFT, RIGHT, OUTSIDE }

    private Grab grab;
    private double pressX;
    private TimeWindow pressWindow;

    OverviewGestures(Canvas canvas, TimelineViewModel viewModel) {
        this.canvas = canvas;
        this.viewModel = viewModel;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> grab = null);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
    }

    /** Draws the strip for the model's whole span and the window shown. */
    void draw(TimelineModel model, TimeWindow window, TimelineView style) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.setFill(style.bandPaint());
        g.fillRect(0, 0, width, height);
        g.setStroke(style.gridPaint());
        g.strokeLine(0, 0.5, width, 0.5);
        if (model == null || window == null) {
            return;
        }
        TimeWindow full = overviewWindow(model, window);
        updateHistogram(model, full, (int) Math.ceil(width));
        g.setFill(style.mutedPaint());
        g.setGlobalAlpha(0.55);
        for (int x = 0; x < histogram.length; x++) {
            if (histogram[x] > 0) {
                double share = Math.sqrt(histogram[x] / (double) histogramMax);
                double barHeight = Math.max(2, share * (height - 8));
                g.fillRect(x, height - 2 - barHeight, 1, barHeight);
            }
        }
        g.setGlobalAlpha(1);
        double x0 = full.x(window.start(), width);
        double x1 = Math.max(x0 + MIN_BOX, full.x(window.end(), width));
        g.setFill(style.todayPaint());
        g.setGlobalAlpha(0.12);
        g.fillRect(x0, 2, x1 - x0, height - 4);
        g.setGlobalAlpha(1);
        g.setStroke(style.todayPaint());
        g.setLineWidth(1.5);
        g.strokeRect(x0, 2, x1 - x0, height - 4);
        g.setLineWidth(1);
    }

    /** The whole span, widened to include the window when it reaches past the events. */
    private static TimeWindow overviewWindow(TimelineModel model, TimeWindow window) {
        TimeWindow full = model.fullWindow();
        return new TimeWindow(Math.min(full.start(), window.start()), Math.max(full.end(), window.end()));
    }

    private void updateHistogram(TimelineModel model, TimeWindow full, int width) {
        if (model == histogramModel && histogram.length == width) {
            return;
        }
        histogramModel = model;
        histogram = new int[Math.max(1, width)];
        model.lanes().forEach(lane -> lane.tracks().forEach(track -> count(track, full, width)));
        histogramMax = 1;
        for (int count : histogram) {
            histogramMax = Math.max(histogramMax, count);
        }
    }

    private void count(Track track, TimeWindow full, int width) {
        double scale = width / full.span();
        for (int i = 0; i < track.size(); i++) {
            int x = (int) ((track.start(i) - full.start()) * scale);
            if (x >= 0 && x < histogram.length) {
                histogram[x]++;
            }
        }
    }

    /** What part of the window's box is at {@code x}, or null outside it; empty when nothing is shown. */
    private Optional<Grab> grabAt(double x) {
        TimeWindow window = viewModel.windowProperty().get();
        TimelineModel model = viewModel.getModel();
        if (window == null || model == null) {
            return Optional.empty();
        }
        TimeWindow full = overviewWindow(model, window);
        double x0 = full.x(window.start(), canvas.getWidth());
        double x1 = Math.max(x0 + MIN_BOX, full.x(window.end(), canvas.getWidth()));
        if (Math.abs(x - x0) <= EDGE) {
            return Optional.of(Grab.LEFT);
        }
        if (Math.abs(x - x1) <= EDGE) {
            return Optional.of(Grab.RIGHT);
        }
        return Optional.of(x > x0 && x < x1 ? Grab.MOVE : Grab.OUTSIDE);
    }

    private void pressed(MouseEvent event) {
        Optional<Grab> at = grabAt(event.getX());
        if (at.isEmpty()) {
            return;
        }
        grab = at.get();
        if (grab == Grab.OUTSIDE) {
            TimeWindow window = viewModel.windowProperty().get();
            TimeWindow full = overviewWindow(viewModel.getModel(), window);
            viewModel.windowProperty().set(window.centredOn(full.day(event.getX(), canvas.getWidth())));
            grab = Grab.MOVE;
        }
        pressX = event.getX();
        pressWindow = viewModel.windowProperty().get();
    }

    private void dragged(MouseEvent event) {
        if (grab == null || pressWindow == null) {
            return;
        }
        TimeWindow full = overviewWindow(viewModel.getModel(), pressWindow);
        double days = (event.getX() - pressX) / full.pixelsPerDay(canvas.getWidth());
        TimeWindow moved = switch (grab) {
            case MOVE -> pressWindow.pan(days);
            case LEFT -> resized(pressWindow.start() + days, pressWindow.end());
            case RIGHT -> resized(pressWindow.start(), pressWindow.end() + days);
            case OUTSIDE -> pressWindow;
        };
        viewModel.windowProperty().set(moved);
    }

    private static TimeWindow resized(double start, double end) {
        return end - start >= TimeWindow.MIN_SPAN_DAYS ? new TimeWindow(start, end)
                : new TimeWindow(start, start + TimeWindow.MIN_SPAN_DAYS);
    }

    private void moved(MouseEvent event) {
        Grab over = grabAt(event.getX()).orElse(Grab.OUTSIDE);
        canvas.setCursor(switch (over) {
            case LEFT, RIGHT -> Cursor.H_RESIZE;
            case MOVE -> Cursor.MOVE;
            case OUTSIDE -> Cursor.DEFAULT;
        });
    }
}
