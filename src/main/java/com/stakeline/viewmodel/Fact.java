package com.stakeline.viewmodel;

/**
 * One labelled value in the detail pane.
 *
 * @param label what the value is, such as "Post-money valuation"
 * @param value the value for people, such as "$29B"
 * @param dispute what disagreeing sources say instead, or empty when none does
 */
public record Fact(String label, String value, String dispute) {

    /** Whether any source disagrees with the value. */
    public boolean disputed() {
        return !dispute.isEmpty();
    }
}
