package com.stakeline.chart.timeline;

import java.util.Locale;

/**
 * A span in which a person held a role, as the leadership lane draws it.
 *
 * @param label the text on the bar: the role, "Interim " before it for an interim tenure
 * @param start the first day, in epoch days
 * @param end the day after the last, in epoch days; today for a tenure still held
 * @param interim whether the role is held on an interim basis
 * @param startKnown whether the sources give the start, or only the end
 */
public record TenureBar(String label, double start, double end, boolean interim, boolean startKnown) {

    /** A bar labelled with its role, "Interim " before it when the tenure is interim and the role does not say so. */
    public static TenureBar of(String role, double start, double end, boolean interim, boolean startKnown) {
        String label = interim && !role.toLowerCase(Locale.ROOT).contains("interim") ? "Interim " + role : role;
        return new TenureBar(label, start, end, interim, startKnown);
    }
}
