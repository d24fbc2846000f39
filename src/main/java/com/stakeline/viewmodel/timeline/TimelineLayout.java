package com.stakeline.viewmodel.timeline;

import com.stakeline.domain.Event;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Lays out one frame: which events are visible, which merge into clusters, which row each goes in and how much of
 * its label fits. A plain function of the model, the window and the sizes, so it is tested without drawing.
 *
 * <p>Events whose marks fall within {@link #CLUSTER_PIXELS} of each other form a column. A column with no more
 * events than the track has rows shows each event; a bigger one becomes one cluster badge, which splits apart as
 * zooming spreads its events. Each unit takes the first row where the one before it has ended; a unit that finds no
 * row joins the unit placed just before it, so every event is counted and nothing overlaps. Labels
 * then take the room up to the next unit in their row, shortened with an ellipsis or dropped when too little is left.
 */
public final class TimelineLayout {

    /** Marks closer than this, in pixels, are one column: about a cluster badge's width, so badges line up in a row. */
    public static final double CLUSTER_PIXELS = 24;
    /** The most rows a track has; denser tracks cluster. */
    public static final int MAX_ROWS = 5;
    /** The least rows a track has when it holds several events, so nearby labels can stack. */
    public static final int MIN_ROWS = 2;
    /** The least a unit reserves past its mark, so a label of a few letters can follow. */
    public static final double MIN_LABEL = 36;
    /** The longest label, in pixels. */
    public static final double MAX_LABEL = 280;
    /** Space kept free before the next unit in a row. */
    public static final double GAP = 6;
    /** Where a label starts after its mark. */
    public static final double LABEL_OFFSET = 8;

    private TimelineLayout() {
    }

    /**
     * The layout of {@code model} in {@code window}, {@code width} pixels wide, every track laid out.
     *
     * @param collapsed the ids of the lanes that show only their header
     * @param measure how wide labels are
     */
    public static FrameLayout layout(TimelineModel model, TimeWindow window, double width, Set<String> collapsed,
                                     TextMeasure measure) {
        return layout(model, window, width, collapsed, measure, TimelineMetrics.DEFAULT, 0, Double.MAX_VALUE);
    }

    /**
     * The layout of {@code model} in {@code window}, {@code width} pixels wide and spaced by {@code metrics}, where only
     * the tracks between
     * {@code visibleTop} and {@code visibleBottom} (in layout coordinates) get units: the others are scrolled out of
     * sight, and with a thousand people in the leadership lane laying them out would cost most of the frame.
     */
    public static FrameLayout layout(TimelineModel model, TimeWindow window, double width, Set<String> collapsed,
                                     TextMeasure measure, TimelineMetrics metrics, double visibleTop,
                                     double visibleBottom) {
        List<FrameLayout.LaneFrame> lanes = new ArrayList<>();
        double y = 0;
        List<Lane> modelLanes = model.lanes();
        for (int laneIndex = 0; laneIndex < modelLanes.size(); laneIndex++) {
            Lane lane = modelLanes.get(laneIndex);
            boolean isCollapsed = collapsed.contains(lane.id());
            double laneTop = y;
            y += metrics.headerHeight();
            List<FrameLayout.TrackFrame> tracks = new ArrayList<>();
            if (!isCollapsed) {
                for (int trackIndex = 0; trackIndex < lane.tracks().size(); trackIndex++) {
                    Track track = lane.tracks().get(trackIndex);
                    boolean person = lane.kind() == LaneKind.LEADERSHIP;
                    int rows = rowsFor(track);
                    double rowsY = y + (person ? metrics.personHeaderHeight() : 0);
                    double bottom = rowsY + rows * metrics.rowHeight();
                    boolean visible = bottom >= visibleTop && y <= visibleBottom;
                    tracks.add(new FrameLayout.TrackFrame(track, trackIndex, y, y, rowsY, rows,
                            visible ? units(model, track, rows, window, width, measure) : List.of()));
                    y = bottom;
                }
            }
            y += metrics.laneGap();
            lanes.add(new FrameLayout.LaneFrame(lane, laneIndex, laneTop, y - laneTop, isCollapsed, tracks));
        }
        return new FrameLayout(window, width, y, metrics, lanes);
    }

    /**
     * Enough rows for the events that share a day to stand apart when zoomed in, at least two for stacking nearby
     * labels (one for a lone event), at most {@link #MAX_ROWS}.
     */
    static int rowsFor(Track track) {
        return Math.max(1, Math.min(MAX_ROWS, Math.max(track.mostOnOneDay(), Math.min(track.size(), MIN_ROWS))));
    }

    /**
     * The units of one track: columns, then rows, then labels. Events that start before the window but reach into it
     * are walked one by one; from the window's start on, each column is found by binary search, so a frame costs
     * a few hundred searches however many events the window holds.
     */
    static List<Unit> units(TimelineModel model, Track track, int rows, TimeWindow window, double width,
                            TextMeasure measure) {
        List<Unit> placed = new ArrayList<>();
        double[] rowEnds = new double[rows];
        Arrays.fill(rowEnds, -Double.MAX_VALUE);
        double scale = width / window.span();
        int inside = track.endVisible(window.start());
        int to = track.endVisible(window.end());
        for (int i = track.firstVisible(window.start()); i < inside; i++) {
            if (track.end(i) > window.start()) {
                place(single(track, i, window, scale), placed, rowEnds, measure);
            }
        }
        int i = inside;
        while (i < to) {
            double columnX = (track.start(i) - window.start()) * scale;
            int columnEnd = Math.min(to, Math.max(i + 1, track.endVisible(window.start() + (columnX + CLUSTER_PIXELS) / scale)));
            int count = columnEnd - i;
            if (count <= rows) {
                for (int position = i; position < columnEnd; position++) {
                    place(single(track, position, window, scale), placed, rowEnds, measure);
                }
            } else {
                // The cluster's extent is judged from its first and last events rather than every one between.
                double right = (Math.max(track.end(i), track.end(columnEnd - 1)) - window.start()) * scale;
                place(new Unit(0, columnX, right, i, columnEnd, count, "", 0, 0), placed, rowEnds, measure);
            }
            i = columnEnd;
        }
        return labelled(model, track, placed, rows, width, measure);
    }

    private static Unit single(Track track, int position, TimeWindow window, double scale) {
        return new Unit(0, (track.start(position) - window.start()) * scale, (track.end(position) - window.start()) * scale,
                position, position + 1, 1, "", 0, 0);
    }

    /**
     * Puts the unit in the first row that is free at its mark; when none is, it joins the unit placed just before it,
     * which is the last of its row and holds the track positions right before it, so a cluster always covers one
     * unbroken run of positions.
     */
    private static void place(Unit unit, List<Unit> placed, double[] rowEnds, TextMeasure measure) {
        for (int row = 0; row < rowEnds.length; row++) {
            if (rowEnds[row] <= unit.x0()) {
                placed.add(unit.placed(row, "", 0, 0));
                rowEnds[row] = reservedEnd(unit, measure);
                return;
            }
        }
        Unit last = placed.get(placed.size() - 1);
        Unit merged = new Unit(last.row(), last.x0(), Math.max(last.x1(), unit.x1()), last.first(), unit.end(),
                last.count() + unit.count(), "", 0, 0);
        placed.set(placed.size() - 1, merged);
        rowEnds[last.row()] = Math.max(rowEnds[last.row()], reservedEnd(merged, measure));
    }

    /** A single event keeps room for a short label after its mark; a cluster only for its badge. */
    private static double reservedEnd(Unit unit, TextMeasure measure) {
        double mark = unit.isCluster() ? unit.x0() + badgeWidth(Integer.toString(unit.count()), measure)
                : unit.x0() + LABEL_OFFSET + MIN_LABEL;
        return Math.max(unit.x1(), mark) + GAP;
    }

    /** How wide a cluster's badge is with {@code label} (its count) on it. */
    public static double badgeWidth(String label, TextMeasure measure) {
        return Math.max(18, measure.width(label) + 10);
    }

    /** Gives each unit the label that fits before the next unit of its row. */
    private static List<Unit> labelled(TimelineModel model, Track track, List<Unit> placed, int rows, double width,
                                       TextMeasure measure) {
        List<Unit> result = new ArrayList<>(placed.size());
        double[] nextX = new double[placed.size()];
        double[] nextInRow = new double[rows];
        // A label stops at the right edge too, shortened there rather than cut off mid-letter.
        Arrays.fill(nextInRow, Math.max(width, 0) + GAP);
        for (int index = placed.size() - 1; index >= 0; index--) {
            Unit unit = placed.get(index);
            nextX[index] = nextInRow[unit.row()];
            nextInRow[unit.row()] = unit.x0();
        }
        for (int index = 0; index < placed.size(); index++) {
            Unit unit = placed.get(index);
            if (unit.isCluster()) {
                String count = Integer.toString(unit.count());
                result.add(unit.placed(unit.row(), count, unit.x0(), badgeWidth(count, measure)));
                continue;
            }
            double labelX = unit.x0() + LABEL_OFFSET;
            double available = Math.min(MAX_LABEL, nextX[index] - GAP - labelX);
            String text = measure.fit(title(model, track, unit), available);
            double labelWidth = text.isEmpty() ? 0 : measure.width(text);
            result.add(unit.placed(unit.row(), text, labelX, labelWidth));
        }
        return result;
    }

    private static String title(TimelineModel model, Track track, Unit unit) {
        Event event = model.events().get(track.eventIndex(unit.first()));
        return event.title();
    }
}
