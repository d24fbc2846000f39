package com.stakeline.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A span in which one person held one role.
 *
 * <p>When the sources do not say when it began (only a departure, or a "continues" event), {@code start} is null and
 * the tenure is known only to have begun by {@code heldBy}; it counts as held from {@code earliestStart}, the company's
 * founding or else the store's first event, never before.
 *
 * @param personId the person's entity id
 * @param role the role as the store names it, such as "CEO"
 * @param start when the tenure began, or null when the sources do not say
 * @param heldBy the first date the sources show the role held: the start when known
 * @param earliestStart the first day the tenure counts as held
 * @param end when it ended, or null while it lasts
 * @param interim whether the role is held on an interim basis
 * @param startEventId the event that began it, or that first shows it held
 * @param endEventId the event that ended it (a departure, a successor's appointment, or its own end date), or null
 */
public record Tenure(String personId, String role, PartialDate start, PartialDate heldBy, LocalDate earliestStart,
                     PartialDate end, boolean interim, String startEventId, String endEventId) {

    /** When the tenure began, when the sources say. */
    public Optional<PartialDate> started() {
        return Optional.ofNullable(start);
    }

    /** When the tenure ended, when it has. */
    public Optional<PartialDate> ended() {
        return Optional.ofNullable(end);
    }

    /**
     * Whether the person held the role on {@code day}: from its start (or, when that is unknown, from the earliest day
     * it can have begun) until its end begins. Month and year dates count from the first day of their span, as
     * everywhere in "as of" queries.
     */
    public boolean heldOn(LocalDate day) {
        return !earliestStart.isAfter(day) && (end == null || !end.begunBy(day));
    }

    /** Whether the tenure is the same role as {@code role}: see {@link Roles#key}. */
    public boolean isRole(String role) {
        return Roles.key(this.role).equals(Roles.key(role));
    }

    /** A copy that ends with the given date and event. */
    Tenure endedBy(PartialDate date, String eventId) {
        return new Tenure(personId, role, start, heldBy, earliestStart, date, interim, startEventId, eventId);
    }
}
