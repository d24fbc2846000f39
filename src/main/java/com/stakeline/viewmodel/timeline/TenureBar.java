package com.stakeline.viewmodel.timeline;

import java.util.Locale;

/**
 * A span in which a person held a role, as the leadership lane draws it.
 *
 * @param role the role, such as "CEO"
 * @param label the text on the bar: the role, "Interim " before it for an interim tenure
 * @param start the first day, in epoch days
 * @param end the day after the last, in epoch days; today for a tenure still held
 * @param interim whether the role is held on an interim basis
 * @param startKnown whether the sources give the start, or only the end
 * @param open whether the tenure is still held
 */
public record TenureBar(String role, String label, double start, double end, boolean interim, boolean startKnown,
                        boolean open) {

    /** A bar labelled with its role, "Interim " before it when the tenure is interim and the role does not say so. */
    public static TenureBar of(String role, double start, double end, boolean interim, boolean startKnown, boolean open) {
        String label = interim && !role.toLowerCase(Locale.ROOT).contains("interim") ? "Interim " + role : role;
        return new TenureBar(role, label, start, end, interim, startKnown, open);
    }
}
