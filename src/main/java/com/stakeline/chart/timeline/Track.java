package com.stakeline.chart.timeline;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * One horizontal row of events inside a lane, held as parallel arrays sorted by start so the visible slice is found
 * by binary search and a million events cost a few arrays rather than a million objects.
 */
public final class Track {

    private final String title;
    private final double[] starts;
    private final double[] ends;
    private final int[] events;
    private final double longest;
    private final int mostOnOneDay;
    private final List<TenureBar> tenures;
    /** For each tenure, the latest end of it and every tenure before it: a sorted array to search. */
    private final double[] tenureReach;

    /**
     * A track of the events at {@code eventIndexes} in the model's event list, with their spans in epoch days.
     *
     * @param title the track's name (a person, for leadership), or empty
     * @param starts the first day of each event's span
     * @param ends the day after each event's span ends
     * @param eventIndexes each event's index in the model's event list
     * @param tenures the tenure bars drawn along the track, for people, sorted by start
     */
    Track(String title, double[] starts, double[] ends, int[] eventIndexes, List<TenureBar> tenures) {
        this.title = title;
        this.starts = starts;
        this.ends = ends;
        this.events = eventIndexes;
        this.tenures = List.copyOf(tenures);
        tenureReach = new double[tenures.size()];
        double reach = -Double.MAX_VALUE;
        for (int i = 0; i < tenureReach.length; i++) {
            reach = Math.max(reach, tenures.get(i).end());
            tenureReach[i] = reach;
        }
        double max = 0;
        for (int i = 0; i < starts.length; i++) {
            max = Math.max(max, ends[i] - starts[i]);
        }
        this.longest = max;
        int most = starts.length == 0 ? 0 : 1;
        int run = 1;
        for (int i = 1; i < starts.length; i++) {
            run = starts[i] == starts[i - 1] ? run + 1 : 1;
            most = Math.max(most, run);
        }
        this.mostOnOneDay = most;
    }

    /** The most events that start on the same day: the rows they need to be told apart at any zoom. */
    public int mostOnOneDay() {
        return mostOnOneDay;
    }

    /** The track's name, or empty. */
    public String title() {
        return title;
    }

    /** How many events the track holds. */
    public int size() {
        return starts.length;
    }

    /** The first day of event {@code i}'s span, in epoch days. */
    public double start(int i) {
        return starts[i];
    }

    /** The day after event {@code i}'s span, in epoch days. */
    public double end(int i) {
        return ends[i];
    }

    /** Event {@code i}'s index in the model's event list. */
    public int eventIndex(int i) {
        return events[i];
    }

    /** The tenure bars along the track, by start. */
    public List<TenureBar> tenures() {
        return tenures;
    }

    /**
     * The first tenure that ends after {@code day}, or {@code tenures().size()}. Every tenure before it ends by
     * {@code day}, so a frame that has drawn up to a day skips straight to the next bar that reaches past it.
     */
    public int firstTenureEndingAfter(double day) {
        return firstWhere(tenureReach.length, i -> tenureReach[i] > day);
    }

    /** The index after the last tenure that starts before {@code day}. */
    public int endTenureStartingBefore(double day) {
        return firstWhere(tenures.size(), i -> tenures.get(i).start() >= day);
    }

    /** The index of the first event that may reach into a window starting at {@code day}. */
    public int firstVisible(double day) {
        return lowerBound(day - longest);
    }

    /** The index after the last event starting before {@code day}. */
    public int endVisible(double day) {
        return lowerBound(day);
    }

    /** The first index whose start is not before {@code day}; a true binary search, as many events share a day. */
    private int lowerBound(double day) {
        return firstWhere(starts.length, i -> starts[i] >= day);
    }

    /** The first index below {@code size} where {@code reached} holds, given it holds from some index on; else size. */
    private static int firstWhere(int size, IntPredicate reached) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (reached.test(middle)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
