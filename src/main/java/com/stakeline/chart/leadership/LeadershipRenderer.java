package com.stakeline.chart.leadership;

import com.stakeline.chart.Box;
import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.Painter;
import com.stakeline.chart.Painter.Align;
import com.stakeline.chart.TextMeasure;
import com.stakeline.chart.leadership.LeadershipLayout.PlacedRow;
import com.stakeline.chart.leadership.LeadershipLayout.PlacedSpell;
import com.stakeline.chart.timeline.DateAxis;
import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.domain.RoleHistory.DaySpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws the leadership strip through any {@link Painter}: one strip per role over the timeline's window, a bar per
 * tenure named for its holder, interim spells dashed and pale, the stretch before a start the sources do not give
 * paler still, the spans nobody held a role and the spans two people held a one-holder role marked in the warning
 * colour, and the as-of date A and compared date B as lines.
 */
public final class LeadershipRenderer {

    static final double LEFT = 8;
    static final double RIGHT = 16;
    static final double TOP = 4;
    static final double AXIS = 22;
    static final double HEADING = 18;
    static final double BAR = 16;
    static final double TRACK_GAP = 3;
    static final double ROW_GAP = 8;
    /** The most tracks one role's strip takes; a board of many directors would otherwise push every other role out. */
    static final int MOST_TRACKS = 4;
    /** The narrowest bar drawn, however short the tenure. */
    static final double MIN_BAR_WIDTH = 2;
    /** The fewest pixels a bar needs before its holder's name is written on it. */
    private static final double MIN_LABEL_WIDTH = 24;

    private final TextMeasure measure;

    /** A renderer that fits text with {@code measure}. */
    public LeadershipRenderer(TextMeasure measure) {
        this.measure = measure;
    }

    /** The height at which every role of {@code strip} fits with all the tracks it may have; at least 120 pixels. */
    public static double naturalHeight(LeadershipStrip strip) {
        double height = TOP + AXIS;
        for (LeadershipStrip.Row row : strip.rows()) {
            height += HEADING + Math.min(row.tracks(), MOST_TRACKS) * (BAR + TRACK_GAP) - TRACK_GAP + ROW_GAP;
        }
        return Math.max(120, Math.ceil(height));
    }

    /**
     * Where everything goes in a frame {@code width} by {@code height} pixels over {@code window}: the roles from the
     * top, each with as many tracks as fit, until the frame is full.
     */
    public LeadershipLayout layout(LeadershipStrip strip, TimeWindow window, double width, double height) {
        DateAxis axis = new DateAxis(window, LEFT, Math.max(1, width - LEFT - RIGHT));
        LeadershipLayout all = place(strip, axis, width, height, height - AXIS);
        // When some roles do not fit, the line that says so takes the room of the last track.
        return all.hiddenRoles() == 0 ? all : place(strip, axis, width, height, height - AXIS - HEADING);
    }

    private static LeadershipLayout place(LeadershipStrip strip, DateAxis axis, double width, double height,
                                          double bottom) {
        List<PlacedRow> rows = new ArrayList<>();
        double y = TOP;
        int shown = 0;
        for (LeadershipStrip.Row row : strip.rows()) {
            int tracks = Math.min(row.tracks(), MOST_TRACKS);
            // A role gets its heading and at least one track, or it is counted as not shown.
            int fit = (int) Math.floor((bottom - y - HEADING + TRACK_GAP) / (BAR + TRACK_GAP));
            if (fit < 1) {
                break;
            }
            tracks = Math.min(tracks, fit);
            double tracksTop = y + HEADING;
            List<PlacedSpell> spells = new ArrayList<>();
            // Where in spells each track's last bar is, or -1.
            int[] lastOnTrack = new int[tracks];
            Arrays.fill(lastOnTrack, -1);
            int hidden = 0;
            for (LeadershipStrip.Spell spell : row.spells()) {
                if (spell.track() >= tracks) {
                    hidden++;
                    continue;
                }
                double from = axis.x(spell.fromDay());
                if (from > axis.right()) {
                    // The spells are in order of start: none after this one is in sight either.
                    break;
                }
                double until = spell.untilDay() == Long.MAX_VALUE ? Double.MAX_VALUE : axis.x(spell.untilDay());
                if (until < axis.left()) {
                    continue;
                }
                double x0 = Math.max(axis.left(), from);
                // A spell of days in a window of years still shows, as a sliver.
                double x1 = Math.min(axis.right(), Math.max(until, from + MIN_BAR_WIDTH));
                int last = lastOnTrack[spell.track()];
                if (last >= 0 && until - from < MIN_BAR_WIDTH && x0 < right(spells.get(last).bar())) {
                    // Spells too short to see, one after another, make one sliver rather than thousands; one that
                    // starts where a bar it can be told from ends keeps a sliver of its own.
                    Box bar = spells.get(last).bar();
                    double right = Math.max(right(bar), x1);
                    spells.set(last, new PlacedSpell(spells.get(last).spell(),
                            new Box(bar.x(), bar.y(), right - bar.x(), BAR)));
                    continue;
                }
                double top = tracksTop + spell.track() * (BAR + TRACK_GAP);
                lastOnTrack[spell.track()] = spells.size();
                spells.add(new PlacedSpell(spell, new Box(x0, top, Math.max(0, x1 - x0), BAR)));
            }
            rows.add(new PlacedRow(row, y, tracksTop, tracks, spells, hidden));
            y = tracksTop + tracks * (BAR + TRACK_GAP) - TRACK_GAP + ROW_GAP;
            shown++;
        }
        return new LeadershipLayout(axis, width, height, rows, strip.rows().size() - shown);
    }

    /**
     * Draws a frame.
     *
     * @param asOf the as-of date, or null
     * @param compareWith the date B compared with it, or null
     */
    public void draw(Painter painter, LeadershipLayout layout, ChartStyle style, LocalDate asOf,
                     LocalDate compareWith) {
        painter.beginFrame(layout.width(), layout.height(), style);
        DateAxis axis = layout.axis();
        double bottom = layout.height() - AXIS;
        axis.drawTicks(painter, measure, bottom, style);
        for (int i = 0; i < layout.rows().size(); i++) {
            drawTracks(painter, layout.rows().get(i), axis, style, style.series(i));
        }
        if (layout.hiddenRoles() > 0) {
            painter.setFont(style.font());
            painter.setFill(style.muted());
            painter.fillText("+" + layout.hiddenRoles() + (layout.hiddenRoles() == 1 ? " more role" : " more roles")
                    + ": make the pane taller", axis.right(), bottom - 5, Align.RIGHT);
        }
        painter.save();
        painter.clip(axis.left(), 0, axis.width(), layout.height());
        axis.drawCursors(painter, measure, TOP, bottom, asOf, compareWith, style);
        painter.restore();
        // After the cursors, on a backdrop, so a cursor at the left edge does not strike through a role's name.
        layout.rows().forEach(row -> drawHeading(painter, row, axis, style));
    }

    private void drawHeading(Painter painter, PlacedRow placed, DateAxis axis, ChartStyle style) {
        LeadershipStrip.Row row = placed.row();
        double baseline = measure.baselineCentredOn(style.boldFont(), placed.top() + HEADING / 2);
        String note = rowNote(placed);
        double roleWidth = measure.width(style.boldFont(), row.role());
        double width = roleWidth + (note.isEmpty() ? 0 : 8 + measure.width(style.font(), note));
        painter.setFill(style.background());
        painter.fillRect(axis.left() - 2, placed.top() + 1, width + 4, HEADING - 2);
        painter.setFont(style.boldFont());
        painter.setFill(style.text());
        painter.fillText(row.role(), axis.left(), baseline, Align.LEFT);
        if (!note.isEmpty()) {
            painter.setFont(style.font());
            painter.setFill(row.overlaps().isEmpty() ? style.muted() : style.warning());
            painter.fillText(note, axis.left() + roleWidth + 8, baseline, Align.LEFT);
        }
    }

    private void drawTracks(Painter painter, PlacedRow placed, DateAxis axis, ChartStyle style, int colour) {
        LeadershipStrip.Row row = placed.row();
        double tracksHeight = placed.tracksShown() * (BAR + TRACK_GAP) - TRACK_GAP;
        painter.save();
        painter.clip(axis.left(), placed.tracksTop() - 2, axis.width(), tracksHeight + 4);
        for (DaySpan overlap : row.overlaps()) {
            Box span = span(axis, overlap, placed.tracksTop() - 1, tracksHeight + 2);
            painter.setFill(style.warning());
            painter.setAlpha(0.25);
            painter.fillRect(span.x(), span.y(), span.width(), span.height());
            painter.setAlpha(1);
            painter.setStroke(style.warning());
            painter.setLineWidth(2);
            painter.strokeRect(span.x(), span.y(), span.width(), span.height());
            painter.setLineWidth(1);
        }
        for (PlacedSpell spell : placed.spells()) {
            drawSpell(painter, spell, axis, style, colour);
        }
        for (DaySpan vacancy : row.vacancies()) {
            drawVacancy(painter, span(axis, vacancy, placed.tracksTop(), BAR), style);
        }
        painter.restore();
    }

    /** What the heading says beside the role: that two held it at once, and how many tenures did not fit. */
    private static String rowNote(PlacedRow placed) {
        List<String> notes = new ArrayList<>();
        if (!placed.row().overlaps().isEmpty()) {
            notes.add("two holders at once");
        }
        if (placed.hiddenSpells() > 0) {
            notes.add(placed.hiddenSpells() + " more not shown");
        }
        return String.join(" · ", notes);
    }

    private void drawSpell(Painter painter, PlacedSpell placed, DateAxis axis, ChartStyle style, int colour) {
        LeadershipStrip.Spell spell = placed.spell();
        Box bar = placed.bar();
        boolean interim = spell.tenure().interim();
        painter.setFill(colour);
        painter.setAlpha(interim ? 0.3 : 0.8);
        painter.fillRect(bar.x(), bar.y(), bar.width(), bar.height());
        double certainX = Math.min(bar.x() + bar.width(), Math.max(bar.x(), axis.x(spell.certainDay())));
        if (certainX > bar.x()) {
            // The sources show it held only from here: the stretch before is a bound, not a stated start.
            painter.setFill(style.background());
            painter.setAlpha(0.65);
            painter.fillRect(bar.x(), bar.y(), Math.min(bar.width(), certainX - bar.x()), bar.height());
        }
        painter.setAlpha(1);
        if (interim) {
            painter.setStroke(colour);
            painter.setLineWidth(1.5);
            painter.setDashes(4, 3);
            painter.strokeRect(bar.x() + 0.75, bar.y() + 0.75, Math.max(0, bar.width() - 1.5), bar.height() - 1.5);
            painter.setDashes();
            painter.setLineWidth(1);
        }
        // The name goes on the solid stretch when it has room there; on a pale one, only dark text can be read.
        double solidWidth = bar.x() + bar.width() - certainX;
        boolean onSolid = !interim && solidWidth >= MIN_LABEL_WIDTH;
        double labelX = onSolid ? certainX : bar.x();
        double room = onSolid ? solidWidth : bar.width();
        String label = room >= MIN_LABEL_WIDTH ? measure.fit(style.font(), spell.holder(), room - 8) : "";
        if (!label.isEmpty()) {
            painter.setFont(style.font());
            painter.setFill(onSolid ? style.onColour() : style.text());
            painter.fillText(label, labelX + 4, measure.baselineCentredOn(style.font(), bar.y() + bar.height() / 2),
                    Align.LEFT);
        }
    }

    private void drawVacancy(Painter painter, Box span, ChartStyle style) {
        double middle = span.y() + span.height() / 2;
        painter.setStroke(style.warning());
        painter.setLineWidth(2);
        painter.setDashes(2, 3);
        painter.strokeLine(span.x(), middle, span.x() + span.width(), middle);
        painter.setDashes();
        painter.setLineWidth(1);
        String label = measure.fit(style.font(), "vacant", span.width() - 8);
        if (!label.isEmpty()) {
            double width = measure.width(style.font(), label);
            double x = span.x() + (span.width() - width) / 2;
            painter.setFill(style.background());
            painter.fillRect(x - 2, span.y(), width + 4, span.height());
            painter.setFont(style.font());
            painter.setFill(style.warning());
            painter.fillText(label, x, measure.baselineCentredOn(style.font(), middle), Align.LEFT);
        }
    }

    private static double right(Box box) {
        return box.x() + box.width();
    }

    /** The box over {@code days} from {@code top}, {@code height} high; a span still open runs to the plot's edge. */
    private static Box span(DateAxis axis, DaySpan days, double top, double height) {
        double x0 = Math.max(axis.left() - 1, axis.x(days.from()));
        double x1 = days.until() == null ? axis.right() + 1 : Math.min(axis.right() + 1, axis.x(days.until()));
        return new Box(x0, top, Math.max(2, x1 - x0), height);
    }
}
