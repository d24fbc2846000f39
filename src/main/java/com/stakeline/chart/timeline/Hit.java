package com.stakeline.chart.timeline;

import java.util.Optional;

/**
 * What lies under a point of the timeline: a lane's header, or a unit of a track.
 *
 * @param lane the lane's frame
 * @param track the track's frame, or null for a lane header
 * @param unit the unit, or null for a lane header
 */
public record Hit(FrameLayout.LaneFrame lane, FrameLayout.TrackFrame track, Unit unit) {

    /** How far beside a mark a click still counts, for a thin marker under a mouse. */
    public static final double SLOP = 4;

    /** Whether the point is on a lane's header, where a click collapses or expands it. */
    public boolean isHeader() {
        return unit == null;
    }

    /** What lies at ({@code x}, {@code y}) in the frame, if anything. */
    public static Optional<Hit> at(FrameLayout frame, double x, double y) {
        for (FrameLayout.LaneFrame lane : frame.lanes()) {
            if (y < lane.y() || y >= lane.y() + lane.height()) {
                continue;
            }
            if (y < lane.y() + frame.metrics().headerHeight()) {
                return Optional.of(new Hit(lane, null, null));
            }
            for (FrameLayout.TrackFrame track : lane.tracks()) {
                double rowHeight = frame.metrics().rowHeight();
                if (y < track.rowsY() || y >= track.rowsY() + track.rows() * rowHeight) {
                    continue;
                }
                int row = (int) ((y - track.rowsY()) / rowHeight);
                for (Unit unit : track.units()) {
                    if (unit.row() == row && x >= unit.x0() - SLOP && x <= unit.right() + SLOP) {
                        return Optional.of(new Hit(lane, track, unit));
                    }
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The model index of the unit's first event. */
    public int eventIndex() {
        return track.track().eventIndex(unit.first());
    }
}
