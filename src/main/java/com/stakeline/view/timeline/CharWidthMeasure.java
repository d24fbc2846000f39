package com.stakeline.view.timeline;

import com.stakeline.viewmodel.timeline.TextMeasure;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures text in one font by adding up each character's advance, measured once per character. Kerning is ignored,
 * which costs a pixel or two on a label and saves laying out every label in every frame.
 */
final class CharWidthMeasure implements TextMeasure {

    private final Font font;
    /** Widths of the characters up to U+2FFF (Latin, Greek, Cyrillic, punctuation such as "…"), measured on first use. */
    private final double[] common = new double[0x3000];
    private final Map<Character, Double> others = new HashMap<>();

    CharWidthMeasure(Font font) {
        this.font = font;
        Arrays.fill(common, Double.NaN);
    }

    /** The font it measures. */
    Font font() {
        return font;
    }

    @Override
    public double width(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < common.length) {
                if (Double.isNaN(common[c])) {
                    common[c] = measure(c);
                }
                width += common[c];
            } else {
                width += others.computeIfAbsent(c, this::measure);
            }
        }
        return width;
    }

    private double measure(char c) {
        Text text = new Text(String.valueOf(c));
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }
}
