package com.stakeline.chart.timeline;

import java.util.List;

/**
 * Where everything goes in one frame of the timeline: lanes, tracks, the units on them and people's tenure bars.
 * Vertical positions are from the top of the lanes, before scrolling.
 *
 * @param window the time shown
 * @param height the height all lanes need
 * @param metrics the spacing the frame was laid out with
 * @param lanes the lanes, top to bottom
 */
public record FrameLayout(TimeWindow window, double height, TimelineMetrics metrics, List<LaneFrame> lanes) {

    /**
     * A lane in the frame.
     *
     * @param lane the lane
     * @param index its index in the model
     * @param y its top
     * @param height its height, header included
     * @param collapsed whether only its header shows
     * @param tracks its tracks, empty when collapsed
     */
    public record LaneFrame(Lane lane, int index, double y, double height, boolean collapsed, List<TrackFrame> tracks) {
    }

    /**
     * A track in the frame.
     *
     * @param track the track
     * @param index its index in the lane
     * @param person whether it is a person's, with a name and tenure bars above its events
     * @param top its top: where a person's name and tenure bars go; for other tracks the same as {@code rowsY}
     * @param rowsY the top of its first event row
     * @param rows how many event rows it has
     * @param units what it shows, left to right within each row; empty when scrolled out of sight
     * @param bars the tenure bars in sight, left to right, for people
     */
    public record TrackFrame(Track track, int index, boolean person, double top, double rowsY, int rows,
                             List<Unit> units, List<BarFrame> bars) {
    }

    /**
     * A tenure bar as drawn: clipped to a little past the frame's edges.
     *
     * @param bar the tenure
     * @param x0 its left edge, in pixels
     * @param x1 its right edge
     * @param label its role, shortened to fit the bar, or empty
     * @param labelX where the label starts
     */
    public record BarFrame(TenureBar bar, double x0, double x1, String label, double labelX) {
    }
}
