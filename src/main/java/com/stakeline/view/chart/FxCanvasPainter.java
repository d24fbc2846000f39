package com.stakeline.view.chart;

import com.stakeline.chart.ChartFont;
import com.stakeline.chart.Painter;
import com.stakeline.chart.text.BundledFont;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws charts on a JavaFX canvas, in the {@link BundledFont} that the chart's layout measured. Colours and fonts are
 * made once and reused, so a frame of thousands of marks makes no garbage for them.
 */
public final class FxCanvasPainter implements Painter {

    private static final Map<ChartFont, Font> FONTS = new HashMap<>();

    private final GraphicsContext g;
    private final Map<Integer, Color> colours = new HashMap<>();

    /** A painter on {@code g}; text is placed by its baseline from now on. */
    public FxCanvasPainter(GraphicsContext g) {
        this.g = g;
        g.setTextBaseline(VPos.BASELINE);
    }

    /** The JavaFX font for {@code font}, loading the bundled faces on first use; call on the FX thread. */
    public static Font fxFont(ChartFont font) {
        return FONTS.computeIfAbsent(font, key -> {
            Font loaded = Font.loadFont(BundledFont.file(key.bold()).toExternalForm(), key.size());
            // JavaFX refuses a face it cannot read and returns null; the system font keeps the chart readable.
            return loaded != null ? loaded : Font.font(key.size());
        });
    }

    private Color colour(int argb) {
        return colours.computeIfAbsent(argb, value -> Color.rgb((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff,
                ((value >>> 24) & 0xff) / 255.0));
    }

    @Override
    public void setFill(int argb) {
        g.setFill(colour(argb));
    }

    @Override
    public void setStroke(int argb) {
        g.setStroke(colour(argb));
    }

    @Override
    public void setLineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public void setDashes(double... pattern) {
        g.setLineDashes(pattern.length == 0 ? null : pattern);
    }

    @Override
    public void setAlpha(double alpha) {
        g.setGlobalAlpha(alpha);
    }

    @Override
    public void setFont(ChartFont font) {
        g.setFont(fxFont(font));
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        g.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        g.strokeRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius) {
        g.fillRoundRect(x, y, width, height, radius * 2, radius * 2);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius) {
        g.strokeRoundRect(x, y, width, height, radius * 2, radius * 2);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        g.fillPolygon(xs, ys, count);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int count) {
        g.strokePolyline(xs, ys, count);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        g.fillOval(x, y, width, height);
    }

    @Override
    public void fillWedge(double centreX, double centreY, double radius, double startDegrees, double extentDegrees) {
        g.fillArc(centreX - radius, centreY - radius, radius * 2, radius * 2, startDegrees, extentDegrees, ArcType.ROUND);
    }

    @Override
    public void strokeWedge(double centreX, double centreY, double radius, double startDegrees, double extentDegrees) {
        g.strokeArc(centreX - radius, centreY - radius, radius * 2, radius * 2, startDegrees, extentDegrees, ArcType.ROUND);
    }

    @Override
    public void fillText(String text, double x, double baselineY, Align align) {
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.fillText(text, x, baselineY);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        g.beginPath();
        g.rect(x, y, width, height);
        g.clip();
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
    }
}
