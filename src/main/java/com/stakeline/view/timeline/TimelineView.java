package com.stakeline.view.timeline;

import com.stakeline.chart.timeline.TimelineFrame;
import com.stakeline.domain.Event;
import com.stakeline.viewmodel.timeline.EventSummary;
import com.stakeline.chart.timeline.TimelineMetrics;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import com.stakeline.view.chart.ChartControl;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Skin;

/**
 * The timeline: lanes of funding, ownership, leadership, company and context events over an adaptive time axis,
 * with an as-of cursor and an overview of the whole span. Its state lives in {@link TimelineViewModel}; its skin draws
 * on a canvas, only what is visible. Colours and the font come from CSS.
 */
public final class TimelineView extends ChartControl {

    /** The style class of the control. */
    public static final String STYLE_CLASS = "timeline-view";

    private final TimelineViewModel viewModel;
    private final ObjectProperty<Runnable> onOpenDetails = new SimpleObjectProperty<>(this, "onOpenDetails", () -> { });

    /** A timeline showing {@code viewModel}. */
    public TimelineView(TimelineViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        setAccessibleRoleDescription("Timeline");
    }

    /** The state the timeline shows. */
    public TimelineViewModel getViewModel() {
        return viewModel;
    }

    /** What Enter does: by default nothing; the window moves the keyboard to the event's details. */
    public ObjectProperty<Runnable> onOpenDetailsProperty() {
        return onOpenDetails;
    }

    /** Screen readers hear the selected event; the event table remains the complete path through all events. */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT) {
            Event selected = viewModel.selectedEventProperty().get();
            return selected == null ? "Timeline, no event selected"
                    : "Timeline, selected: " + EventSummary.describe(selected, viewModel.context().store());
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    /**
     * Lays out and draws the current state now rather than at the next pulse, for the benchmark; does nothing before
     * the control has its skin.
     */
    public void redrawNow() {
        if (getSkin() instanceof TimelineSkin skin) {
            skin.redraw();
        }
    }

    /**
     * The frame drawn last, with everything that went into it, or null before the first: what the analyst sees,
     * for the benchmark to lay out and paint again off the canvas.
     */
    public TimelineFrame lastFrame() {
        return getSkin() instanceof TimelineSkin skin ? skin.frame() : null;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("timeline.css").toExternalForm();
    }

    // Spacing, styleable from CSS; the colours and font are every chart's ({@link ChartControl}).

    private static final StyleablePropertyFactory<TimelineView> STYLES =
            new StyleablePropertyFactory<>(ChartControl.getClassCssMetaData());

    private final StyleableProperty<Number> rowHeight = STYLES.createStyleableNumberProperty(this, "rowHeight",
            "-sl-timeline-row-height", view -> view.rowHeight, TimelineMetrics.DEFAULT.rowHeight());
    private final StyleableProperty<Number> headerHeight = STYLES.createStyleableNumberProperty(this, "headerHeight",
            "-sl-timeline-header-height", view -> view.headerHeight, TimelineMetrics.DEFAULT.headerHeight());
    private final StyleableProperty<Number> nameHeight = STYLES.createStyleableNumberProperty(this, "nameHeight",
            "-sl-timeline-name-height", view -> view.nameHeight, TimelineMetrics.DEFAULT.nameHeight());
    private final StyleableProperty<Number> barHeight = STYLES.createStyleableNumberProperty(this, "barHeight",
            "-sl-timeline-bar-height", view -> view.barHeight, TimelineMetrics.DEFAULT.barHeight());
    private final StyleableProperty<Number> laneGap = STYLES.createStyleableNumberProperty(this, "laneGap",
            "-sl-timeline-lane-gap", view -> view.laneGap, TimelineMetrics.DEFAULT.laneGap());

    /** The style sheet properties of the control and its ancestors. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /** The spacing CSS sets: row, header, name and bar heights and the gap under lanes. */
    TimelineMetrics metrics() {
        return new TimelineMetrics(rowHeight.getValue().doubleValue(), headerHeight.getValue().doubleValue(),
                nameHeight.getValue().doubleValue(), barHeight.getValue().doubleValue(), laneGap.getValue().doubleValue());
    }
}
