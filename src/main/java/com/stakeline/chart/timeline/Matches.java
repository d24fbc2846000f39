package com.stakeline.chart.timeline;

import com.stakeline.domain.EventFilter;
import com.stakeline.domain.EventStore;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Which events of a timeline match the search and filters, and how many match in any run of a track, so a cluster's
 * badge can say "2/9" at the cost of two array reads.
 */
public final class Matches {

    /** No filter is set: nothing is faded and badges show plain counts. */
    public static final Matches NONE = new Matches(new boolean[0], Map.of(), 0, false);

    private final boolean[] matching;
    /** Per track, how many of its first i events match, at index i. */
    private final Map<Track, int[]> matchedBefore;
    private final int count;
    private final boolean filtering;

    private Matches(boolean[] matching, Map<Track, int[]> matchedBefore, int count, boolean filtering) {
        this.matching = matching;
        this.matchedBefore = matchedBefore;
        this.count = count;
        this.filtering = filtering;
    }

    /** The matches of {@code model}'s events, where {@code matching[i]} says whether event {@code i} matches. */
    public static Matches of(TimelineModel model, boolean[] matching) {
        Map<Track, int[]> before = new IdentityHashMap<>();
        int total = 0;
        for (Lane lane : model.lanes()) {
            for (Track track : lane.tracks()) {
                int[] counts = new int[track.size() + 1];
                for (int i = 0; i < track.size(); i++) {
                    counts[i + 1] = counts[i] + (matching[track.eventIndex(i)] ? 1 : 0);
                }
                before.put(track, counts);
                total += counts[track.size()];
            }
        }
        return new Matches(matching.clone(), before, total, true);
    }

    /**
     * Which of {@code model}'s shown events pass {@code filter}; null when {@code stopAt} says, at some event, that
     * the answer is no longer wanted.
     */
    public static Matches of(TimelineModel model, EventFilter filter, EventStore store, IntPredicate stopAt) {
        boolean[] matching = new boolean[model.events().size()];
        for (int i = 0; i < matching.length; i++) {
            if (stopAt.test(i)) {
                return null;
            }
            matching[i] = model.isShown(i) && filter.test(model.events().get(i), store);
        }
        return of(model, matching);
    }

    /** Whether a filter is set. */
    public boolean filtering() {
        return filtering;
    }

    /** Whether event {@code eventIndex} of the model matches; every event does when no filter is set. */
    public boolean matches(int eventIndex) {
        return !filtering || (eventIndex < matching.length && matching[eventIndex]);
    }

    /** How many shown events match; 0 when no filter is set. */
    public int count() {
        return count;
    }

    /** How many of the track's events from position {@code first} up to {@code end} match. */
    public int countIn(Track track, int first, int end) {
        int[] before = matchedBefore.get(track);
        return before == null ? end - first : before[end] - before[first];
    }
}
