package com.stakeline.view.timeline;

import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.chart.timeline.TimelineModel;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import com.stakeline.chart.timeline.OverviewStrip;
import java.util.Optional;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;

/**
 * The mouse on the overview strip under the timeline ({@link OverviewStrip} draws it): the visible window's box can be
 * dragged to move it or dragged at an edge to resize it; a click outside the box centres the window there.
 */
final class OverviewGestures {

    private static final double EDGE = 5;

    private final Canvas canvas;
    private final TimelineViewModel viewModel;

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

    /** What part of the window's box is at {@code x}, or null outside it; empty when nothing is shown. */
    private Optional<Grab> grabAt(double x) {
        TimeWindow window = viewModel.windowProperty().get();
        TimelineModel model = viewModel.getModel();
        if (window == null || model == null) {
            return Optional.empty();
        }
        double[] box = OverviewStrip.box(model, window, canvas.getWidth());
        double x0 = box[0];
        double x1 = box[1];
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
            TimeWindow full = OverviewStrip.span(viewModel.getModel(), window);
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
        TimeWindow full = OverviewStrip.span(viewModel.getModel(), pressWindow);
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
