package com.stakeline.chart;

/**
 * Text {@code perCharacter} pixels a character wide in every font, so layouts can be checked with simple sums.
 *
 * @param perCharacter each character's width
 */
public record FixedWidthMeasure(double perCharacter) implements TextMeasure {

    /** Seven pixels a character, about the label font's average. */
    public static final FixedWidthMeasure SEVEN_PIXELS = new FixedWidthMeasure(7);

    @Override
    public double width(ChartFont font, String text) {
        return text.length() * perCharacter;
    }

    @Override
    public double ascent(ChartFont font) {
        return font.size() * 0.75;
    }

    @Override
    public double descent(ChartFont font) {
        return font.size() * 0.25;
    }
}
