package com.stakeline.chart.leadership;

import com.stakeline.domain.EventStore;
import com.stakeline.domain.Formats;
import com.stakeline.domain.RoleHistory;
import com.stakeline.domain.RoleHistory.DaySpan;
import com.stakeline.domain.Tenure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who held each role at a company over time, ready to draw as one strip per role: each tenure placed on a track of
 * its role's strip where it meets no other, so a board's directors sit one above another while a CEO's successive
 * holders share a single track.
 *
 * @param rows one per role, in the order the roles were first held
 */
public record LeadershipStrip(List<Row> rows) {

    /** Copies the list. */
    public LeadershipStrip {
        rows = List.copyOf(rows);
    }

    /**
     * One role's strip.
     *
     * @param role the role as the store first names it
     * @param spells its tenures, earliest first
     * @param tracks how many tracks the spells need so that none meets another on its track
     * @param vacancies the spans nobody held it, once somebody had
     * @param overlaps for a one-holder role, the spans two people held it
     */
    public record Row(String role, List<Spell> spells, int tracks, List<DaySpan> vacancies, List<DaySpan> overlaps) {

        /** Copies the lists. */
        public Row {
            spells = List.copyOf(spells);
            vacancies = List.copyOf(vacancies);
            overlaps = List.copyOf(overlaps);
        }
    }

    /**
     * One tenure on its track, with its days as epoch days: a frame places every spell of a store, so the dates are
     * turned into numbers once, here.
     *
     * @param tenure the tenure
     * @param holder who held it, "(interim)" marked
     * @param track which track of its role's strip it sits on, from 0 at the top
     * @param fromDay the first day it counts as held
     * @param certainDay the first day the sources show it held: its start, or the event that shows it held when no
     *                   start is known
     * @param untilDay the day its end begins, or {@link Long#MAX_VALUE} while it lasts
     */
    public record Spell(Tenure tenure, String holder, int track, long fromDay, long certainDay, long untilDay) {

        /** The spell of {@code tenure} on {@code track}. */
        public static Spell of(Tenure tenure, String holder, int track) {
            return new Spell(tenure, holder, track, tenure.earliestStart().toEpochDay(),
                    tenure.heldBy().start().toEpochDay(),
                    tenure.ended().map(end -> end.start().toEpochDay()).orElse(Long.MAX_VALUE));
        }
    }

    /** The strip of {@code roles}, whose people {@code store} names. */
    public static LeadershipStrip of(List<RoleHistory> roles, EventStore store) {
        List<Row> rows = new ArrayList<>();
        for (RoleHistory role : roles) {
            // The last day each track is taken until; a tenure goes on the first track free by its start.
            List<LocalDate> trackFreeFrom = new ArrayList<>();
            List<Spell> spells = new ArrayList<>();
            for (Tenure tenure : role.tenures()) {
                int track = 0;
                while (track < trackFreeFrom.size() && (trackFreeFrom.get(track) == null
                        || trackFreeFrom.get(track).isAfter(tenure.earliestStart()))) {
                    track++;
                }
                LocalDate until = tenure.ended().map(end -> end.start()).orElse(null);
                if (track == trackFreeFrom.size()) {
                    trackFreeFrom.add(until);
                } else {
                    trackFreeFrom.set(track, until);
                }
                spells.add(Spell.of(tenure, Formats.holder(tenure, store), track));
            }
            rows.add(new Row(role.role(), spells, Math.max(1, trackFreeFrom.size()), role.vacancies(),
                    role.overlaps()));
        }
        return new LeadershipStrip(rows);
    }
}
