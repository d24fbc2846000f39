package com.stakeline.viewmodel.timeline;

/** How wide a text is when drawn; the view measures with its font, tests with a fixed width per character. */
@FunctionalInterface
public interface TextMeasure {

    /** The text's width in pixels. */
    double width(String text);

    /** The fewest characters worth showing before an ellipsis: "C…" tells a reader nothing. */
    int MIN_SHOWN_CHARACTERS = 3;

    /**
     * The longest start of {@code text} that fits in {@code available} pixels, with an ellipsis when cut;
     * empty when fewer than {@link #MIN_SHOWN_CHARACTERS} characters and the ellipsis fit.
     */
    default String fit(String text, double available) {
        if (width(text) <= available) {
            return text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (width(text.substring(0, middle).stripTrailing() + "…") <= available) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low < MIN_SHOWN_CHARACTERS ? "" : text.substring(0, low).stripTrailing() + "…";
    }
}
