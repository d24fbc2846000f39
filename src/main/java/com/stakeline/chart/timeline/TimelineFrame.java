package com.stakeline.chart.timeline;

import com.stakeline.chart.ChartStyle;
import java.time.LocalDate;
import java.util.Set;

/**
 * Everything one picture of the timeline shows: the laid-out lanes and what is selected, matched, flagged and
 * pinned, at a size, in a style. The screen builds one per redraw; an export builds one for its image.
 *
 * @param model the lanes and events
 * @param layout where the lanes, units and bars go
 * @param width the picture's width in pixels
 * @param height its height
 * @param scrollY how far the lanes are scrolled up, in pixels
 * @param style colours and font
 * @param selectedEvent the model index of the selected event, or -1
 * @param matches which events match the search and filters
 * @param fadeUnmatched whether events that do not match are drawn faded (rather than already hidden)
 * @param flagged the ids of events whose sources disagree or whose figures fail a check; kept, not copied, as a
 *                frame is made for every redraw and the set can hold a million ids, so it must not change
 * @param asOf the as-of cursor's date, or null for none
 * @param compareWith the date B compared with it, or null for none
 * @param today where the today line goes
 * @param focused whether to draw the keyboard focus around the picture
 * @param legend whether to draw the legend
 */
public record TimelineFrame(TimelineModel model, FrameLayout layout, double width, double height, double scrollY,
                            ChartStyle style, int selectedEvent, Matches matches, boolean fadeUnmatched,
                            Set<String> flagged, LocalDate asOf, LocalDate compareWith, LocalDate today,
                            boolean focused, boolean legend) {

    /** The window of time shown. */
    public TimeWindow window() {
        return layout.window();
    }

    /** The x of the middle of {@code day}. */
    public double xOf(LocalDate day) {
        return window().x(day.toEpochDay() + 0.5, width);
    }

    /** Whether event {@code eventIndex} is drawn faded. */
    public boolean isFaded(int eventIndex) {
        return fadeUnmatched && !matches.matches(eventIndex);
    }
}
