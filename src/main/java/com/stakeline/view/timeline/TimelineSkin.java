package com.stakeline.view.timeline;

import com.stakeline.domain.Event;
import com.stakeline.domain.PartialDate;
import com.stakeline.domain.Precision;
import com.stakeline.viewmodel.timeline.AxisTicks;
import com.stakeline.viewmodel.timeline.EventSummary;
import com.stakeline.viewmodel.timeline.FrameLayout;
import com.stakeline.viewmodel.timeline.Hit;
import com.stakeline.viewmodel.timeline.LaneKind;
import com.stakeline.viewmodel.timeline.TenureBar;
import com.stakeline.viewmodel.timeline.TimeWindow;
import com.stakeline.viewmodel.timeline.TimelineLayout;
import com.stakeline.viewmodel.timeline.TimelineMetrics;
import com.stakeline.viewmodel.timeline.TimelineModel;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import com.stakeline.viewmodel.timeline.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * Draws a {@link TimelineView} on a canvas: the axis, the lanes, only the visible events (laid out by
 * {@link TimelineLayout}), the today line, the as-of cursor, and the overview strip; and turns mouse and keys into
 * view-model gestures.
 */
final class TimelineSkin extends SkinBase<TimelineView> {

    static final double AXIS_HEIGHT = 40;
    static final double OVERVIEW_HEIGHT = 34;
    private static final double CURSOR_GRAB = 5;
    private static final double DRAG_THRESHOLD = 3;
    /** How much of a bar whose start the sources do not give is drawn paler. */
    private static final double UNKNOWN_START_FADE = 40;
    /** Bars narrower than this get neither a label nor an outline. */
    private static final double MIN_BAR_LABEL = 24;

    private final TimelineViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final Canvas overview = new Canvas();
    private final ScrollBar scrollBar = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private final OverviewGestures overviewGestures;

    private CharWidthMeasure measure;
    private Font boldFont;
    private FrameLayout frame;
    private boolean redrawPending;

    private double pressX;
    private double pressY;
    private TimeWindow pressWindow;
    private boolean dragging;
    private boolean draggingCursor;

    TimelineSkin(TimelineView control) {
        super(control);
        viewModel = control.getViewModel();
        canvas.getStyleClass().add("timeline-canvas");
        overview.getStyleClass().add("overview-canvas");
        scrollBar.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, overview, scrollBar);
        tooltip.setShowDelay(Duration.millis(250));
        overviewGestures = new OverviewGestures(overview, viewModel);

        for (Observable trigger : new Observable[] {viewModel.modelProperty(), viewModel.windowProperty(),
                viewModel.selectedEventProperty(), viewModel.asOfProperty(), viewModel.collapsedLanes(),
                viewModel.matchesProperty(), viewModel.hideUnmatchedProperty(), scrollBar.valueProperty(),
                control.widthProperty(), control.heightProperty(), control.focusedProperty()}) {
            trigger.addListener(observable -> requestRedraw());
        }
        control.needsLayoutProperty().addListener(observable -> requestRedraw());

        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, event -> tooltip.hide());
        control.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        viewModel.selectedEventProperty().addListener(observable ->
                control.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT));
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        double barWidth = scrollBar.isVisible() ? scrollBar.prefWidth(-1) : 0;
        canvas.setWidth(Math.max(1, width - barWidth));
        canvas.setHeight(Math.max(1, height - OVERVIEW_HEIGHT));
        canvas.relocate(x, y);
        scrollBar.resizeRelocate(x + width - barWidth, y + AXIS_HEIGHT, barWidth, Math.max(0, height - OVERVIEW_HEIGHT - AXIS_HEIGHT));
        overview.setWidth(Math.max(1, width));
        overview.setHeight(OVERVIEW_HEIGHT);
        overview.relocate(x, y + height - OVERVIEW_HEIGHT);
        requestRedraw();
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 360;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return AXIS_HEIGHT + OVERVIEW_HEIGHT + 60;
    }

    /** Redraws once after the current burst of changes. */
    private void requestRedraw() {
        if (!redrawPending) {
            redrawPending = true;
            Platform.runLater(() -> {
                redrawPending = false;
                redraw();
            });
        }
    }

    /** Lays out and draws the visible part of the timeline and the overview; package-visible for the benchmark. */
    void redraw() {
        TimelineView control = getSkinnable();
        TimelineModel model = viewModel.getModel();
        TimeWindow window = viewModel.windowProperty().get();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.setFill(control.backgroundPaint());
        g.fillRect(0, 0, width, height);
        if (model == null || window == null) {
            frame = null;
            overviewGestures.draw(null, null, control);
            return;
        }
        if (measure == null || !measure.font().equals(control.labelFont())) {
            measure = new CharWidthMeasure(control.labelFont());
            boldFont = Font.font(control.labelFont().getFamily(), FontWeight.BOLD, control.labelFont().getSize());
        }
        double scrolled = scrollBar.getValue();
        frame = TimelineLayout.layout(model, window, width, Set.copyOf(viewModel.collapsedLanes()), measure,
                control.metrics(), scrolled, scrolled + height - AXIS_HEIGHT);
        updateScrollBar(height);
        scrollBar.setUnitIncrement(frame.metrics().rowHeight());
        double top = AXIS_HEIGHT - scrollBar.getValue();
        AxisTicks ticks = AxisTicks.of(window, width);

        g.save();
        g.beginPath();
        g.rect(0, AXIS_HEIGHT, width, height - AXIS_HEIGHT);
        g.clip();
        drawLaneBands(g, width, top);
        drawGrid(g, ticks, height);
        drawToday(g, window, width, height);
        drawLanes(g, model, top, width);
        g.restore();
        drawAxis(g, ticks, width);
        drawCursor(g, window, width, height);
        if (control.isFocused()) {
            // The canvas covers the control, so the keyboard focus is drawn on it rather than by CSS.
            g.setStroke(control.todayPaint());
            g.setLineWidth(2);
            g.strokeRect(1, 1, width - 2, height - 2);
            g.setLineWidth(1);
        }
        overviewGestures.draw(model, window, control);
    }

    /** The layout of the last frame drawn, or null; for tests that click where an event is drawn. */
    FrameLayout frame() {
        return frame;
    }

    /** How far the lanes are scrolled up, in pixels. */
    double scrollOffset() {
        return scrollBar.getValue();
    }

    private void updateScrollBar(double height) {
        double content = frame.height();
        double viewport = height - AXIS_HEIGHT;
        boolean needed = content > viewport;
        if (scrollBar.isVisible() != needed) {
            scrollBar.setVisible(needed);
            getSkinnable().requestLayout();
        }
        scrollBar.setMax(Math.max(0, content - viewport));
        scrollBar.setVisibleAmount(Math.max(1, viewport));
        if (scrollBar.getValue() > scrollBar.getMax()) {
            scrollBar.setValue(scrollBar.getMax());
        }
    }

    private void drawLaneBands(GraphicsContext g, double width, double top) {
        TimelineView control = getSkinnable();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (FrameLayout.LaneFrame lane : frame.lanes()) {
            double y = top + lane.y();
            if (y + lane.height() < AXIS_HEIGHT || y > canvas.getHeight()) {
                continue;
            }
            g.setFill(control.bandPaint());
            g.fillRect(0, y, width, frame.metrics().headerHeight());
            g.setFill(lanePaint(lane));
            g.fillRect(0, y, 3, lane.height() - frame.metrics().laneGap());
            g.setFont(boldFont);
            g.setFill(control.textPaint());
            String title = (lane.collapsed() ? "▸ " : "▾ ") + lane.lane().title() + "  (" + lane.lane().size() + ")";
            g.fillText(title, 10, y + frame.metrics().headerHeight() / 2);
        }
    }

    private void drawGrid(GraphicsContext g, AxisTicks ticks, double height) {
        g.setStroke(getSkinnable().gridPaint());
        g.setLineWidth(1);
        for (AxisTicks.Tick tick : ticks.minor()) {
            double x = Math.round(tick.x()) + 0.5;
            g.strokeLine(x, AXIS_HEIGHT, x, height);
        }
    }

    private void drawToday(GraphicsContext g, TimeWindow window, double width, double height) {
        double x = window.x(viewModel.today().toEpochDay() + 0.5, width);
        if (x < 0 || x > width) {
            return;
        }
        g.setStroke(getSkinnable().todayPaint());
        g.setLineDashes(4, 4);
        g.strokeLine(x, AXIS_HEIGHT, x, height);
        g.setLineDashes();
    }

    private void drawLanes(GraphicsContext g, TimelineModel model, double top, double width) {
        int selected = viewModel.indexOf(viewModel.selectedEventProperty().get());
        for (FrameLayout.LaneFrame lane : frame.lanes()) {
            Paint color = lanePaint(lane);
            for (FrameLayout.TrackFrame track : lane.tracks()) {
                double trackBottom = top + track.rowsY() + track.rows() * frame.metrics().rowHeight();
                if (trackBottom < AXIS_HEIGHT || top + track.y() > canvas.getHeight()) {
                    continue;
                }
                if (lane.lane().kind() == LaneKind.LEADERSHIP) {
                    drawPerson(g, track, top, width, color);
                }
                for (Unit unit : track.units()) {
                    drawUnit(g, model, track, unit, top + track.rowsY() + unit.row() * frame.metrics().rowHeight(), color,
                            selected);
                }
            }
        }
    }

    private void drawPerson(GraphicsContext g, FrameLayout.TrackFrame track, double top, double width, Paint color) {
        TimeWindow window = frame.window();
        TimelineMetrics metrics = frame.metrics();
        double y = top + track.barY() + metrics.nameHeight() + 2;
        double barHeight = metrics.barHeight();
        double coveredTo = -Double.MAX_VALUE;
        double labelledTo = -Double.MAX_VALUE;
        for (TenureBar bar : track.track().tenures()) {
            double x0 = Math.max(-2, window.x(bar.start(), width));
            double x1 = Math.min(width + 2, window.x(bar.end(), width));
            // A bar off screen, or inside the pixels the bars before it already filled, would draw nothing new.
            if (x1 < 0 || x0 > width || x1 <= coveredTo) {
                continue;
            }
            coveredTo = Math.max(coveredTo, x1);
            g.setGlobalAlpha(bar.interim() ? 0.35 : 0.6);
            g.setFill(color);
            g.fillRect(x0, y, Math.max(2, x1 - x0), barHeight);
            if (!bar.startKnown()) {
                // The sources give only the end: the first stretch is paler, so the start does not look stated.
                g.setGlobalAlpha(0.6);
                g.setFill(getSkinnable().backgroundPaint());
                g.fillRect(x0, y, Math.min(x1 - x0, UNKNOWN_START_FADE), barHeight);
            }
            g.setGlobalAlpha(1);
            if (x1 - x0 < MIN_BAR_LABEL) {
                continue;
            }
            if (bar.interim()) {
                g.setStroke(color);
                g.setLineDashes(3, 2);
                g.strokeRect(x0 + 0.5, y + 0.5, x1 - x0 - 1, barHeight - 1);
                g.setLineDashes();
            }
            double labelX = Math.max(x0, 0) + 4;
            if (labelX < labelledTo) {
                continue;
            }
            String label = measure.fit(bar.label(), x1 - labelX - 4);
            if (!label.isEmpty()) {
                g.setFont(getSkinnable().labelFont());
                g.setFill(getSkinnable().textPaint());
                g.fillText(label, labelX, y + barHeight / 2);
                labelledTo = labelX + measure.width(label) + TimelineLayout.GAP;
            }
        }
        g.setFont(boldFont);
        g.setFill(getSkinnable().mutedPaint());
        String name = track.track().title();
        g.fillText(name, 10, top + track.barY() + metrics.nameHeight() / 2 + 1);
    }

    private void drawUnit(GraphicsContext g, TimelineModel model, FrameLayout.TrackFrame track, Unit unit, double y,
                          Paint color, int selected) {
        TimelineView control = getSkinnable();
        double middle = y + frame.metrics().rowHeight() / 2;
        int eventIndex = track.track().eventIndex(unit.first());
        boolean isSelected = selected >= 0 && model.isShown(selected) && unit.covers(model.positionOf(selected))
                && sameTrack(model, selected, track);
        g.setFont(control.labelFont());
        g.setTextBaseline(VPos.CENTER);
        if (unit.isCluster()) {
            double badgeWidth = unit.labelWidth();
            g.setGlobalAlpha(0.18);
            g.setFill(color);
            g.fillRect(unit.x0(), middle - 2, Math.max(2, unit.x1() - unit.x0()), 4);
            g.setGlobalAlpha(1);
            g.setFill(color);
            g.fillRoundRect(unit.x0(), middle - 8, badgeWidth, 16, 16, 16);
            g.setFill(Color.WHITE);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(unit.label(), unit.x0() + badgeWidth / 2, middle);
            g.setTextAlign(TextAlignment.LEFT);
            if (isSelected) {
                g.setStroke(control.selectionPaint());
                g.setLineWidth(2);
                g.strokeRoundRect(unit.x0() - 2, middle - 10, badgeWidth + 4, 20, 20, 20);
                g.setLineWidth(1);
            }
            return;
        }
        Event event = model.events().get(eventIndex);
        boolean faded = viewModel.isFaded(eventIndex);
        g.setGlobalAlpha(faded ? 0.25 : 1);
        boolean exact = event.date().precision() == Precision.DAY && event.end().isEmpty();
        if (exact) {
            g.setFill(color);
            double r = 5;
            g.fillPolygon(new double[] {unit.x0(), unit.x0() + r, unit.x0(), unit.x0() - r},
                    new double[] {middle - r, middle, middle + r, middle}, 4);
        } else {
            boolean bar = event.end().isPresent();
            double w = Math.max(3, unit.x1() - unit.x0());
            g.setGlobalAlpha((faded ? 0.25 : 1) * (bar ? 0.55 : 0.22));
            g.setFill(color);
            g.fillRect(unit.x0(), middle - 6, w, 12);
            g.setGlobalAlpha(faded ? 0.25 : 1);
            g.setStroke(color);
            if (!bar) {
                g.setLineDashes(2, 2);
            }
            g.strokeRect(unit.x0() + 0.5, middle - 5.5, w - 1, 11);
            g.setLineDashes();
        }
        if (viewModel.isFlagged(event.id())) {
            g.setFill(control.warningPaint());
            g.fillOval(unit.x0() + 2, middle - 10, 7, 7);
        }
        if (!unit.label().isEmpty()) {
            g.setFont(control.labelFont());
            g.setFill(control.textPaint());
            g.fillText(unit.label(), unit.labelX(), middle);
        }
        g.setGlobalAlpha(1);
        if (isSelected) {
            g.setStroke(control.selectionPaint());
            g.setLineWidth(2);
            double right = Math.max(unit.x1(), unit.labelX() + unit.labelWidth());
            g.strokeRoundRect(unit.x0() - 7, middle - 9, right - unit.x0() + 11, 18, 6, 6);
            g.setLineWidth(1);
        }
    }

    private static boolean sameTrack(TimelineModel model, int eventIndex, FrameLayout.TrackFrame track) {
        return track.track().size() > model.positionOf(eventIndex)
                && track.track().eventIndex(model.positionOf(eventIndex)) == eventIndex;
    }

    private void drawAxis(GraphicsContext g, AxisTicks ticks, double width) {
        TimelineView control = getSkinnable();
        g.setFill(control.backgroundPaint());
        g.fillRect(0, 0, width, AXIS_HEIGHT);
        g.setStroke(control.gridPaint());
        g.strokeLine(0, AXIS_HEIGHT - 0.5, width, AXIS_HEIGHT - 0.5);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(control.labelFont());
        g.setFill(control.mutedPaint());
        for (AxisTicks.Tick tick : ticks.minor()) {
            if (tick.x() >= -40 && tick.x() <= width) {
                g.fillText(tick.label(), tick.x() + 3, AXIS_HEIGHT - 10);
                g.strokeLine(Math.round(tick.x()) + 0.5, AXIS_HEIGHT - 6, Math.round(tick.x()) + 0.5, AXIS_HEIGHT);
            }
        }
        g.setFont(boldFont);
        g.setFill(control.textPaint());
        List<AxisTicks.Tick> major = ticks.major();
        for (int i = 0; i < major.size(); i++) {
            AxisTicks.Tick tick = major.get(i);
            double next = i + 1 < major.size() ? major.get(i + 1).x() : Double.MAX_VALUE;
            double x = Math.max(tick.x(), 4);
            double labelWidth = measure.width(tick.label());
            if (x + labelWidth + 8 < next && x <= width) {
                g.fillText(tick.label(), x + 3, 12);
            }
            if (tick.x() > 0) {
                g.strokeLine(Math.round(tick.x()) + 0.5, 0, Math.round(tick.x()) + 0.5, AXIS_HEIGHT);
            }
        }
    }

    private void drawCursor(GraphicsContext g, TimeWindow window, double width, double height) {
        LocalDate asOf = viewModel.asOfProperty().get();
        if (asOf == null) {
            return;
        }
        double x = cursorX(window, width, asOf);
        if (x < 0 || x > width) {
            return;
        }
        TimelineView control = getSkinnable();
        g.setStroke(control.cursorPaint());
        g.setLineWidth(2);
        g.strokeLine(x, AXIS_HEIGHT - 14, x, height);
        g.setLineWidth(1);
        String label = "As of " + PartialDate.ofDay(asOf).display();
        double labelWidth = measure.width(label) + 12;
        double chipX = Math.min(Math.max(0, x - labelWidth / 2), width - labelWidth);
        g.setFill(control.cursorPaint());
        g.fillRoundRect(chipX, AXIS_HEIGHT - 18, labelWidth, 16, 8, 8);
        g.setFill(Color.WHITE);
        g.setFont(control.labelFont());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(label, chipX + 6, AXIS_HEIGHT - 10);
    }

    private static double cursorX(TimeWindow window, double width, LocalDate asOf) {
        return window.x(asOf.toEpochDay() + 0.5, width);
    }

    private Paint lanePaint(FrameLayout.LaneFrame lane) {
        List<Paint> paints = getSkinnable().lanePaints();
        int index = lane.lane().kind() == LaneKind.ENTITY ? lane.index() % paints.size() : lane.lane().kind().ordinal();
        return paints.get(index);
    }

    // Mouse and keys.

    private void scrolled(ScrollEvent event) {
        TimeWindow window = viewModel.windowProperty().get();
        if (window == null) {
            return;
        }
        if (event.isShiftDown() || Math.abs(event.getDeltaX()) > Math.abs(event.getDeltaY())) {
            double delta = event.getDeltaX() != 0 ? event.getDeltaX() : event.getDeltaY();
            viewModel.panDays(-delta / window.pixelsPerDay(canvas.getWidth()));
        } else if (event.isControlDown()) {
            scrollBar.setValue(clamp(scrollBar.getValue() - event.getDeltaY(), 0, scrollBar.getMax()));
        } else {
            // Platforms scale wheel deltas differently; the multiplier turns them back into notches.
            double notches = event.getMultiplierY() > 0 ? event.getDeltaY() / event.getMultiplierY() : Math.signum(event.getDeltaY());
            double factor = Math.pow(TimelineViewModel.ZOOM_STEP, notches);
            viewModel.zoom(factor, window.day(event.getX(), canvas.getWidth()));
        }
        event.consume();
    }

    private void pressed(MouseEvent event) {
        getSkinnable().requestFocus();
        tooltip.hide();
        pressX = event.getX();
        pressY = event.getY();
        pressWindow = viewModel.windowProperty().get();
        dragging = false;
        LocalDate asOf = viewModel.asOfProperty().get();
        draggingCursor = pressWindow != null && asOf != null
                && Math.abs(event.getX() - cursorX(pressWindow, canvas.getWidth(), asOf)) <= CURSOR_GRAB;
    }

    private void dragged(MouseEvent event) {
        if (pressWindow == null || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (Math.abs(event.getX() - pressX) > DRAG_THRESHOLD || Math.abs(event.getY() - pressY) > DRAG_THRESHOLD) {
            dragging = true;
        }
        if (draggingCursor) {
            double day = viewModel.windowProperty().get().day(event.getX(), canvas.getWidth());
            viewModel.asOfProperty().set(LocalDate.ofEpochDay((long) Math.floor(day)));
        } else if (dragging) {
            double days = (event.getX() - pressX) / pressWindow.pixelsPerDay(canvas.getWidth());
            viewModel.windowProperty().set(pressWindow.pan(-days));
            scrollBar.setValue(clamp(scrollBar.getValue() - (event.getY() - pressY) / 4, 0, scrollBar.getMax()));
            pressY = event.getY();
            canvas.setCursor(Cursor.CLOSED_HAND);
        }
    }

    private void released(MouseEvent event) {
        canvas.setCursor(Cursor.DEFAULT);
        boolean click = !dragging && !draggingCursor && event.getButton() == MouseButton.PRIMARY;
        pressWindow = null;
        draggingCursor = false;
        if (!click || frame == null) {
            return;
        }
        if (event.getY() < AXIS_HEIGHT) {
            TimeWindow window = viewModel.windowProperty().get();
            viewModel.asOfProperty().set(LocalDate.ofEpochDay((long) Math.floor(window.day(event.getX(), canvas.getWidth()))));
            return;
        }
        Optional<Hit> hit = hitAt(event.getX(), event.getY());
        if (hit.isEmpty()) {
            return;
        }
        if (hit.get().isHeader()) {
            viewModel.toggleLane(hit.get().lane().lane().id());
        } else if (hit.get().unit().isCluster()) {
            Unit unit = hit.get().unit();
            TimeWindow window = viewModel.windowProperty().get();
            double from = window.day(unit.x0(), canvas.getWidth());
            double to = window.day(Math.max(unit.x1(), unit.x0() + TimelineLayout.CLUSTER_PIXELS), canvas.getWidth());
            viewModel.windowProperty().set(new TimeWindow(from, Math.max(to, from + TimeWindow.MIN_SPAN_DAYS)).padded(0.5));
        } else {
            Event selected = viewModel.getModel().events().get(hit.get().eventIndex());
            viewModel.selectedEventProperty().set(selected);
            if (event.getClickCount() == 2) {
                viewModel.zoomTo(selected);
            }
        }
    }

    private void moved(MouseEvent event) {
        LocalDate asOf = viewModel.asOfProperty().get();
        TimeWindow window = viewModel.windowProperty().get();
        boolean onCursor = window != null && asOf != null
                && Math.abs(event.getX() - cursorX(window, canvas.getWidth(), asOf)) <= CURSOR_GRAB;
        canvas.setCursor(onCursor ? Cursor.H_RESIZE : Cursor.DEFAULT);
        Optional<Hit> hit = frame == null ? Optional.empty() : hitAt(event.getX(), event.getY());
        if (hit.isEmpty() || hit.get().isHeader()) {
            tooltip.hide();
            return;
        }
        tooltip.setText(tooltipText(hit.get()));
        tooltip.show(canvas, event.getScreenX() + 14, event.getScreenY() + 14);
    }

    private Optional<Hit> hitAt(double x, double y) {
        if (y < AXIS_HEIGHT) {
            return Optional.empty();
        }
        return Hit.at(frame, x, y - AXIS_HEIGHT + scrollBar.getValue());
    }

    private String tooltipText(Hit hit) {
        TimelineModel model = viewModel.getModel();
        if (hit.unit().isCluster()) {
            List<Event> events = IntStream.range(hit.unit().first(), hit.unit().end())
                    .limit(6)
                    .mapToObj(position -> model.events().get(hit.track().track().eventIndex(position)))
                    .toList();
            String shown = events.stream().map(e -> e.date().display() + "  " + e.title()).collect(Collectors.joining("\n"));
            return hit.unit().count() + " events — click to zoom in\n" + shown + (hit.unit().count() > 6 ? "\n…" : "");
        }
        return EventSummary.describe(model.events().get(hit.eventIndex()), viewModel.storeProperty().get());
    }

    private void keyPressed(KeyEvent event) {
        TimelineView control = getSkinnable();
        KeyCode code = event.getCode();
        boolean handled = true;
        if (code == KeyCode.LEFT || code == KeyCode.RIGHT) {
            int step = code == KeyCode.LEFT ? -1 : 1;
            if (event.isShortcutDown()) {
                viewModel.selectNeighbour(step);
            } else if (event.isShiftDown()) {
                moveCursor(step);
            } else {
                viewModel.panBy(step * TimelineViewModel.PAN_STEP);
            }
        } else if (code == KeyCode.TAB && !event.isControlDown()) {
            // Tab moves between events, as the timeline's users expect; Ctrl+Tab still leaves the timeline.
            viewModel.selectNeighbour(event.isShiftDown() ? -1 : 1);
        } else if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
            viewModel.zoomCentre(TimelineViewModel.ZOOM_STEP);
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            viewModel.zoomCentre(1 / TimelineViewModel.ZOOM_STEP);
        } else if (code == KeyCode.HOME || code == KeyCode.END) {
            viewModel.selectEdge(code == KeyCode.END);
        } else if (code == KeyCode.F && !event.isShortcutDown()) {
            viewModel.fitAll();
        } else if (code == KeyCode.UP || code == KeyCode.DOWN) {
            scrollBar.setValue(clamp(scrollBar.getValue() + (code == KeyCode.UP ? -1 : 1) * control.metrics().rowHeight() * 2,
                    0, scrollBar.getMax()));
        } else if (code == KeyCode.C && !event.isShortcutDown()) {
            Event selected = viewModel.selectedEventProperty().get();
            TimeWindow window = viewModel.windowProperty().get();
            viewModel.asOfProperty().set(selected != null ? selected.date().start()
                    : LocalDate.ofEpochDay((long) ((window.start() + window.end()) / 2)));
        } else if (code == KeyCode.Z && !event.isShortcutDown() && viewModel.selectedEventProperty().get() != null) {
            viewModel.zoomTo(viewModel.selectedEventProperty().get());
        } else if (code == KeyCode.ENTER) {
            control.onOpenDetailsProperty().get().run();
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    /** Moves the as-of cursor by one tick of the axis; places it mid-window when there is none. */
    private void moveCursor(int step) {
        TimeWindow window = viewModel.windowProperty().get();
        if (window == null) {
            return;
        }
        LocalDate asOf = viewModel.asOfProperty().get();
        if (asOf == null) {
            viewModel.asOfProperty().set(LocalDate.ofEpochDay((long) ((window.start() + window.end()) / 2)));
            return;
        }
        var unit = AxisTicks.unitFor(window, canvas.getWidth());
        LocalDate moved = step > 0 ? unit.next(unit.floor(asOf)) : unit.floor(asOf.minusDays(1));
        viewModel.asOfProperty().set(moved);
        double day = moved.toEpochDay();
        if (!window.overlaps(day, day + 1)) {
            viewModel.windowProperty().set(window.centredOn(day));
        }
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
