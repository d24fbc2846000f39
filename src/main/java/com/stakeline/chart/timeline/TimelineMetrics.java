package com.stakeline.chart.timeline;

/**
 * The vertical spacing of the timeline, in pixels. The view reads it from CSS ({@code -sl-timeline-row-height} and
 * its siblings), so a theme can make the timeline denser or roomier; layout and hit-testing take it from here.
 *
 * @param rowHeight the height of one event row
 * @param headerHeight the height of a lane's header
 * @param nameHeight the height of a person's name in the leadership lane
 * @param barHeight the height of a tenure bar
 * @param laneGap the space under each lane
 */
public record TimelineMetrics(double rowHeight, double headerHeight, double nameHeight, double barHeight,
                              double laneGap) {

    /** The spacing the default theme uses. */
    public static final TimelineMetrics DEFAULT = new TimelineMetrics(20, 22, 16, 14, 6);

    /** The height above a person's event rows: the name, then the tenure bars with a little room around them. */
    public double personHeaderHeight() {
        return nameHeight + barHeight + 4;
    }
}
