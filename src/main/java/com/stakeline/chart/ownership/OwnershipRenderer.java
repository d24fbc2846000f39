package com.stakeline.chart.ownership;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.Painter;
import com.stakeline.chart.Painter.Align;
import com.stakeline.chart.TextMeasure;
import java.util.List;

/**
 * Draws ownership pies as {@link OwnershipLayout} places them, through any {@link Painter}: the screen and every
 * export draw the same picture.
 */
public final class OwnershipRenderer {

    /** Pies this big or bigger carry each figure inside its wedge, where it fits. */
    private static final double LABELLED_RADIUS = 48;
    /** How far out from the centre a wedge's figure is written, as a fraction of the radius. */
    private static final double LABEL_DISTANCE = 0.6;

    private final TextMeasure measure;

    /** A renderer that fits text with {@code measure}. */
    public OwnershipRenderer(TextMeasure measure) {
        this.measure = measure;
    }

    /** Lays out {@code pies} in a chart of the given size; see {@link OwnershipLayout#of}. */
    public OwnershipLayout layout(List<OwnershipPie> pies, double width, double height, ChartStyle style) {
        return OwnershipLayout.of(pies, width, height, style, measure);
    }

    /**
     * Draws a frame: the background, then each pie with its caption, notes and legend.
     *
     * @param highlightedHolder the holder whose slice is outlined, or null
     */
    public void draw(Painter painter, OwnershipLayout layout, ChartStyle style, String highlightedHolder) {
        painter.beginFrame(layout.width(), layout.height(), style);
        for (OwnershipLayout.Panel panel : layout.panels()) {
            drawPanel(painter, panel, style, highlightedHolder);
        }
    }

    private void drawPanel(Painter painter, OwnershipLayout.Panel panel, ChartStyle style, String highlighted) {
        double left = panel.bounds().x() + OwnershipLayout.PAD;
        painter.setFill(style.text());
        painter.setFont(style.boldFont());
        painter.fillText(measure.fit(style.boldFont(), panel.pie().caption(),
                panel.bounds().width() - 2 * OwnershipLayout.PAD), left, panel.captionBaseline(), Align.LEFT);
        painter.setFont(style.font());
        painter.setFill(style.warning());
        for (OwnershipLayout.TextLine note : panel.notes()) {
            painter.fillText(note.text(), note.x(), note.baseline(), Align.LEFT);
        }
        painter.setStroke(style.background());
        painter.setLineWidth(1.5);
        for (OwnershipLayout.Wedge wedge : panel.wedges()) {
            painter.setFill(colour(style, wedge.colourIndex()));
            painter.fillWedge(panel.centreX(), panel.centreY(), panel.radius(), wedge.startDegrees(),
                    wedge.extentDegrees());
            if (panel.wedges().size() > 1) {
                painter.strokeWedge(panel.centreX(), panel.centreY(), panel.radius(), wedge.startDegrees(),
                        wedge.extentDegrees());
            }
        }
        for (OwnershipLayout.Wedge wedge : panel.wedges()) {
            labelInside(painter, panel, wedge, style);
        }
        for (OwnershipLayout.Wedge wedge : panel.wedges()) {
            if (highlighted != null && highlighted.equals(wedge.slice().holderId())) {
                painter.setStroke(style.highlight());
                painter.setLineWidth(2.5);
                painter.strokeWedge(panel.centreX(), panel.centreY(), panel.radius(), wedge.startDegrees(),
                        wedge.extentDegrees());
            }
        }
        drawLegend(painter, panel, style, highlighted);
    }

    /** The figure inside a wedge wide enough for it, on the wedge's own colour. */
    private void labelInside(Painter painter, OwnershipLayout.Panel panel, OwnershipLayout.Wedge wedge,
                             ChartStyle style) {
        // A whole pie carries its figure in the middle.
        boolean whole = wedge.extentDegrees() >= 359.9;
        double distance = whole ? 0 : panel.radius() * LABEL_DISTANCE;
        double textWidth = measure.width(style.boldFont(), wedge.slice().figure());
        // The figure must fit across the wedge where it is written, and inside the circle.
        double across = whole ? 2 * panel.radius() : 2 * distance * Math.sin(Math.toRadians(Math.min(180,
                wedge.extentDegrees()) / 2));
        if (panel.radius() < LABELLED_RADIUS || textWidth + 8 > across
                || distance + textWidth / 2 + 4 > panel.radius()) {
            return;
        }
        double angle = Math.toRadians(wedge.middleDegrees());
        double x = panel.centreX() + Math.cos(angle) * distance;
        double y = panel.centreY() - Math.sin(angle) * distance;
        painter.setFont(style.boldFont());
        painter.setFill(wedge.colourIndex() < 0 ? style.text() : style.onColour());
        painter.fillText(wedge.slice().figure(), x, measure.baselineCentredOn(style.boldFont(), y), Align.CENTER);
        painter.setFont(style.font());
    }

    private void drawLegend(Painter painter, OwnershipLayout.Panel panel, ChartStyle style, String highlighted) {
        for (OwnershipLayout.LegendRow row : panel.legend()) {
            double x = row.bounds().x();
            double right = x + row.bounds().width();
            painter.setFill(colour(style, row.colourIndex()));
            painter.fillRect(x, row.nameBaseline() - OwnershipLayout.SWATCH, OwnershipLayout.SWATCH,
                    OwnershipLayout.SWATCH);
            if (row.colourIndex() < 0) {
                painter.setStroke(style.muted());
                painter.setLineWidth(1);
                painter.strokeRect(x, row.nameBaseline() - OwnershipLayout.SWATCH, OwnershipLayout.SWATCH,
                        OwnershipLayout.SWATCH);
            }
            boolean isHighlighted = highlighted != null && highlighted.equals(row.slice().holderId());
            painter.setFill(isHighlighted ? style.highlight() : style.text());
            painter.setFont(style.font());
            painter.fillText(row.name(), x + OwnershipLayout.SWATCH + 6, row.nameBaseline(), Align.LEFT);
            painter.setFont(style.boldFont());
            painter.fillText(row.slice().figure(), right, row.nameBaseline(), Align.RIGHT);
            painter.setFont(style.font());
            if (!row.detail().isEmpty()) {
                painter.setFill(style.muted());
                painter.fillText(row.detail(), x + OwnershipLayout.SWATCH + 6, row.detailBaseline(), Align.LEFT);
            }
        }
        if (panel.hiddenRows() > 0) {
            painter.setFill(style.muted());
            painter.fillText(panel.more().text(), panel.more().x(), panel.more().baseline(), Align.LEFT);
        }
    }

    /** A holder's series colour; the undisclosed rest is drawn in the grid's neutral colour. */
    private static int colour(ChartStyle style, int colourIndex) {
        return colourIndex < 0 ? style.grid() : style.series(colourIndex);
    }
}
