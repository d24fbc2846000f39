package com.stakeline.export;

import com.stakeline.chart.ChartFont;
import com.stakeline.chart.Painter;
import com.stakeline.chart.text.BundledFont;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Draws a chart on any Java2D surface: an image for PNG, or PDFBox's bridge for PDF. Text is drawn in the bundled
 * font with fractional metrics, the same metrics the chart's layout measured with, so labels fit as on the screen.
 * Lines are capped and joined as the screen's canvas does.
 */
public final class Java2DPainter implements Painter {

    private final Graphics2D g;
    private final boolean transparent;
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State(Color.BLACK, Color.BLACK, 1, null, 1, new ChartFont(12, false), null);

    /** The drawing state, and the clip it was saved with. */
    private record State(Color fill, Color stroke, double lineWidth, float[] dashes, double alpha, ChartFont font,
                         Shape clip) {
    }

    /** A painter on {@code g}, which it sets to draw smoothly in the chart's units. */
    public Java2DPainter(Graphics2D g) {
        this(g, false);
    }

    /**
     * A painter on {@code g}; when {@code transparent}, it leaves a frame's background clear, so the picture can
     * lie on a slide of any colour.
     */
    public Java2DPainter(Graphics2D g, boolean transparent) {
        this.g = g;
        this.transparent = transparent;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        applyStroke();
        applyFont();
    }

    @Override
    public void fillBackground(double x, double y, double width, double height, int argb) {
        if (!transparent) {
            Painter.super.fillBackground(x, y, width, height, argb);
        }
    }

    @Override
    public void setFill(int argb) {
        state = new State(colour(argb), state.stroke, state.lineWidth, state.dashes, state.alpha, state.font, null);
    }

    @Override
    public void setStroke(int argb) {
        state = new State(state.fill, colour(argb), state.lineWidth, state.dashes, state.alpha, state.font, null);
    }

    @Override
    public void setLineWidth(double width) {
        state = new State(state.fill, state.stroke, width, state.dashes, state.alpha, state.font, null);
        applyStroke();
    }

    @Override
    public void setDashes(double... pattern) {
        float[] dashes = null;
        if (pattern.length > 0) {
            dashes = new float[pattern.length];
            for (int i = 0; i < pattern.length; i++) {
                dashes[i] = (float) pattern[i];
            }
        }
        state = new State(state.fill, state.stroke, state.lineWidth, dashes, state.alpha, state.font, null);
        applyStroke();
    }

    @Override
    public void setAlpha(double alpha) {
        state = new State(state.fill, state.stroke, state.lineWidth, state.dashes, alpha, state.font, null);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.max(0, Math.min(1, alpha))));
    }

    @Override
    public void setFont(ChartFont font) {
        state = new State(state.fill, state.stroke, state.lineWidth, state.dashes, state.alpha, font, null);
        applyFont();
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        stroke(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius) {
        fill(new RoundRectangle2D.Double(x, y, width, height, radius * 2, radius * 2));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius) {
        stroke(new RoundRectangle2D.Double(x, y, width, height, radius * 2, radius * 2));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        stroke(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        Path2D.Double path = path(xs, ys, count);
        path.closePath();
        fill(path);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int count) {
        stroke(path(xs, ys, count));
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void fillWedge(double centreX, double centreY, double radius, double startDegrees, double extentDegrees) {
        // Java2D counts arc angles as the screen does: from three o'clock, anticlockwise.
        fill(new Arc2D.Double(centreX - radius, centreY - radius, radius * 2, radius * 2, startDegrees, extentDegrees,
                Arc2D.PIE));
    }

    @Override
    public void strokeWedge(double centreX, double centreY, double radius, double startDegrees, double extentDegrees) {
        stroke(new Arc2D.Double(centreX - radius, centreY - radius, radius * 2, radius * 2, startDegrees, extentDegrees,
                Arc2D.PIE));
    }

    @Override
    public void fillText(String text, double x, double baselineY, Align align) {
        double shift = 0;
        if (align != Align.LEFT) {
            double width = g.getFont().getStringBounds(text, g.getFontRenderContext()).getWidth();
            shift = align == Align.CENTER ? width / 2 : width;
        }
        g.setColor(state.fill);
        g.drawString(text, (float) (x - shift), (float) baselineY);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        g.clip(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void save() {
        saved.push(new State(state.fill, state.stroke, state.lineWidth, state.dashes, state.alpha, state.font,
                g.getClip()));
    }

    @Override
    public void restore() {
        State back = saved.pop();
        state = back;
        g.setClip(back.clip);
        setAlpha(back.alpha);
        applyStroke();
        applyFont();
    }

    private void fill(Shape shape) {
        g.setColor(state.fill);
        g.fill(shape);
    }

    private void stroke(Shape shape) {
        g.setColor(state.stroke);
        g.draw(shape);
    }

    /** Lines as the screen's canvas draws them by default: square caps and mitred joins. */
    private void applyStroke() {
        g.setStroke(new BasicStroke((float) state.lineWidth, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10,
                state.dashes, 0));
    }

    private void applyFont() {
        Font font = BundledFont.awt(state.font);
        g.setFont(font);
    }

    private static Path2D.Double path(double[] xs, double[] ys, int count) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < count; i++) {
            if (i == 0) {
                path.moveTo(xs[i], ys[i]);
            } else {
                path.lineTo(xs[i], ys[i]);
            }
        }
        return path;
    }

    private static Color colour(int argb) {
        return new Color(argb, true);
    }
}
