package com.stakeline.chart;

/**
 * Where a chart draws: the screen's canvas, or an exported PNG, SVG or PDF. Renderers draw every chart through this
 * one small interface, so the screen and the exports share one drawing routine.
 *
 * <p>Colours are ARGB integers ({@code 0xAARRGGBB}). Drawing state (colours, line width, dashes, alpha, font) stays
 * set until changed, so a renderer sets all of it at the start of each frame and nothing leaks from the last one.
 * {@link #save()} and {@link #restore()} bracket a clip, and restore the drawing state with it.
 */
public interface Painter {

    /** Where a text's anchor is: at its left end, its middle, or its right end. */
    enum Align { LEFT, CENTER, RIGHT }

    /** The colour shapes and text are filled with. */
    void setFill(int argb);

    /** The colour lines and outlines are drawn with. */
    void setStroke(int argb);

    /** How wide lines are, in pixels. */
    void setLineWidth(double width);

    /** Dashes and gaps, in pixels, for lines and outlines; no values draws solid lines. */
    void setDashes(double... pattern);

    /** How opaque everything drawn next is, from 0 to 1, on top of each colour's own alpha. */
    void setAlpha(double alpha);

    /** The font of the text drawn next. */
    void setFont(ChartFont font);

    /** Fills a rectangle. */
    void fillRect(double x, double y, double width, double height);

    /** Outlines a rectangle. */
    void strokeRect(double x, double y, double width, double height);

    /** Fills a rectangle whose corners are rounded with {@code radius}. */
    void fillRoundRect(double x, double y, double width, double height, double radius);

    /** Outlines a rectangle whose corners are rounded with {@code radius}. */
    void strokeRoundRect(double x, double y, double width, double height, double radius);

    /** Draws a straight line. */
    void strokeLine(double x1, double y1, double x2, double y2);

    /** Fills the polygon through the first {@code count} points. */
    void fillPolygon(double[] xs, double[] ys, int count);

    /** Draws a line through the first {@code count} points. */
    void strokePolyline(double[] xs, double[] ys, int count);

    /** Fills an ellipse inside the rectangle. */
    void fillOval(double x, double y, double width, double height);

    /**
     * Fills a pie wedge of the circle around ({@code centreX}, {@code centreY}), from {@code startDegrees}
     * (0 is three o'clock, counting anticlockwise) through {@code extentDegrees}.
     */
    void fillWedge(double centreX, double centreY, double radius, double startDegrees, double extentDegrees);

    /** Outlines a pie wedge, as {@link #fillWedge} places it. */
    void strokeWedge(double centreX, double centreY, double radius, double startDegrees, double extentDegrees);

    /** Draws {@code text} on the baseline {@code baselineY}, anchored at {@code x} as {@code align} says. */
    void fillText(String text, double x, double baselineY, Align align);

    /** Keeps what is drawn next inside the rectangle (and any clip already set), until {@link #restore()}. */
    void clip(double x, double y, double width, double height);

    /** Remembers the clip and the drawing state. */
    void save();

    /** Returns to the clip and the drawing state of the matching {@link #save()}. */
    void restore();

    /**
     * Starts a frame {@code width} by {@code height} pixels: fills it with the style's background and sets the
     * drawing state to plain (opaque, solid one-pixel lines, the label font), whatever the last frame left.
     */
    default void beginFrame(double width, double height, ChartStyle style) {
        setAlpha(1);
        setLineWidth(1);
        setDashes();
        setFont(style.font());
        fillBackground(0, 0, width, height, style.background());
    }

    /**
     * Fills a frame's area with its background colour {@code argb}. Labels that hide what lies under them fill
     * with the background too, but through {@link #fillRect}: an export with a see-through background leaves only
     * the frame's area clear.
     */
    default void fillBackground(double x, double y, double width, double height, int argb) {
        setFill(argb);
        fillRect(x, y, width, height);
    }
}
