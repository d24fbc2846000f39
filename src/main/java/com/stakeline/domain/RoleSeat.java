package com.stakeline.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One role at the company on a day: who held it, and who held it last before them. A one-holder role such as CEO
 * that two people hold is an overlap; one that somebody held before and nobody holds now is vacant.
 *
 * @param role the role as the store first names it
 * @param holders the tenures of the role held on the day, earliest first; empty when vacant
 * @param previous the latest tenure of the role that ended by the day, or null
 * @param oneHolder whether one person at a time holds the role
 */
public record RoleSeat(String role, List<Tenure> holders, Tenure previous, boolean oneHolder) {

    /** Copies the list. */
    public RoleSeat {
        holders = List.copyOf(holders);
    }

    /** The seats of every role the company has had, on {@code day}, in the order the roles first appear. */
    public static List<RoleSeat> on(Tenures tenures, LocalDate day) {
        Map<String, List<Tenure>> byRole = new LinkedHashMap<>();
        for (Tenure tenure : tenures.all()) {
            if (!tenure.earliestStart().isAfter(day)) {
                byRole.computeIfAbsent(Roles.key(tenure.role()), key -> new ArrayList<>()).add(tenure);
            }
        }
        List<RoleSeat> seats = new ArrayList<>();
        for (List<Tenure> ofRole : byRole.values()) {
            List<Tenure> held = ofRole.stream().filter(tenure -> tenure.heldOn(day)).toList();
            Tenure previous = ofRole.stream().filter(tenure -> !tenure.heldOn(day))
                    .max((a, b) -> a.end().start().compareTo(b.end().start())).orElse(null);
            String role = ofRole.get(0).role();
            seats.add(new RoleSeat(role, held, previous, Roles.oneHolder(role)));
        }
        return seats;
    }

    /** Whether two or more people hold a one-holder role. */
    public boolean overlapping() {
        return oneHolder && holders.size() > 1;
    }

    /** Whether somebody held the role before and nobody holds it now. */
    public boolean vacant() {
        return holders.isEmpty();
    }

    /** The latest holder before the present ones, when there was one. */
    public Optional<Tenure> previousHolder() {
        return Optional.ofNullable(previous);
    }
}
