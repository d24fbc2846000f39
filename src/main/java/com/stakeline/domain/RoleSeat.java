package com.stakeline.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * The seats on {@code day} of every role in {@code roles} held by then, in the order the roles were first held.
     * The cursor asks this at every move, so it walks the tenures already grouped by role and sorted by start, and
     * works out no role's key.
     */
    public static List<RoleSeat> on(List<RoleHistory> roles, LocalDate day) {
        List<RoleSeat> seats = new ArrayList<>();
        for (RoleHistory role : roles) {
            List<Tenure> held = new ArrayList<>();
            Tenure previous = null;
            for (Tenure tenure : role.tenures()) {
                if (tenure.earliestStart().isAfter(day)) {
                    break;
                }
                if (tenure.heldOn(day)) {
                    held.add(tenure);
                } else if (previous == null || tenure.end().start().isAfter(previous.end().start())) {
                    previous = tenure;
                }
            }
            if (!held.isEmpty() || previous != null) {
                seats.add(new RoleSeat(role.role(), held, previous, role.oneHolder()));
            }
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
