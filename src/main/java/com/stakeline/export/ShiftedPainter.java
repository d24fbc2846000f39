package com.stakeline.export;

import com.stakeline.chart.ChartFont;
import com.stakeline.chart.Painter;

/**
 * A painter that draws through another, every shape moved down by a distance: how the dashboard stacks charts that
 * each draw from their own top left corner. Every part keeps its own clip inside its band, so none draws over the
 * next.
 */
final class ShiftedPainter implements Painter {

    private final Painter inner;
    private final double down;

    ShiftedPainter(Painter inner, double down) {
        this.inner = inner;
        this.down = down;
    }

    @Override
    public void setFill(int argb) {
        inner.setFill(argb);
    }

    @Override
    public void setStroke(int argb) {
        inner.setStroke(argb);
    }

    @Override
    public void setLineWidth(double width) {
        inner.setLineWidth(width);
    }

    @Override
    public void setDashes(double... pattern) {
        inner.setDashes(pattern);
    }

    @Override
    public void setAlpha(double alpha) {
        inner.setAlpha(alpha);
    }

    @Override
    public void setFont(ChartFont font) {
        inner.setFont(font);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        inner.fillRect(x, y + down, width, height);
    }

    @Override
    public void fillBackground(double x, double y, double width, double height, int argb) {
        inner.fillBackground(x, y + down, width, height, argb);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        inner.strokeRect(x, y + down, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius) {
        inner.fillRoundRect(x, y + down, width, height, radius);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius) {
        inner.strokeRoundRect(x, y + down, width, height, radius);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        inner.strokeLine(x1, y1 + down, x2, y2 + down);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        inner.fillPolygon(xs, shifted(ys, count), count);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int count) {
        inner.strokePolyline(xs, shifted(ys, count), count);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        inner.fillOval(x, y + down, width, height);
    }

    @Override
    public void fillWedge(double centreX, double centreY, double radius, double startDegrees, double extentDegrees) {
        inner.fillWedge(centreX, centreY + down, radius, startDegrees, extentDegrees);
    }

    @Override
    public void strokeWedge(double centreX, double centreY, double radius, double startDegrees, double extentDegrees) {
        inner.strokeWedge(centreX, centreY + down, radius, startDegrees, extentDegrees);
    }

    @Override
    public void fillText(String text, double x, double baselineY, Align align) {
        inner.fillText(text, x, baselineY + down, align);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        inner.clip(x, y + down, width, height);
    }

    @Override
    public void save() {
        inner.save();
    }

    @Override
    public void restore() {
        inner.restore();
    }

    private double[] shifted(double[] ys, int count) {
        double[] moved = new double[count];
        for (int i = 0; i < count; i++) {
            moved[i] = ys[i] + down;
        }
        return moved;
    }
}
