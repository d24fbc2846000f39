package com.stakeline.chart.text;

import com.stakeline.chart.ChartFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;

/**
 * The one font every chart uses: Liberation Sans (SIL Open Font License), from the {@code openpdf-fonts-extra}
 * dependency. The screen loads it into JavaFX and exports into AWT from the same files, so a label measures and
 * draws the same everywhere, whatever fonts the machine has.
 */
public final class BundledFont {

    /** The family name both toolkits know the font by once loaded. */
    public static final String FAMILY = "Liberation Sans";

    private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

    private static Font regularFace;
    private static Font boldFace;

    private BundledFont() {
    }

    /** Where the regular or bold face's TrueType file is, for a toolkit that loads fonts from a URL. */
    public static URL file(boolean bold) {
        return Objects.requireNonNull(BundledFont.class.getResource(bold ? BOLD : REGULAR),
                "the bundled font is missing from the class path: " + (bold ? BOLD : REGULAR));
    }

    /** The AWT font for {@code font}; the faces are read once. */
    public static synchronized Font awt(ChartFont font) {
        if (regularFace == null) {
            regularFace = read(false);
            boldFace = read(true);
        }
        return (font.bold() ? boldFace : regularFace).deriveFont((float) font.size());
    }

    /**
     * Reads both faces and lays out a glyph of each now, which also starts AWT's font machinery: a fifth of a second
     * or more that the first chart drawn would otherwise spend, on the FX thread when it is the screen's. Any thread
     * may call it, more than once.
     */
    public static void preload() {
        FontRenderContext fractional = new FontRenderContext(null, true, true);
        for (boolean bold : new boolean[] {false, true}) {
            // Any size does: reading the faces and starting the rasteriser are what take the time.
            awt(new ChartFont(12, bold)).createGlyphVector(fractional, "0").getGlyphMetrics(0);
        }
    }

    private static Font read(boolean bold) {
        try (InputStream in = file(bold).openStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled font could not be read", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font is not a TrueType font", e);
        }
    }
}
