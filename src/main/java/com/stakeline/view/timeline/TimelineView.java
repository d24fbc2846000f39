package com.stakeline.view.timeline;

import com.stakeline.chart.timeline.TimelineFrame;
import com.stakeline.domain.Event;
import com.stakeline.chart.ChartFont;
import com.stakeline.chart.ChartStyle;
import com.stakeline.viewmodel.timeline.EventSummary;
import com.stakeline.chart.timeline.TimelineMetrics;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * The timeline: lanes of funding, ownership, leadership, company and context events over an adaptive time axis,
 * with an as-of cursor and an overview of the whole span. Its state lives in {@link TimelineViewModel}; its skin draws
 * on a canvas, only what is visible. Colours and the font come from CSS.
 */
public final class TimelineView extends Control {

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

    // Colours and font, styleable from CSS so that themes change only variables.

    private static final StyleablePropertyFactory<TimelineView> STYLES =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final StyleableProperty<Paint> background =
            STYLES.createStyleablePaintProperty(this, "background", "-sl-timeline-background", view -> view.background, Color.web("#ffffff"));
    private final StyleableProperty<Paint> text =
            STYLES.createStyleablePaintProperty(this, "text", "-sl-timeline-text", view -> view.text, Color.web("#1f2328"));
    private final StyleableProperty<Paint> muted =
            STYLES.createStyleablePaintProperty(this, "muted", "-sl-timeline-muted", view -> view.muted, Color.web("#5b636d"));
    private final StyleableProperty<Paint> grid =
            STYLES.createStyleablePaintProperty(this, "grid", "-sl-timeline-grid", view -> view.grid, Color.web("#e6e8eb"));
    private final StyleableProperty<Paint> band =
            STYLES.createStyleablePaintProperty(this, "band", "-sl-timeline-band", view -> view.band, Color.web("#f6f7f9"));
    private final StyleableProperty<Paint> funding =
            STYLES.createStyleablePaintProperty(this, "funding", "-sl-timeline-funding", view -> view.funding, Color.web("#2457c5"));
    private final StyleableProperty<Paint> ownership =
            STYLES.createStyleablePaintProperty(this, "ownership", "-sl-timeline-ownership", view -> view.ownership, Color.web("#7b3fc4"));
    private final StyleableProperty<Paint> leadership =
            STYLES.createStyleablePaintProperty(this, "leadership", "-sl-timeline-leadership", view -> view.leadership, Color.web("#0f7b6c"));
    private final StyleableProperty<Paint> company =
            STYLES.createStyleablePaintProperty(this, "company", "-sl-timeline-company", view -> view.company, Color.web("#b35c00"));
    private final StyleableProperty<Paint> context =
            STYLES.createStyleablePaintProperty(this, "context", "-sl-timeline-context", view -> view.context, Color.web("#6b7280"));
    private final StyleableProperty<Paint> selection =
            STYLES.createStyleablePaintProperty(this, "selection", "-sl-timeline-selection", view -> view.selection, Color.web("#e11d48"));
    private final StyleableProperty<Paint> warning =
            STYLES.createStyleablePaintProperty(this, "warning", "-sl-timeline-warning", view -> view.warning, Color.web("#d97706"));
    private final StyleableProperty<Paint> onColour =
            STYLES.createStyleablePaintProperty(this, "onColour", "-sl-timeline-on-colour", view -> view.onColour, Color.WHITE);
    private final StyleableProperty<Paint> today =
            STYLES.createStyleablePaintProperty(this, "today", "-sl-timeline-today", view -> view.today, Color.web("#2457c5"));
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
    private final StyleableProperty<Font> font =
            STYLES.createStyleableFontProperty(this, "font", "-sl-timeline-font", view -> view.font, Font.font(12));

    /** The style sheet properties of the control and its ancestors. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /**
     * The colours and font CSS sets, as the chart renderers take them. Only the font's size is read: every chart
     * draws in the bundled font, so the screen and exports measure text alike.
     */
    ChartStyle chartStyle() {
        List<Integer> series = List.of(argb(funding), argb(ownership), argb(leadership), argb(company), argb(context));
        return new ChartStyle(argb(background), argb(text), argb(muted), argb(grid), argb(band), argb(today),
                argb(selection), argb(warning), argb(onColour), series, new ChartFont(font.getValue().getSize(), false));
    }

    /** The spacing CSS sets: row, header, name and bar heights and the gap under lanes. */
    TimelineMetrics metrics() {
        return new TimelineMetrics(rowHeight.getValue().doubleValue(), headerHeight.getValue().doubleValue(),
                nameHeight.getValue().doubleValue(), barHeight.getValue().doubleValue(), laneGap.getValue().doubleValue());
    }

    /** A paint as an ARGB colour; the charts draw in plain colours, so a gradient from a theme shows as grey. */
    private static int argb(StyleableProperty<Paint> property) {
        Color colour = property.getValue() instanceof Color plain ? plain : Color.GRAY;
        return (int) Math.round(colour.getOpacity() * 255) << 24 | (int) Math.round(colour.getRed() * 255) << 16
                | (int) Math.round(colour.getGreen() * 255) << 8 | (int) Math.round(colour.getBlue() * 255);
    }
}
