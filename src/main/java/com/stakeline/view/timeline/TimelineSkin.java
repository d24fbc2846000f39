package com.stakeline.view.timeline;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.TextMeasure;
import com.stakeline.chart.text.FontMetricsMeasure;
import com.stakeline.chart.timeline.FrameLayout;
import com.stakeline.chart.timeline.TimelineFrame;
import com.stakeline.chart.timeline.TimelineLayout;
import com.stakeline.chart.timeline.TimelineModel;
import com.stakeline.chart.timeline.TimelineRenderer;
import com.stakeline.chart.timeline.OverviewStrip;
import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.view.chart.FxCanvasPainter;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleAttribute;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;

/**
 * The timeline's skin: a canvas for the lanes, a strip for the overview and a scroll bar. It coalesces the changes of
 * a pulse into one redraw, lays the frame out and has {@link TimelineRenderer} draw it; {@link TimelineGestures} and
 * {@link OverviewGestures} turn the mouse and keys into view-model calls.
 */
final class TimelineSkin extends SkinBase<TimelineView> {

    static final double AXIS_HEIGHT = TimelineRenderer.AXIS_HEIGHT;
    static final double OVERVIEW_HEIGHT = 34;
    /** The least width the timeline asks of its parent, so a window shrunk again gives the room back. */
    private static final double MIN_WIDTH = 200;

    private final TimelineViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final Canvas overview = new Canvas();
    private final ScrollBar scrollBar = new ScrollBar();
    private final TextMeasure measure = new FontMetricsMeasure();
    private final TimelineRenderer renderer = new TimelineRenderer(measure);
    private final OverviewStrip overviewStrip = new OverviewStrip();
    private final FxCanvasPainter painter = new FxCanvasPainter(canvas.getGraphicsContext2D());
    private final FxCanvasPainter overviewPainter = new FxCanvasPainter(overview.getGraphicsContext2D());

    private TimelineFrame frame;
    private boolean redrawPending;

    TimelineSkin(TimelineView control) {
        super(control);
        viewModel = control.getViewModel();
        canvas.getStyleClass().add("timeline-canvas");
        overview.getStyleClass().add("overview-canvas");
        scrollBar.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, overview, scrollBar);
        new TimelineGestures(this, canvas, viewModel);
        new OverviewGestures(overview, viewModel);

        for (Observable trigger : new Observable[] {viewModel.modelProperty(), viewModel.windowProperty(),
                viewModel.selectedEventProperty(), viewModel.asOfProperty(), viewModel.compareWithProperty(),
                viewModel.collapsedLanes(),
                viewModel.matchesProperty(), viewModel.legendShownProperty(), scrollBar.valueProperty(),
                control.widthProperty(), control.heightProperty(), control.focusedProperty()}) {
            trigger.addListener(observable -> requestRedraw());
        }
        control.needsLayoutProperty().addListener(observable -> requestRedraw());
        viewModel.selectedEventProperty().addListener(observable -> {
            control.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
            Platform.runLater(this::revealSelectedRow);
        });
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        double barWidth = scrollBar.isVisible() ? scrollBar.prefWidth(-1) : 0;
        canvas.setWidth(Math.max(1, width - barWidth));
        canvas.setHeight(Math.max(1, height - OVERVIEW_HEIGHT));
        canvas.relocate(x, y);
        scrollBar.resizeRelocate(x + width - barWidth, y + AXIS_HEIGHT, barWidth,
                Math.max(0, height - OVERVIEW_HEIGHT - AXIS_HEIGHT));
        overview.setWidth(Math.max(1, width));
        overview.setHeight(OVERVIEW_HEIGHT);
        overview.relocate(x, y + height - OVERVIEW_HEIGHT);
        requestRedraw();
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        // The canvases are as wide as the last layout made them; reporting that would stop the window shrinking.
        return MIN_WIDTH;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 420;
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

    /** Lays out and draws the visible part of the timeline and the overview now. */
    void redraw() {
        TimelineView control = getSkinnable();
        TimelineModel model = viewModel.getModel();
        TimeWindow window = viewModel.windowProperty().get();
        ChartStyle style = control.chartStyle();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        if (model == null || window == null) {
            frame = null;
            painter.beginFrame(width, height, style);
        } else {
            double scrolled = scrollBar.getValue();
            FrameLayout layout = TimelineLayout.layout(model, window, width, Set.copyOf(viewModel.collapsedLanes()),
                    measure, style.font(), control.metrics(), viewModel.matchesProperty().get(), scrolled,
                    scrolled + height - AXIS_HEIGHT);
            updateScrollBar(layout, height);
            frame = new TimelineFrame(model, layout, width, height, scrollBar.getValue(), style,
                    viewModel.indexOf(viewModel.selectedEventProperty().get()), viewModel.matchesProperty().get(),
                    viewModel.fadesUnmatched(), viewModel.flagged(), viewModel.asOfProperty().get(),
                    viewModel.compareWithProperty().get(), viewModel.today(),
                    control.isFocused(), viewModel.legendShownProperty().get());
            renderer.draw(painter, frame);
        }
        overviewStrip.draw(overviewPainter, model, window, overview.getWidth(), overview.getHeight(), style);
    }

    /** The last frame drawn, or null; for gestures and for tests that click where an event is drawn. */
    TimelineFrame frame() {
        return frame;
    }

    /** The renderer, which knows where the as-of badge is. */
    TimelineRenderer renderer() {
        return renderer;
    }

    /** Scrolls the lanes by {@code pixels}, down when positive. */
    void scrollLanesBy(double pixels) {
        scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), scrollBar.getValue() + pixels)));
    }

    private void updateScrollBar(FrameLayout layout, double height) {
        double content = layout.height();
        double viewport = height - AXIS_HEIGHT;
        boolean needed = content > viewport;
        if (scrollBar.isVisible() != needed) {
            scrollBar.setVisible(needed);
            getSkinnable().requestLayout();
        }
        scrollBar.setMax(Math.max(0, content - viewport));
        scrollBar.setVisibleAmount(Math.max(1, viewport));
        scrollBar.setUnitIncrement(layout.metrics().rowHeight());
        if (scrollBar.getValue() > scrollBar.getMax()) {
            scrollBar.setValue(scrollBar.getMax());
        }
    }

    /** Scrolls the lanes so the selected event's track is in sight, as when it is picked in the table. */
    private void revealSelectedRow() {
        int selected = viewModel.indexOf(viewModel.selectedEventProperty().get());
        TimelineModel model = viewModel.getModel();
        if (frame == null || selected < 0 || !model.isShown(selected)) {
            return;
        }
        double viewport = canvas.getHeight() - AXIS_HEIGHT;
        for (FrameLayout.LaneFrame lane : frame.layout().lanes()) {
            for (FrameLayout.TrackFrame track : lane.tracks()) {
                int position = model.positionOf(selected);
                if (position < track.track().size() && track.track().eventIndex(position) == selected) {
                    double top = lane.y();
                    double bottom = track.rowsY() + track.rows() * frame.layout().metrics().rowHeight();
                    double scrolled = scrollBar.getValue();
                    if (top < scrolled) {
                        scrollLanesBy(top - scrolled);
                    } else if (bottom > scrolled + viewport) {
                        scrollLanesBy(Math.min(top, bottom - viewport) - scrolled);
                    }
                    return;
                }
            }
        }
    }
}
