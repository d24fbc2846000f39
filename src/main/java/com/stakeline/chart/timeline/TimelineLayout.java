package com.stakeline.chart.timeline;

import com.stakeline.chart.ChartFont;
import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.TextMeasure;
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
 *
 * <p>A person's tenure bars are found by binary search too: after each bar drawn, the next one considered is the first
 * that reaches past the pixels already covered, so a person with thousands of tenures costs a few per pixel column.
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
    /** Bars narrower than this get no label. */
    public static final double MIN_BAR_LABEL = 24;
    /** Where a bar's label starts inside it. */
    public static final double BAR_PADDING = 4;
    /** How far past the frame's edges bars are drawn, so their ends do not show as edges. */
    private static final double BLEED = 2;
    /** The narrowest a tenure bar is drawn, so a short tenure still shows. */
    public static final double MIN_BAR_WIDTH = 2;
    /** A bar is drawn only if it reaches this far past the bars before it: less would not show. */
    private static final double MIN_BAR_GAIN = 0.5;

    private TimelineLayout() {
    }

    /**
     * The layout of {@code model} in {@code window}, {@code width} pixels wide, every track laid out, in the default
     * font and spacing with no filter set.
     *
     * @param collapsed the ids of the lanes that show only their header
     * @param measure how wide labels are
     */
    public static FrameLayout layout(TimelineModel model, TimeWindow window, double width, Set<String> collapsed,
                                     TextMeasure measure) {
        return layout(model, window, width, collapsed, measure, ChartStyle.LIGHT.font(), TimelineMetrics.DEFAULT,
                Matches.NONE, 0, Double.MAX_VALUE);
    }

    /**
     * The layout of {@code model} in {@code window}, {@code width} pixels wide, where only the tracks between
     * {@code visibleTop} and {@code visibleBottom} (in layout coordinates) get units and bars: the others are scrolled
     * out of sight, and with a thousand people in the leadership lane laying them out would cost most of the frame.
     *
     * @param collapsed the ids of the lanes that show only their header
     * @param measure how wide labels are in {@code font}
     * @param metrics the vertical spacing
     * @param matches which events match the filters: a cluster's badge counts its matches, as in "2/9"
     */
    public static FrameLayout layout(TimelineModel model, TimeWindow window, double width, Set<String> collapsed,
                                     TextMeasure measure, ChartFont font, TimelineMetrics metrics, Matches matches,
                                     double visibleTop, double visibleBottom) {
        Labels labels = new Labels(model, measure, font, matches);
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
                boolean person = lane.kind() == LaneKind.LEADERSHIP;
                for (int trackIndex = 0; trackIndex < lane.tracks().size(); trackIndex++) {
                    Track track = lane.tracks().get(trackIndex);
                    int rows = rowsFor(track);
                    double rowsY = y + (person ? metrics.personHeaderHeight() : 0);
                    double bottom = rowsY + rows * metrics.rowHeight();
                    boolean visible = bottom >= visibleTop && y <= visibleBottom;
                    tracks.add(new FrameLayout.TrackFrame(track, trackIndex, person, y, rowsY, rows,
                            visible ? units(model, track, rows, window, width, labels) : List.of(),
                            visible && person ? bars(track, window, width, measure, font) : List.of()));
                    y = bottom;
                }
            }
            y += metrics.laneGap();
            lanes.add(new FrameLayout.LaneFrame(lane, laneIndex, laneTop, y - laneTop, isCollapsed, tracks));
        }
        return new FrameLayout(window, y, metrics, lanes);
    }

    /** How labels are measured in a frame, and what a cluster's badge says. */
    private record Labels(TimelineModel model, TextMeasure measure, ChartFont font, Matches matches) {

        double width(String text) {
            return measure.width(font, text);
        }

        /** How wide the unit's title is, up to the most a label may take. */
        double titleWidth(Track track, Unit unit) {
            return Math.min(MAX_LABEL, width(title(model, track, unit)));
        }

        String fit(String text, double available) {
            return measure.fit(font, text, available);
        }

        /** A cluster's count, or while filtering how many of them match: "2/9". */
        String badge(Track track, Unit unit) {
            return matches.filtering() ? matches.countIn(track, unit.first(), unit.end()) + "/" + unit.count()
                    : Integer.toString(unit.count());
        }
    }

    /**
     * The tenure bars of a person's track that show in the window: each one that reaches at least half a pixel past
     * those before it, at least {@link #MIN_BAR_WIDTH} wide, with its role where it fits and does not run into the
     * label before it. Each bar laid out adds half a pixel or more, so a frame lays out at most two bars per pixel.
     */
    static List<FrameLayout.BarFrame> bars(Track track, TimeWindow window, double width, TextMeasure measure,
                                           ChartFont font) {
        List<TenureBar> tenures = track.tenures();
        List<FrameLayout.BarFrame> shown = new ArrayList<>();
        double scale = width / window.span();
        int end = track.endTenureStartingBefore(window.day(width + BLEED, width));
        double coveredTo = -BLEED;
        double labelledTo = -Double.MAX_VALUE;
        int i = track.firstTenureEndingAfter(window.start());
        while (i < end) {
            TenureBar bar = tenures.get(i);
            double x0 = Math.max(-BLEED, (bar.start() - window.start()) * scale);
            double x1 = Math.max(x0 + MIN_BAR_WIDTH, Math.min(width + BLEED, (bar.end() - window.start()) * scale));
            String label = "";
            double labelX = Math.max(x0, 0) + BAR_PADDING;
            if (x1 - x0 >= MIN_BAR_LABEL && labelX >= labelledTo) {
                label = measure.fit(font, bar.label(), x1 - labelX - BAR_PADDING);
                if (!label.isEmpty()) {
                    labelledTo = labelX + measure.width(font, label) + GAP;
                }
            }
            shown.add(new FrameLayout.BarFrame(bar, x0, x1, label, labelX));
            coveredTo = Math.max(coveredTo, x1);
            if (coveredTo >= width) {
                break;
            }
            // Bars that end within the pixels already covered would draw nothing new.
            i = Math.max(i + 1, track.firstTenureEndingAfter(window.start() + (coveredTo + MIN_BAR_GAIN) / scale));
        }
        return shown;
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
                            Labels labels) {
        List<Unit> placed = new ArrayList<>();
        RowEnds rowEnds = new RowEnds(rows);
        double scale = width / window.span();
        int inside = track.endVisible(window.start());
        int to = track.endVisible(window.end());
        for (int i = track.firstVisible(window.start()); i < inside; i++) {
            if (track.end(i) > window.start()) {
                place(single(track, i, window, scale), track, placed, rowEnds, labels);
            }
        }
        int i = inside;
        while (i < to) {
            double columnX = (track.start(i) - window.start()) * scale;
            int columnEnd = Math.min(to, Math.max(i + 1, track.endVisible(window.start() + (columnX + CLUSTER_PIXELS) / scale)));
            int count = columnEnd - i;
            if (count <= rows) {
                for (int position = i; position < columnEnd; position++) {
                    place(single(track, position, window, scale), track, placed, rowEnds, labels);
                }
            } else {
                // The cluster's extent is judged from its first and last events rather than every one between.
                double right = (Math.max(track.end(i), track.end(columnEnd - 1)) - window.start()) * scale;
                place(new Unit(0, columnX, right, i, columnEnd, count, "", 0, 0), track, placed, rowEnds, labels);
            }
            i = columnEnd;
        }
        return labelled(model, track, placed, rows, width, labels);
    }

    private static Unit single(Track track, int position, TimeWindow window, double scale) {
        return new Unit(0, (track.start(position) - window.start()) * scale, (track.end(position) - window.start()) * scale,
                position, position + 1, 1, "", 0, 0);
    }

    /**
     * Where each row of a track is taken up to, as units are placed from left to right: by each unit's mark with the
     * short label it is sure of, and by its whole label.
     */
    private static final class RowEnds {
        private final double[] reserved;
        private final double[] wanted;

        RowEnds(int rows) {
            reserved = new double[rows];
            wanted = new double[rows];
            Arrays.fill(reserved, -Double.MAX_VALUE);
            Arrays.fill(wanted, -Double.MAX_VALUE);
        }

        /**
         * The first row where a unit at {@code x} leaves the label before it whole; failing that, the first where it
         * leaves that label its short minimum; -1 when every row is taken.
         */
        int freeAt(double x) {
            int row = firstAtOrBefore(wanted, x);
            return row >= 0 ? row : firstAtOrBefore(reserved, x);
        }

        void take(int row, double reservedEnd, double wantedEnd) {
            reserved[row] = Math.max(reserved[row], reservedEnd);
            wanted[row] = Math.max(wanted[row], wantedEnd);
        }

        private static int firstAtOrBefore(double[] ends, double x) {
            for (int row = 0; row < ends.length; row++) {
                if (ends[row] <= x) {
                    return row;
                }
            }
            return -1;
        }
    }

    /**
     * Puts the unit in the first row where the label before it stays whole, else in the first where that label keeps
     * its minimum; when no row is free, it joins the unit placed just before it, which is the last of its row and
     * holds the track positions right before it, so a cluster always covers one unbroken run of positions.
     */
    private static void place(Unit unit, Track track, List<Unit> placed, RowEnds rowEnds, Labels labels) {
        int row = rowEnds.freeAt(unit.x0());
        if (row >= 0) {
            placed.add(unit.placed(row, "", 0, 0));
            rowEnds.take(row, reservedEnd(unit, labels), wantedEnd(unit, track, labels));
            return;
        }
        Unit last = placed.get(placed.size() - 1);
        Unit merged = new Unit(last.row(), last.x0(), Math.max(last.x1(), unit.x1()), last.first(), unit.end(),
                last.count() + unit.count(), "", 0, 0);
        placed.set(placed.size() - 1, merged);
        rowEnds.take(last.row(), reservedEnd(merged, labels), reservedEnd(merged, labels));
    }

    /**
     * A single event keeps room for a short label after its mark; a cluster only for its badge, as wide as the widest
     * "k/n" it could show.
     */
    private static double reservedEnd(Unit unit, Labels labels) {
        String widest = labels.matches().filtering() ? unit.count() + "/" + unit.count() : Integer.toString(unit.count());
        double mark = unit.isCluster() ? unit.x0() + badgeWidth(labels.width(widest))
                : unit.x0() + LABEL_OFFSET + MIN_LABEL;
        return Math.max(unit.x1(), mark) + GAP;
    }

    /** Where a unit's whole label would end: its title for a single event, its badge for a cluster. */
    private static double wantedEnd(Unit unit, Track track, Labels labels) {
        if (unit.isCluster()) {
            return reservedEnd(unit, labels);
        }
        double labelX = Math.max(unit.x0(), 0) + LABEL_OFFSET;
        return Math.max(unit.x1(), labelX + labels.titleWidth(track, unit)) + GAP;
    }

    /** How wide a cluster's badge is around a count {@code labelWidth} pixels wide. */
    private static double badgeWidth(double labelWidth) {
        return Math.max(18, labelWidth + 10);
    }

    /** Gives each unit the label that fits before the next unit of its row. */
    private static List<Unit> labelled(TimelineModel model, Track track, List<Unit> placed, int rows, double width,
                                       Labels labels) {
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
                String badge = labels.badge(track, unit);
                result.add(unit.placed(unit.row(), badge, unit.x0(), badgeWidth(labels.width(badge))));
                continue;
            }
            // A span that starts off screen is labelled from the screen's edge, so its title is read from the start.
            double labelX = Math.max(unit.x0(), 0) + LABEL_OFFSET;
            double available = Math.min(MAX_LABEL, nextX[index] - GAP - labelX);
            String text = labels.fit(title(model, track, unit), available);
            double labelWidth = text.isEmpty() ? 0 : labels.width(text);
            result.add(unit.placed(unit.row(), text, labelX, labelWidth));
        }
        return result;
    }

    private static String title(TimelineModel model, Track track, Unit unit) {
        Event event = model.events().get(track.eventIndex(unit.first()));
        return event.title();
    }
}
