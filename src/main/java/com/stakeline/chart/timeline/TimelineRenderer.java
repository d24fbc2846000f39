package com.stakeline.chart.timeline;

import com.stakeline.chart.Box;
import com.stakeline.chart.ChartFont;
import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.Painter;
import com.stakeline.chart.Painter.Align;
import com.stakeline.chart.TextMeasure;
import com.stakeline.domain.Event;
import com.stakeline.domain.PartialDate;
import com.stakeline.domain.Precision;
import java.util.List;
import java.util.Optional;

/**
 * Draws a {@link TimelineFrame}: the axis, the lanes with their pinned names, the events of each track, people's
 * tenure bars, the today line, the as-of cursor and the legend. The one drawing routine of the timeline, for the
 * screen and for exports alike.
 */
public final class TimelineRenderer {

    /** The height of the time axis above the lanes. */
    public static final double AXIS_HEIGHT = 40;
    /** How much of a bar whose start the sources do not give is drawn paler. */
    static final double UNKNOWN_START_FADE = 40;
    /** How far from the left edge lane and person names start. */
    static final double NAME_X = 10;
    /** The radius of an exact date's diamond. */
    static final double DIAMOND = 5;
    /** The height of the as-of cursor's date badge, which sits at the bottom of the lanes. */
    static final double BADGE_HEIGHT = 18;
    private static final double FADED = 0.25;

    private final TextMeasure measure;

    /** A renderer that measures its labels with {@code measure}, as the frame's layout was. */
    public TimelineRenderer(TextMeasure measure) {
        this.measure = measure;
    }

    /**
     * The height a picture of all of {@code layout}'s lanes needs, with room beneath them for the dates' badges: what
     * an export of the whole timeline is drawn at.
     */
    public static double heightFor(FrameLayout layout) {
        return Math.ceil(AXIS_HEIGHT + layout.height() + 2 * BADGE_HEIGHT + 12);
    }

    /** Draws the frame, setting every drawing state it uses first. */
    public void draw(Painter painter, TimelineFrame frame) {
        ChartStyle style = frame.style();
        painter.beginFrame(frame.width(), frame.height(), style);
        double top = AXIS_HEIGHT - frame.scrollY();
        AxisTicks ticks = AxisTicks.of(frame.window(), frame.width());

        painter.save();
        painter.clip(0, AXIS_HEIGHT, frame.width(), frame.height() - AXIS_HEIGHT);
        drawLaneBands(painter, frame, top);
        drawGrid(painter, frame, ticks);
        drawToday(painter, frame);
        drawLanes(painter, frame, top);
        drawPinnedNames(painter, frame, top);
        painter.restore();
        drawAxis(painter, frame, ticks);
        drawComparedDate(painter, frame);
        drawCursor(painter, frame);
        if (frame.legend()) {
            drawLegend(painter, frame);
        }
        if (frame.focused()) {
            // The picture covers the whole control, so the keyboard focus is drawn in it rather than by CSS.
            painter.setStroke(style.accent());
            painter.setLineWidth(2);
            painter.strokeRect(1, 1, frame.width() - 2, frame.height() - 2);
            painter.setLineWidth(1);
        }
    }

    /** Where the as-of cursor's date badge is drawn, if the cursor is in sight; it can be dragged like the cursor. */
    public Optional<Box> asOfBadge(TimelineFrame frame) {
        if (frame.asOf() == null) {
            return Optional.empty();
        }
        double x = frame.xOf(frame.asOf());
        if (x < 0 || x > frame.width()) {
            return Optional.empty();
        }
        double badgeWidth = measure.width(frame.style().font(), asOfLabel(frame)) + 12;
        double badgeX = Math.min(Math.max(0, x - badgeWidth / 2), frame.width() - badgeWidth);
        return Optional.of(new Box(badgeX, frame.height() - BADGE_HEIGHT - 2, badgeWidth, BADGE_HEIGHT));
    }

    private static String asOfLabel(TimelineFrame frame) {
        return "As of " + PartialDate.ofDay(frame.asOf()).display();
    }

    private static int laneColour(TimelineFrame frame, FrameLayout.LaneFrame lane) {
        return frame.style().series(lane.lane().kind() == LaneKind.ENTITY ? lane.index() : lane.lane().kind().ordinal());
    }

    private void drawLaneBands(Painter painter, TimelineFrame frame, double top) {
        TimelineMetrics metrics = frame.layout().metrics();
        for (FrameLayout.LaneFrame lane : frame.layout().lanes()) {
            double y = top + lane.y();
            if (y + lane.height() < AXIS_HEIGHT || y > frame.height()) {
                continue;
            }
            drawLaneHeader(painter, frame, lane, y);
            painter.setFill(laneColour(frame, lane));
            painter.fillRect(0, y + metrics.headerHeight(), 3, lane.height() - metrics.headerHeight() - metrics.laneGap());
        }
    }

    private void drawLaneHeader(Painter painter, TimelineFrame frame, FrameLayout.LaneFrame lane, double y) {
        ChartStyle style = frame.style();
        double headerHeight = frame.layout().metrics().headerHeight();
        painter.setFill(style.band());
        painter.fillRect(0, y, frame.width(), headerHeight);
        painter.setFill(laneColour(frame, lane));
        painter.fillRect(0, y, 3, headerHeight);
        painter.setFill(style.text());
        double middle = y + headerHeight / 2;
        // The disclosure triangle is drawn rather than typed: not every font has the small triangles.
        if (lane.collapsed()) {
            painter.fillPolygon(new double[] {NAME_X, NAME_X + 6, NAME_X}, new double[] {middle - 4, middle, middle + 4}, 3);
        } else {
            painter.fillPolygon(new double[] {NAME_X - 1, NAME_X + 7, NAME_X + 3}, new double[] {middle - 2, middle - 2,
                    middle + 3}, 3);
        }
        painter.setFont(style.boldFont());
        String title = lane.lane().title() + "  (" + lane.lane().size() + ")";
        painter.fillText(title, NAME_X + 12, measure.baselineCentredOn(style.boldFont(), middle), Align.LEFT);
    }

    private static void drawGrid(Painter painter, TimelineFrame frame, AxisTicks ticks) {
        painter.setStroke(frame.style().grid());
        for (AxisTicks.Tick tick : ticks.minor()) {
            double x = Math.round(tick.x()) + 0.5;
            painter.strokeLine(x, AXIS_HEIGHT, x, frame.height());
        }
    }

    private static void drawToday(Painter painter, TimelineFrame frame) {
        double x = frame.xOf(frame.today());
        if (x < 0 || x > frame.width()) {
            return;
        }
        painter.setStroke(frame.style().accent());
        painter.setDashes(4, 4);
        painter.strokeLine(x, AXIS_HEIGHT, x, frame.height());
        painter.setDashes();
    }

    private void drawLanes(Painter painter, TimelineFrame frame, double top) {
        double rowHeight = frame.layout().metrics().rowHeight();
        for (FrameLayout.LaneFrame lane : frame.layout().lanes()) {
            int colour = laneColour(frame, lane);
            for (FrameLayout.TrackFrame track : lane.tracks()) {
                double trackBottom = top + track.rowsY() + track.rows() * rowHeight;
                if (trackBottom < AXIS_HEIGHT || top + track.top() > frame.height()) {
                    continue;
                }
                if (track.person()) {
                    drawPerson(painter, frame, track, top, colour);
                }
                for (Unit unit : track.units()) {
                    double middle = top + track.rowsY() + unit.row() * rowHeight + rowHeight / 2;
                    if (unit.isCluster()) {
                        drawCluster(painter, frame, track, unit, middle, colour);
                    } else {
                        drawEvent(painter, frame, track, unit, middle, colour);
                    }
                }
            }
        }
    }

    private void drawPerson(Painter painter, TimelineFrame frame, FrameLayout.TrackFrame track, double top, int colour) {
        ChartStyle style = frame.style();
        TimelineMetrics metrics = frame.layout().metrics();
        double y = top + track.top() + metrics.nameHeight() + 2;
        double barHeight = metrics.barHeight();
        for (FrameLayout.BarFrame shown : track.bars()) {
            TenureBar bar = shown.bar();
            double x0 = shown.x0();
            double x1 = shown.x1();
            painter.setAlpha(bar.interim() ? 0.35 : 0.6);
            painter.setFill(colour);
            painter.fillRect(x0, y, x1 - x0, barHeight);
            if (!bar.startKnown()) {
                // The sources give only the end: the first stretch is paler, so the start does not look stated.
                painter.setAlpha(0.6);
                painter.setFill(style.background());
                painter.fillRect(x0, y, Math.min(x1 - x0, UNKNOWN_START_FADE), barHeight);
            }
            painter.setAlpha(1);
            if (bar.interim() && x1 - x0 >= TimelineLayout.MIN_BAR_LABEL) {
                painter.setStroke(colour);
                painter.setDashes(3, 2);
                painter.strokeRect(x0 + 0.5, y + 0.5, x1 - x0 - 1, barHeight - 1);
                painter.setDashes();
            }
            if (!shown.label().isEmpty()) {
                painter.setFont(style.font());
                painter.setFill(style.text());
                painter.fillText(shown.label(), shown.labelX(), measure.baselineCentredOn(style.font(), y + barHeight / 2),
                        Align.LEFT);
            }
        }
        drawPersonName(painter, frame, track, top + track.top());
    }

    private void drawPersonName(Painter painter, TimelineFrame frame, FrameLayout.TrackFrame track, double y) {
        ChartStyle style = frame.style();
        painter.setFont(style.boldFont());
        painter.setFill(style.muted());
        painter.fillText(track.track().title(), NAME_X,
                measure.baselineCentredOn(style.boldFont(), y + frame.layout().metrics().nameHeight() / 2 + 1), Align.LEFT);
    }

    private void drawCluster(Painter painter, TimelineFrame frame, FrameLayout.TrackFrame track, Unit unit,
                             double middle, int colour) {
        ChartStyle style = frame.style();
        boolean noneMatch = frame.fadeUnmatched() && frame.matches().countIn(track.track(), unit.first(), unit.end()) == 0;
        double opacity = noneMatch ? FADED : 1;
        painter.setAlpha(0.18 * opacity);
        painter.setFill(colour);
        painter.fillRect(unit.x0(), middle - 2, Math.max(2, unit.x1() - unit.x0()), 4);
        painter.setAlpha(opacity);
        painter.fillRoundRect(unit.x0(), middle - 8, unit.labelWidth(), 16, 8);
        painter.setFont(style.font());
        painter.setFill(style.onColour());
        painter.fillText(unit.label(), unit.x0() + unit.labelWidth() / 2, measure.baselineCentredOn(style.font(), middle),
                Align.CENTER);
        painter.setAlpha(1);
        if (isSelected(frame, track, unit)) {
            painter.setStroke(style.highlight());
            painter.setLineWidth(2);
            painter.strokeRoundRect(unit.x0() - 2, middle - 10, unit.labelWidth() + 4, 20, 10);
            painter.setLineWidth(1);
        }
    }

    private void drawEvent(Painter painter, TimelineFrame frame, FrameLayout.TrackFrame track, Unit unit, double middle,
                           int colour) {
        ChartStyle style = frame.style();
        int eventIndex = track.track().eventIndex(unit.first());
        Event event = frame.model().events().get(eventIndex);
        double opacity = frame.isFaded(eventIndex) ? FADED : 1;
        painter.setAlpha(opacity);
        painter.setFill(colour);
        if (isExact(event)) {
            double x = unit.x0();
            painter.fillPolygon(new double[] {x, x + DIAMOND, x, x - DIAMOND},
                    new double[] {middle - DIAMOND, middle, middle + DIAMOND, middle}, 4);
        } else {
            // A span with an end is a solid bar; a month or a year is a pale dashed box: the day is not known.
            boolean hasEnd = event.end().isPresent();
            double width = Math.max(3, unit.x1() - unit.x0());
            painter.setAlpha(opacity * (hasEnd ? 0.55 : 0.22));
            painter.fillRect(unit.x0(), middle - 6, width, 12);
            painter.setAlpha(opacity);
            painter.setStroke(colour);
            if (!hasEnd) {
                painter.setDashes(2, 2);
            }
            painter.strokeRect(unit.x0() + 0.5, middle - 5.5, width - 1, 11);
            painter.setDashes();
        }
        if (frame.flagged().contains(event.id())) {
            painter.setFill(style.warning());
            painter.fillOval(Math.max(unit.x0(), 0) + 2, middle - 10, 7, 7);
        }
        if (!unit.label().isEmpty()) {
            painter.setFont(style.font());
            painter.setFill(style.text());
            painter.fillText(unit.label(), unit.labelX(), measure.baselineCentredOn(style.font(), middle), Align.LEFT);
        }
        painter.setAlpha(1);
        if (isSelected(frame, track, unit)) {
            painter.setStroke(style.highlight());
            painter.setLineWidth(2);
            double left = Math.max(unit.x0(), -DIAMOND) - 7;
            double right = Math.max(unit.x1(), unit.labelX() + unit.labelWidth());
            painter.strokeRoundRect(left, middle - 9, right - left + 4, 18, 3);
            painter.setLineWidth(1);
        }
    }

    /** Whether the event has one exact day and no end, which draws a diamond rather than a span. */
    static boolean isExact(Event event) {
        return event.date().precision() == Precision.DAY && event.end().isEmpty();
    }

    private static boolean isSelected(TimelineFrame frame, FrameLayout.TrackFrame track, Unit unit) {
        int selected = frame.selectedEvent();
        TimelineModel model = frame.model();
        if (selected < 0 || !model.isShown(selected)) {
            return false;
        }
        int position = model.positionOf(selected);
        return unit.covers(position) && position < track.track().size() && track.track().eventIndex(position) == selected;
    }

    /**
     * Keeps the names of the lane and the person at the top of the lanes in sight while they scroll, so a bar never
     * shows without the name it belongs to. A pinned name is pushed up by the end of its lane or track.
     */
    private void drawPinnedNames(Painter painter, TimelineFrame frame, double top) {
        TimelineMetrics metrics = frame.layout().metrics();
        for (FrameLayout.LaneFrame lane : frame.layout().lanes()) {
            double laneTop = top + lane.y();
            double laneBottom = laneTop + lane.height() - metrics.laneGap();
            if (laneTop >= AXIS_HEIGHT || laneBottom <= AXIS_HEIGHT) {
                continue;
            }
            double pinnedHeader = Math.min(AXIS_HEIGHT, laneBottom - metrics.headerHeight());
            double below = pinnedHeader + metrics.headerHeight();
            for (FrameLayout.TrackFrame track : lane.tracks()) {
                double trackTop = top + track.top();
                double trackBottom = top + track.rowsY() + track.rows() * metrics.rowHeight();
                if (track.person() && trackTop < below && trackBottom > below) {
                    double nameY = Math.min(below, trackBottom - metrics.nameHeight());
                    painter.setFill(frame.style().background());
                    painter.setAlpha(0.85);
                    double nameWidth = measure.width(frame.style().boldFont(), track.track().title());
                    painter.fillRect(NAME_X - 4, nameY, nameWidth + 8, metrics.nameHeight());
                    painter.setAlpha(1);
                    drawPersonName(painter, frame, track, nameY);
                }
            }
            drawLaneHeader(painter, frame, lane, pinnedHeader);
        }
    }

    private void drawAxis(Painter painter, TimelineFrame frame, AxisTicks ticks) {
        ChartStyle style = frame.style();
        double width = frame.width();
        painter.setFill(style.background());
        painter.fillRect(0, 0, width, AXIS_HEIGHT);
        painter.setStroke(style.grid());
        painter.strokeLine(0, AXIS_HEIGHT - 0.5, width, AXIS_HEIGHT - 0.5);
        painter.setFont(style.font());
        painter.setFill(style.muted());
        double minorBaseline = measure.baselineCentredOn(style.font(), AXIS_HEIGHT - 10);
        for (AxisTicks.Tick tick : ticks.minor()) {
            if (tick.x() >= -40 && tick.x() <= width) {
                painter.fillText(tick.label(), tick.x() + 3, minorBaseline, Align.LEFT);
                painter.strokeLine(Math.round(tick.x()) + 0.5, AXIS_HEIGHT - 6, Math.round(tick.x()) + 0.5, AXIS_HEIGHT);
            }
        }
        ChartFont bold = style.boldFont();
        painter.setFont(bold);
        painter.setFill(style.text());
        double majorBaseline = measure.baselineCentredOn(bold, 12);
        List<AxisTicks.Tick> major = ticks.major();
        for (int i = 0; i < major.size(); i++) {
            AxisTicks.Tick tick = major.get(i);
            double next = i + 1 < major.size() ? major.get(i + 1).x() : Double.MAX_VALUE;
            double x = Math.max(tick.x(), 4);
            if (x + measure.width(bold, tick.label()) + 8 < next && x <= width) {
                painter.fillText(tick.label(), x + 3, majorBaseline, Align.LEFT);
            }
            if (tick.x() > 0) {
                painter.strokeLine(Math.round(tick.x()) + 0.5, 0, Math.round(tick.x()) + 0.5, AXIS_HEIGHT);
            }
        }
    }

    /**
     * The as-of cursor: a line over the lanes with a handle on the axis, where it is grabbed, and its date in a badge
     * at the bottom, clear of the axis labels.
     */
    private void drawCursor(Painter painter, TimelineFrame frame) {
        asOfBadge(frame).ifPresent(badge -> {
            ChartStyle style = frame.style();
            double x = frame.xOf(frame.asOf());
            painter.setStroke(style.highlight());
            painter.setLineWidth(2);
            painter.strokeLine(x, AXIS_HEIGHT - 8, x, frame.height());
            painter.setLineWidth(1);
            painter.setFill(style.highlight());
            painter.fillPolygon(new double[] {x - 6, x + 6, x}, new double[] {AXIS_HEIGHT - 10, AXIS_HEIGHT - 10,
                    AXIS_HEIGHT - 2}, 3);
            painter.fillRoundRect(badge.x(), badge.y(), badge.width(), badge.height(), 4);
            painter.setFont(style.font());
            painter.setFill(style.onColour());
            painter.fillText(asOfLabel(frame), badge.x() + 6,
                    measure.baselineCentredOn(style.font(), badge.y() + badge.height() / 2), Align.LEFT);
        });
    }

    /**
     * The compared date B: a line over the lanes in the accent colour, solid so it is not taken for the dashed today
     * line, and its date in a badge above the as-of date's, so neither badge covers the other wherever the two stand.
     */
    private void drawComparedDate(Painter painter, TimelineFrame frame) {
        if (frame.compareWith() == null) {
            return;
        }
        double x = frame.xOf(frame.compareWith());
        if (x < 0 || x > frame.width()) {
            return;
        }
        ChartStyle style = frame.style();
        String label = "B: " + PartialDate.ofDay(frame.compareWith()).display();
        painter.setStroke(style.accent());
        painter.setLineWidth(2);
        painter.strokeLine(x, AXIS_HEIGHT, x, frame.height());
        painter.setLineWidth(1);
        double badgeWidth = measure.width(style.font(), label) + 12;
        double badgeX = Math.min(Math.max(0, x - badgeWidth / 2), frame.width() - badgeWidth);
        double badgeY = frame.height() - 2 * BADGE_HEIGHT - 6;
        painter.setFill(style.accent());
        painter.fillRoundRect(badgeX, badgeY, badgeWidth, BADGE_HEIGHT, 4);
        painter.setFont(style.font());
        painter.setFill(style.onColour());
        painter.fillText(label, badgeX + 6, measure.baselineCentredOn(style.font(), badgeY + BADGE_HEIGHT / 2),
                Align.LEFT);
    }

    /**
     * Explains each mark in a box at the top right of the lanes; in as many columns as it takes to fit the lanes'
     * height, so a short window shows every entry.
     */
    private void drawLegend(Painter painter, TimelineFrame frame) {
        ChartStyle style = frame.style();
        List<TimelineLegend.Entry> entries = List.of(TimelineLegend.Entry.values());
        double labelWidth = entries.stream().mapToDouble(entry -> measure.width(style.font(), entry.text())).max()
                .orElse(0);
        double rowHeight = TimelineLegend.ROW_HEIGHT;
        double columnWidth = TimelineLegend.SAMPLE_WIDTH + labelWidth + 24;
        double y = AXIS_HEIGHT + 8;
        int fitting = Math.max(1, (int) ((frame.height() - y - 8 - 30) / rowHeight));
        int columns = (entries.size() + fitting - 1) / fitting;
        int rows = (entries.size() + columns - 1) / columns;
        double boxWidth = columns * columnWidth;
        double boxHeight = rows * rowHeight + 30;
        double x = Math.max(0, frame.width() - boxWidth - 12);
        painter.setFill(style.background());
        painter.fillRoundRect(x, y, boxWidth, boxHeight, 4);
        painter.setStroke(style.grid());
        painter.strokeRoundRect(x + 0.5, y + 0.5, boxWidth - 1, boxHeight - 1, 4);
        painter.setFont(style.boldFont());
        painter.setFill(style.text());
        painter.fillText("Legend", x + 8, measure.baselineCentredOn(style.boldFont(), y + 12), Align.LEFT);
        for (int i = 0; i < entries.size(); i++) {
            TimelineLegend.Entry entry = entries.get(i);
            double left = x + (i / rows) * columnWidth;
            double middle = y + 24 + (i % rows) * rowHeight + rowHeight / 2;
            TimelineLegend.drawSample(painter, entry, style, measure, left + 8, middle);
            painter.setAlpha(1);
            painter.setDashes();
            painter.setLineWidth(1);
            painter.setFont(style.font());
            painter.setFill(style.text());
            painter.fillText(entry.text(), left + 16 + TimelineLegend.SAMPLE_WIDTH,
                    measure.baselineCentredOn(style.font(), middle), Align.LEFT);
        }
    }
}
