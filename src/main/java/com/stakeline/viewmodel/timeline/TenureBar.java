package com.stakeline.viewmodel.timeline;

import java.util.Locale;

/**
 * A span in which a person held a role, as the leadership lane draws it.
 *
 * @param role the role, such as "CEO"
 * @param start the first day, in epoch days
 * @param end the day after the last, in epoch days; today for a tenure still held
 * @param interim whether the role is held on an interim basis
 * @param startKnown whether the sources give the start, or only the end
 * @param open whether the tenure is still held
 */
public record TenureBar(String role, double start, double end, boolean interim, boolean startKnown, boolean open) {

    /** The label on the bar: "CEO", "Interim CEO". */
    public String label() {
        return interim && !role.toLowerCase(Locale.ROOT).contains("interim") ? "Interim " + role : role;
    }
}
