package com.stakeline.chart;

/**
 * How big text is in the chart font. One measure serves every layout, on the screen and in exports, so a label cut to
 * fit on the screen is cut the same in a PNG; tests use a fixed width per character.
 */
public interface TextMeasure {

    /** The fewest characters worth showing before an ellipsis: "C…" tells a reader nothing. */
    int MIN_SHOWN_CHARACTERS = 3;

    /** The text's width in pixels. */
    double width(ChartFont font, String text);

    /** How far the font's letters reach above the baseline. */
    double ascent(ChartFont font);

    /** How far the font's letters reach below the baseline. */
    double descent(ChartFont font);

    /** The baseline that centres a line of text on {@code middleY}. */
    default double baselineCentredOn(ChartFont font, double middleY) {
        return middleY + (ascent(font) - descent(font)) / 2;
    }

    /**
     * The longest start of {@code text} that fits in {@code available} pixels, with an ellipsis when cut;
     * empty when fewer than {@link #MIN_SHOWN_CHARACTERS} characters and the ellipsis fit.
     */
    default String fit(ChartFont font, String text, double available) {
        if (width(font, text) <= available) {
            return text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (width(font, text.substring(0, middle).stripTrailing() + "…") <= available) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low < MIN_SHOWN_CHARACTERS ? "" : text.substring(0, low).stripTrailing() + "…";
    }
}
