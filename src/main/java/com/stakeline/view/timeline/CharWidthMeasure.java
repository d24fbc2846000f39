package com.stakeline.view.timeline;

import com.stakeline.viewmodel.timeline.TextMeasure;
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
    private final double[] ascii = new double[128];
    private final Map<Character, Double> others = new HashMap<>();

    CharWidthMeasure(Font font) {
        this.font = font;
        for (char c = 32; c < 128; c++) {
            ascii[c] = measure(c);
        }
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
            width += c < 128 ? ascii[c] : others.computeIfAbsent(c, this::measure);
        }
        return width;
    }

    private double measure(char c) {
        Text text = new Text(String.valueOf(c));
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }
}
