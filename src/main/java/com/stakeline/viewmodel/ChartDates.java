package com.stakeline.viewmodel;

import com.stakeline.chart.timeline.TimeWindow;
import java.time.LocalDate;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What a chart that follows the timeline takes from it: the days it spans, the timeline's visible window, and the
 * dates it marks, the as-of date A and the compared date B. The valuation and leadership charts share one, so they
 * stay in step with the timeline and with each other.
 */
public final class ChartDates {

    private final ReadOnlyObjectProperty<TimeWindow> window;
    private final AnalysisContext context;

    /** The dates of {@code context}, over the days of {@code window}. */
    public ChartDates(AnalysisContext context, ReadOnlyObjectProperty<TimeWindow> window) {
        this.context = context;
        this.window = window;
    }

    /** The days the chart spans: the timeline's visible window, or null before a store is shown. */
    public ReadOnlyObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    /** The as-of date A, or null. */
    public ReadOnlyObjectProperty<LocalDate> asOfProperty() {
        return context.asOfProperty();
    }

    /** The date B compared with A, or null. */
    public ReadOnlyObjectProperty<LocalDate> compareWithProperty() {
        return context.compareWithProperty();
    }

    /** Everything above: a chart redraws when any of it changes. */
    public Observable[] changes() {
        return new Observable[] {window, context.asOfProperty(), context.compareWithProperty()};
    }
}
