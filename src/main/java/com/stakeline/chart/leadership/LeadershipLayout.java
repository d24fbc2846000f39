package com.stakeline.chart.leadership;

import com.stakeline.chart.Box;
import com.stakeline.chart.timeline.DateAxis;
import java.util.List;
import java.util.Optional;

/**
 * Where a frame of the leadership strip puts each role and each tenure, in pixels: what the renderer draws and what
 * a click hits.
 *
 * @param axis where days fall across the plot
 * @param width the frame's width
 * @param height the frame's height
 * @param rows the roles that fit, top to bottom
 * @param hiddenRoles how many roles did not fit below them
 */
public record LeadershipLayout(DateAxis axis, double width, double height, List<PlacedRow> rows, int hiddenRoles) {

    /** Copies the list. */
    public LeadershipLayout {
        rows = List.copyOf(rows);
    }

    /**
     * One role's strip in the frame.
     *
     * @param row the role
     * @param top the top of its heading
     * @param tracksTop the top of its first track
     * @param tracksShown how many of its tracks fit
     * @param spells its tenures on the tracks shown, each with its bar
     * @param hiddenSpells how many of its tenures sit on tracks that did not fit
     */
    public record PlacedRow(LeadershipStrip.Row row, double top, double tracksTop, int tracksShown,
                            List<PlacedSpell> spells, int hiddenSpells) {

        /** Copies the list. */
        public PlacedRow {
            spells = List.copyOf(spells);
        }
    }

    /**
     * One tenure's bar.
     *
     * @param spell the tenure
     * @param bar where its bar is, clipped to the plot
     */
    public record PlacedSpell(LeadershipStrip.Spell spell, Box bar) {
    }

    /** The tenure whose bar holds ({@code x}, {@code y}), if any. */
    public Optional<LeadershipStrip.Spell> spellAt(double x, double y) {
        return rows.stream().flatMap(row -> row.spells().stream()).filter(placed -> placed.bar().contains(x, y))
                .map(PlacedSpell::spell).findFirst();
    }
}
