package com.stakeline.chart.timeline;

import java.util.List;

/**
 * A band of the timeline: the events of one kind, or of one entity, in one or more tracks.
 *
 * @param id a stable key for remembering whether the lane is collapsed
 * @param kind what the lane holds
 * @param title the lane's name for people
 * @param tracks its rows; one, or one per person in the leadership lane
 */
public record Lane(String id, LaneKind kind, String title, List<Track> tracks) {

    /** Copies the tracks. */
    public Lane {
        tracks = List.copyOf(tracks);
    }

    /** How many events the lane holds. */
    public int size() {
        return tracks.stream().mapToInt(Track::size).sum();
    }
}
