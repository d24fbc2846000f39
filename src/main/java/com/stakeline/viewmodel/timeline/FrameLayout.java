package com.stakeline.viewmodel.timeline;

import java.util.List;

/**
 * Where everything goes in one frame of the timeline: lanes, tracks and the units on them.
 *
 * @param window the time shown
 * @param width the timeline's width in pixels
 * @param height the height all lanes need
 * @param metrics the spacing the frame was laid out with
 * @param lanes the lanes, top to bottom
 */
public record FrameLayout(TimeWindow window, double width, double height, TimelineMetrics metrics,
                          List<LaneFrame> lanes) {

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
     * @param y its top
     * @param barY where its tenure bars go, for people; the same as {@code rowsY} when it has none
     * @param rowsY the top of its first event row
     * @param rows how many event rows it has
     * @param units what it shows, left to right within each row
     */
    public record TrackFrame(Track track, int index, double y, double barY, double rowsY, int rows, List<Unit> units) {
    }
}
