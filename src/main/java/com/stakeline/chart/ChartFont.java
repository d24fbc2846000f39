package com.stakeline.chart;

/**
 * A size and weight of the one font every chart uses (see {@code chart.text.BundledFont}), so a chart measures and
 * draws its text the same on the screen and in every export.
 *
 * @param size the size in pixels
 * @param bold whether the bold face is used
 */
public record ChartFont(double size, boolean bold) {

    /** Checks the size. */
    public ChartFont {
        if (!(size > 0)) {
            throw new IllegalArgumentException("font size must be positive: " + size);
        }
    }

    /** The same size in bold. */
    public ChartFont bolder() {
        return new ChartFont(size, true);
    }
}
