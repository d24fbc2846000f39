package com.stakeline.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A span in which one person held one role.
 *
 * @param personId the person's entity id
 * @param role the role as the store names it, such as "CEO"
 * @param start when the tenure began, or null when the sources only report its end
 * @param end when it ended, or null while it lasts
 * @param interim whether the role is held on an interim basis
 * @param startEventId the event that began it, or null
 * @param endEventId the event that ended it, or null
 */
public record Tenure(String personId, String role, PartialDate start, PartialDate end, boolean interim,
                     String startEventId, String endEventId) {

    /** When the tenure began, when the sources say. */
    public Optional<PartialDate> started() {
        return Optional.ofNullable(start);
    }

    /** When the tenure ended, when it has. */
    public Optional<PartialDate> ended() {
        return Optional.ofNullable(end);
    }

    /**
     * Whether the person held the role on {@code day}: the tenure has begun (or its start is unknown) and its end has
     * not begun. Month and year dates count from the first day of their span, as everywhere in "as of" queries.
     */
    public boolean heldOn(LocalDate day) {
        return (start == null || start.begunBy(day)) && (end == null || !end.begunBy(day));
    }

    /** Whether the tenure is the same role as {@code role}, ignoring case. */
    public boolean isRole(String role) {
        return this.role.equalsIgnoreCase(role);
    }

    /** A copy that ends with the given date and event. */
    Tenure endedBy(PartialDate date, String eventId) {
        return new Tenure(personId, role, start, date, interim, startEventId, eventId);
    }
}
