package com.stakeline.viewmodel.valuation;

import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.chart.valuation.ValuationChart;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.EventStore;
import com.stakeline.viewmodel.AnalysisContext;
import com.stakeline.viewmodel.SubjectHistory;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * How the open store's subject was valued over time: its post-money valuations as steps, over the timeline's visible
 * days, with the as-of cursor. The axis is logarithmic by default when the values span more than tenfold.
 */
public final class ValuationViewModel {

    private final AnalysisContext context;
    private final ReadOnlyObjectProperty<TimeWindow> window;
    private final ReadOnlyObjectWrapper<ValuationChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final BooleanProperty log = new SimpleBooleanProperty(this, "log");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");

    /**
     * The valuations of whatever {@code context} shows, from {@code history}, over the days of {@code window}.
     */
    public ValuationViewModel(AnalysisContext context, SubjectHistory history,
                              ReadOnlyObjectProperty<TimeWindow> window) {
        this.context = context;
        this.window = window;
        history.historyProperty().addListener((observable, old, current) -> show(current));
    }

    private void show(CompanyHistory current) {
        EventStore store = context.store();
        if (current == null || store == null) {
            chart.set(null);
            heading.set(store == null ? "" : "Working out the valuations…");
            return;
        }
        ValuationChart built = ValuationChart.of(store, current.valuations());
        log.set(built.spansTenfold());
        chart.set(built);
        String company = store.entityName(store.subjectId());
        heading.set(built.steps().isEmpty() ? "No post-money valuation of " + company + " is known"
                : "Post-money valuation of " + company + " (" + built.steps().size()
                        + (built.steps().size() == 1 ? " valuation" : " valuations")
                        + "; dashed: approximate; a band: sources disagree)");
    }

    /** The chart to draw, or null while it is worked out or when no store is open. */
    public ReadOnlyObjectProperty<ValuationChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** Whether the value axis is logarithmic. */
    public BooleanProperty logProperty() {
        return log;
    }

    /** The days the chart spans: the timeline's visible window. */
    public ReadOnlyObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    /** The as-of date the chart marks, or null. */
    public ReadOnlyObjectProperty<LocalDate> asOfProperty() {
        return context.asOfProperty();
    }

    /** What the chart shows, in words. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }
}
