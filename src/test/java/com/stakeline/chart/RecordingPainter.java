package com.stakeline.chart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A painter that draws nothing and remembers every shape and text with the drawing state it was drawn in, so a test
 * can say what a renderer drew: how many diamonds, which texts, where the cursor went, and in which colours.
 */
public final class RecordingPainter implements Painter {

    /**
     * One shape or text.
     *
     * @param kind the painter method, such as "fillPolygon" or "fillText"
     * @param args its numbers: position and size, or the points of a polygon (x values, then y values)
     * @param text the text drawn, or empty
     * @param state the drawing state it was drawn in
     */
    public record Shape(String kind, double[] args, String text, State state) {

        /** Whether the outline was dashed. */
        public boolean dashed() {
            return state.dashes().length > 0;
        }
    }

    /**
     * The drawing state.
     *
     * @param fill the fill colour
     * @param stroke the stroke colour
     * @param lineWidth the line width
     * @param dashes the dash pattern; empty for solid
     * @param alpha the opacity
     * @param font the font
     * @param align the alignment of the last text
     */
    public record State(int fill, int stroke, double lineWidth, double[] dashes, double alpha, ChartFont font,
                        Align align) {
    }

    private final List<Shape> shapes = new ArrayList<>();
    private final Deque<State> saved = new ArrayDeque<>();
    private State state;

    /** A painter whose starting state is {@code initial}, such as one a previous frame left behind. */
    public RecordingPainter(State initial) {
        state = initial;
    }

    /** A painter in a plain starting state. */
    public RecordingPainter() {
        this(new State(0xff000000, 0xff000000, 1, new double[0], 1, new ChartFont(12, false), Align.LEFT));
    }

    /** Everything drawn, in order. */
    public List<Shape> shapes() {
        return shapes;
    }

    /** The shapes drawn by the method {@code kind}. */
    public List<Shape> shapes(String kind) {
        return shapes.stream().filter(shape -> shape.kind().equals(kind)).toList();
    }

    /** The texts drawn, in order. */
    public List<String> texts() {
        return shapes("fillText").stream().map(Shape::text).toList();
    }

    /** How deep the save stack is; 0 when every save was restored. */
    public int saveDepth() {
        return saved.size();
    }

    private void add(String kind, String text, double... args) {
        shapes.add(new Shape(kind, args, text, state));
    }

    @Override
    public void setFill(int argb) {
        state = new State(argb, state.stroke(), state.lineWidth(), state.dashes(), state.alpha(), state.font(), state.align());
    }

    @Override
    public void setStroke(int argb) {
        state = new State(state.fill(), argb, state.lineWidth(), state.dashes(), state.alpha(), state.font(), state.align());
    }

    @Override
    public void setLineWidth(double width) {
        state = new State(state.fill(), state.stroke(), width, state.dashes(), state.alpha(), state.font(), state.align());
    }

    @Override
    public void setDashes(double... pattern) {
        state = new State(state.fill(), state.stroke(), state.lineWidth(), pattern.clone(), state.alpha(), state.font(),
                state.align());
    }

    @Override
    public void setAlpha(double alpha) {
        state = new State(state.fill(), state.stroke(), state.lineWidth(), state.dashes(), alpha, state.font(), state.align());
    }

    @Override
    public void setFont(ChartFont font) {
        state = new State(state.fill(), state.stroke(), state.lineWidth(), state.dashes(), state.alpha(), font, state.align());
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        add("fillRect", "", x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        add("strokeRect", "", x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius) {
        add("fillRoundRect", "", x, y, width, height, radius);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius) {
        add("strokeRoundRect", "", x, y, width, height, radius);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        add("strokeLine", "", x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        add("fillPolygon", "", concat(xs, ys, count));
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int count) {
        add("strokePolyline", "", concat(xs, ys, count));
    }

    private static double[] concat(double[] xs, double[] ys, int count) {
        double[] points = Arrays.copyOf(xs, count * 2);
        System.arraycopy(ys, 0, points, count, count);
        return points;
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        add("fillOval", "", x, y, width, height);
    }

    @Override
    public void fillWedge(double centreX, double centreY, double radius, double startDegrees, double extentDegrees) {
        add("fillWedge", "", centreX, centreY, radius, startDegrees, extentDegrees);
    }

    @Override
    public void strokeWedge(double centreX, double centreY, double radius, double startDegrees, double extentDegrees) {
        add("strokeWedge", "", centreX, centreY, radius, startDegrees, extentDegrees);
    }

    @Override
    public void fillText(String text, double x, double baselineY, Align align) {
        state = new State(state.fill(), state.stroke(), state.lineWidth(), state.dashes(), state.alpha(), state.font(), align);
        add("fillText", text, x, baselineY);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        add("clip", "", x, y, width, height);
    }

    @Override
    public void save() {
        saved.push(state);
    }

    @Override
    public void restore() {
        state = saved.pop();
    }
}
