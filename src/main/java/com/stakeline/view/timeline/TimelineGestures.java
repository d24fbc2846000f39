package com.stakeline.view.timeline;

import com.stakeline.chart.timeline.Hit;
import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.chart.timeline.TimelineFrame;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import java.util.Optional;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * Turns the mouse and keys on the timeline's canvas into view-model calls. A click selects what is under it; a drag
 * pans. The as-of cursor is moved only from the axis, where its handle is, or by its date badge, so it never takes a
 * click meant for an event beneath it.
 */
final class TimelineGestures {

    private static final double DRAG_THRESHOLD = 3;
    /** How close to the cursor's handle, in pixels, the pointer shows that it can be dragged. */
    private static final double HANDLE_REACH = 6;

    private final TimelineSkin skin;
    private final Canvas canvas;
    private final TimelineViewModel viewModel;
    private final Tooltip tooltip = new Tooltip();

    private double pressX;
    private double pressY;
    private TimeWindow pressWindow;
    private boolean dragging;
    private boolean movingCursor;

    TimelineGestures(TimelineSkin skin, Canvas canvas, TimelineViewModel viewModel) {
        this.skin = skin;
        this.canvas = canvas;
        this.viewModel = viewModel;
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, event -> tooltip.hide());
        skin.getSkinnable().addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private double dayAt(double x) {
        return viewModel.windowProperty().get().day(x, canvas.getWidth());
    }

    /** Whether a press at (x, y) takes the as-of cursor: anywhere on the axis, or on the cursor's date badge. */
    private boolean grabsCursor(double x, double y) {
        TimelineFrame frame = skin.frame();
        return frame != null && (y < TimelineSkin.AXIS_HEIGHT
                || skin.renderer().asOfBadge(frame).map(badge -> badge.contains(x, y)).orElse(false));
    }

    private void scrolled(ScrollEvent event) {
        TimeWindow window = viewModel.windowProperty().get();
        if (window == null) {
            return;
        }
        if (event.isShiftDown() || Math.abs(event.getDeltaX()) > Math.abs(event.getDeltaY())) {
            double delta = event.getDeltaX() != 0 ? event.getDeltaX() : event.getDeltaY();
            viewModel.panDays(-delta / window.pixelsPerDay(canvas.getWidth()));
        } else if (event.isControlDown()) {
            skin.scrollLanesBy(-event.getDeltaY());
        } else {
            // Platforms scale wheel deltas differently; the multiplier turns them back into notches.
            double notches = event.getMultiplierY() > 0 ? event.getDeltaY() / event.getMultiplierY()
                    : Math.signum(event.getDeltaY());
            viewModel.zoom(Math.pow(TimelineViewModel.ZOOM_STEP, notches), dayAt(event.getX()));
        }
        event.consume();
    }

    private void pressed(MouseEvent event) {
        skin.getSkinnable().requestFocus();
        tooltip.hide();
        pressX = event.getX();
        pressY = event.getY();
        pressWindow = viewModel.windowProperty().get();
        dragging = false;
        if (event.getButton() == MouseButton.PRIMARY && event.isShiftDown() && event.getY() < TimelineSkin.AXIS_HEIGHT) {
            // Shift+click on the axis pins the date the analysis tabs compare with the as-of date.
            viewModel.compareWith(dayAt(event.getX()));
            pressWindow = null;
            return;
        }
        movingCursor = event.getButton() == MouseButton.PRIMARY && grabsCursor(event.getX(), event.getY());
        if (movingCursor) {
            viewModel.moveAsOfTo(dayAt(event.getX()));
        }
    }

    private void dragged(MouseEvent event) {
        if (pressWindow == null || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (Math.abs(event.getX() - pressX) > DRAG_THRESHOLD || Math.abs(event.getY() - pressY) > DRAG_THRESHOLD) {
            dragging = true;
        }
        if (movingCursor) {
            viewModel.moveAsOfTo(dayAt(event.getX()));
        } else if (dragging) {
            double days = (event.getX() - pressX) / pressWindow.pixelsPerDay(canvas.getWidth());
            viewModel.windowProperty().set(pressWindow.pan(-days));
            skin.scrollLanesBy(-(event.getY() - pressY) / 4);
            pressY = event.getY();
            canvas.setCursor(Cursor.CLOSED_HAND);
        }
    }

    private void released(MouseEvent event) {
        canvas.setCursor(Cursor.DEFAULT);
        boolean click = !dragging && !movingCursor && event.getButton() == MouseButton.PRIMARY;
        pressWindow = null;
        movingCursor = false;
        if (click) {
            hitAt(event.getX(), event.getY()).ifPresent(hit -> clicked(hit, event.getClickCount()));
        }
    }

    private void clicked(Hit hit, int clickCount) {
        if (hit.isHeader()) {
            viewModel.toggleLane(hit.lane().lane().id());
        } else if (hit.unit().isCluster()) {
            viewModel.zoomToCluster(hit.unit(), canvas.getWidth());
        } else {
            viewModel.select(hit.eventIndex());
            if (clickCount == 2) {
                viewModel.zoomToSelected();
            }
        }
    }

    private void moved(MouseEvent event) {
        TimelineFrame frame = skin.frame();
        boolean onHandle = frame != null && frame.asOf() != null && (event.getY() < TimelineSkin.AXIS_HEIGHT
                && Math.abs(event.getX() - frame.xOf(frame.asOf())) <= HANDLE_REACH
                || grabsCursor(event.getX(), event.getY()) && event.getY() >= TimelineSkin.AXIS_HEIGHT);
        canvas.setCursor(onHandle ? Cursor.H_RESIZE : Cursor.DEFAULT);
        Optional<Hit> hit = hitAt(event.getX(), event.getY());
        if (hit.isEmpty() || hit.get().isHeader()) {
            tooltip.hide();
            return;
        }
        tooltip.setText(viewModel.describe(hit.get()));
        tooltip.show(canvas, event.getScreenX() + 14, event.getScreenY() + 14);
    }

    private Optional<Hit> hitAt(double x, double y) {
        TimelineFrame frame = skin.frame();
        if (frame == null || y < TimelineSkin.AXIS_HEIGHT) {
            return Optional.empty();
        }
        return Hit.at(frame.layout(), x, y - TimelineSkin.AXIS_HEIGHT + frame.scrollY());
    }

    private void keyPressed(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean plain = !event.isShortcutDown() && !event.isAltDown();
        boolean handled = true;
        if (code == KeyCode.LEFT || code == KeyCode.RIGHT) {
            int step = code == KeyCode.LEFT ? -1 : 1;
            if (event.isShortcutDown()) {
                viewModel.selectNeighbour(step);
            } else if (event.isShiftDown()) {
                viewModel.stepAsOf(step, canvas.getWidth());
            } else {
                viewModel.panBy(step * TimelineViewModel.PAN_STEP);
            }
        } else if (code == KeyCode.TAB && !event.isControlDown()) {
            // Tab moves between events, as the timeline's users expect; Ctrl+Tab still leaves the timeline.
            viewModel.selectNeighbour(event.isShiftDown() ? -1 : 1);
        } else if (plain && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            viewModel.zoomCentre(TimelineViewModel.ZOOM_STEP);
        } else if (plain && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            viewModel.zoomCentre(1 / TimelineViewModel.ZOOM_STEP);
        } else if (code == KeyCode.HOME || code == KeyCode.END) {
            viewModel.selectEdge(code == KeyCode.END);
        } else if (plain && code == KeyCode.F) {
            viewModel.fitAll();
        } else if (code == KeyCode.UP || code == KeyCode.DOWN) {
            skin.scrollLanesBy((code == KeyCode.UP ? -2 : 2) * skin.getSkinnable().metrics().rowHeight());
        } else if (plain && code == KeyCode.C) {
            viewModel.moveAsOfToSelection();
        } else if (plain && code == KeyCode.Z) {
            viewModel.zoomToSelected();
        } else if (code == KeyCode.ENTER) {
            skin.getSkinnable().onOpenDetailsProperty().get().run();
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
        }
    }
}
