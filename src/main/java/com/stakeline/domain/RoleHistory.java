package com.stakeline.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One role at a company over its whole life: every tenure of it, the spans when nobody held it after somebody had,
 * and, for a one-holder role such as CEO, the spans when two people held it at once. A tenure counts as held from its
 * earliest start until its end begins, as in {@link Tenure#heldOn}.
 *
 * @param role the role as the store first names it
 * @param oneHolder whether one person at a time holds the role
 * @param tenures every tenure of the role, earliest first
 * @param vacancies the spans nobody held it, once somebody had; earliest first
 * @param overlaps for a one-holder role, the spans two or more people held it; earliest first; else empty
 */
public record RoleHistory(String role, boolean oneHolder, List<Tenure> tenures, List<DaySpan> vacancies,
                          List<DaySpan> overlaps) {

    /**
     * The days from {@code from} up to, not including, {@code until}.
     *
     * @param from the first day
     * @param until the day after the last, or null while the span lasts
     */
    public record DaySpan(LocalDate from, LocalDate until) {

        /** Whether {@code day} falls in the span. */
        public boolean contains(LocalDate day) {
            return !from.isAfter(day) && (until == null || until.isAfter(day));
        }
    }

    /** Copies the lists. */
    public RoleHistory {
        tenures = List.copyOf(tenures);
        vacancies = List.copyOf(vacancies);
        overlaps = List.copyOf(overlaps);
    }

    /** The history of every role in {@code tenures}, in the order the roles were first held. */
    public static List<RoleHistory> of(Tenures tenures) {
        Map<String, List<Tenure>> byRole = new LinkedHashMap<>();
        List<Tenure> byStart = new ArrayList<>(tenures.all());
        byStart.sort(Comparator.comparing(Tenure::earliestStart));
        for (Tenure tenure : byStart) {
            byRole.computeIfAbsent(Roles.key(tenure.role()), key -> new ArrayList<>()).add(tenure);
        }
        return byRole.values().stream().map(RoleHistory::of).toList();
    }

    /** The history of one role's tenures, sorted by earliest start. */
    private static RoleHistory of(List<Tenure> ofRole) {
        String role = ofRole.get(0).role();
        boolean oneHolder = Roles.oneHolder(role);
        // How many holders each day where that changes gains or loses; a tenure counts until its end begins.
        TreeMap<LocalDate, Integer> changes = new TreeMap<>();
        // The last day each end covers: a departure dated only to a month may have been any day of it.
        Map<LocalDate, LocalDate> lastDayOfEnd = new TreeMap<>();
        for (Tenure tenure : ofRole) {
            changes.merge(tenure.earliestStart(), 1, Integer::sum);
            tenure.ended().ifPresent(end -> {
                changes.merge(end.start(), -1, Integer::sum);
                lastDayOfEnd.merge(end.start(), end.end(), (a, b) -> a.isAfter(b) ? a : b);
            });
        }
        List<DaySpan> vacancies = new ArrayList<>();
        List<DaySpan> overlaps = new ArrayList<>();
        int holders = 0;
        LocalDate vacantFrom = null;
        LocalDate overlapFrom = null;
        for (Map.Entry<LocalDate, Integer> change : changes.entrySet()) {
            LocalDate day = change.getKey();
            holders += change.getValue();
            if (holders == 0 && vacantFrom == null) {
                vacantFrom = day;
            } else if (holders > 0 && vacantFrom != null) {
                // A successor named within the month of an unexact departure may have followed at once.
                if (day.isAfter(lastDayOfEnd.getOrDefault(vacantFrom, vacantFrom))) {
                    vacancies.add(new DaySpan(vacantFrom, day));
                }
                vacantFrom = null;
            }
            if (oneHolder && holders > 1 && overlapFrom == null) {
                overlapFrom = day;
            } else if (holders <= 1 && overlapFrom != null) {
                overlaps.add(new DaySpan(overlapFrom, day));
                overlapFrom = null;
            }
        }
        if (vacantFrom != null) {
            vacancies.add(new DaySpan(vacantFrom, null));
        }
        if (overlapFrom != null) {
            overlaps.add(new DaySpan(overlapFrom, null));
        }
        return new RoleHistory(role, oneHolder, ofRole, vacancies, overlaps);
    }
}
