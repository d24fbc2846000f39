package com.stakeline.chart.text;

import com.stakeline.chart.ChartFont;
import com.stakeline.chart.TextMeasure;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures text in the {@link BundledFont} with AWT's fractional metrics, which need no display and match what
 * JavaFX draws with the same font; AWT's integer metrics would be several pixels off on a long label.
 *
 * <p>A text's width is the sum of its characters' advances, each measured once per font: kerning is ignored, which
 * costs a pixel or two on a label and saves laying out every label of every frame. It may be shared between threads:
 * two threads that measure a character at once both write the same advance.
 */
public final class FontMetricsMeasure implements TextMeasure {

    /** Characters below this (Latin, Greek, Cyrillic, punctuation such as "…") are kept in an array. */
    private static final int COMMON = 0x3000;
    private static final FontRenderContext FRACTIONAL = new FontRenderContext(null, true, true);

    private final Map<ChartFont, Face> faces = new ConcurrentHashMap<>();

    @Override
    public double width(ChartFont font, String text) {
        return face(font).width(text);
    }

    @Override
    public double ascent(ChartFont font) {
        return face(font).ascent;
    }

    @Override
    public double descent(ChartFont font) {
        return face(font).descent;
    }

    private Face face(ChartFont font) {
        return faces.computeIfAbsent(font, Face::new);
    }

    /** One size and weight, with the advances measured so far. */
    private static final class Face {
        private final Font font;
        private final double ascent;
        private final double descent;
        private final double[] common = new double[COMMON];
        private final Map<Character, Double> others = new ConcurrentHashMap<>();

        Face(ChartFont chartFont) {
            font = BundledFont.awt(chartFont);
            LineMetrics metrics = font.getLineMetrics("Hg", FRACTIONAL);
            ascent = metrics.getAscent();
            descent = metrics.getDescent();
            Arrays.fill(common, Double.NaN);
        }

        double width(String text) {
            double width = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < COMMON) {
                    if (Double.isNaN(common[c])) {
                        common[c] = advance(c);
                    }
                    width += common[c];
                } else {
                    width += others.computeIfAbsent(c, this::advance);
                }
            }
            return width;
        }

        private double advance(char c) {
            return font.createGlyphVector(FRACTIONAL, new char[] {c}).getGlyphMetrics(0).getAdvance();
        }
    }
}
