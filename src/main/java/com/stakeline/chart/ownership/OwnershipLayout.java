package com.stakeline.chart.ownership;

import com.stakeline.chart.Box;
import com.stakeline.chart.ChartFont;
import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.TextMeasure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where one or more ownership pies go in a chart: side by side, each with its caption and notes above, its pie, and
 * a legend that names every slice beside the pie, or under it when the panel is narrow. Slices are never labelled
 * around the pie, so labels cannot overlap however thin the slices; the legend shows as many rows as fit, each with
 * its detail when all of them have room for it, and says how many more there are.
 *
 * @param width the chart's width
 * @param height the chart's height
 * @param panels one per pie, left to right
 */
public record OwnershipLayout(double width, double height, List<Panel> panels) {

    static final double PAD = 12;
    static final double SWATCH = 10;
    /** The legend's least width beside a pie; narrower panels put it under the pie. */
    static final double LEGEND_MIN_WIDTH = 220;
    /** The legend's most width: wider, a figure would sit too far from its name to be read with it. */
    static final double LEGEND_MAX_WIDTH = 400;
    static final double MIN_RADIUS = 24;
    /** The least radius worth keeping the legend beside the pie for. */
    static final double BESIDE_MIN_RADIUS = 60;

    /** Copies the list. */
    public OwnershipLayout {
        panels = List.copyOf(panels);
    }

    /**
     * One pie's place.
     *
     * @param pie the pie
     * @param bounds the panel
     * @param captionBaseline the caption's baseline
     * @param notes the notes as fitted lines, with their baselines
     * @param centreX the pie's centre
     * @param centreY the pie's centre
     * @param radius the pie's radius
     * @param wedges the slices' wedges, in the pie's order; none when the panel has no room for a readable pie
     * @param legend the legend rows shown
     * @param hiddenRows how many slices the legend had no room for
     * @param more the line that counts them, drawn when there are any
     */
    public record Panel(OwnershipPie pie, Box bounds, double captionBaseline, List<TextLine> notes, double centreX,
                        double centreY, double radius, List<Wedge> wedges, List<LegendRow> legend, int hiddenRows,
                        TextLine more) {
    }

    /**
     * A line of text and its baseline.
     *
     * @param text the text
     * @param x its left end
     * @param baseline its baseline
     */
    public record TextLine(String text, double x, double baseline) {
    }

    /**
     * A slice's wedge: it starts at {@code startDegrees} (0 is three o'clock, anticlockwise) and sweeps
     * anticlockwise through {@code extentDegrees}; the first slice ends at twelve o'clock and the rest follow it
     * clockwise.
     *
     * @param slice the slice
     * @param colourIndex its series colour, or -1 for the undisclosed rest
     */
    public record Wedge(PieSlice slice, double startDegrees, double extentDegrees, int colourIndex) {

        /** The angle in the middle of the wedge. */
        public double middleDegrees() {
            return startDegrees + extentDegrees / 2;
        }
    }

    /**
     * A legend row: the slice's swatch, name and figure on one line, its detail fitted on the next.
     *
     * @param slice the slice
     * @param colourIndex as its wedge's
     * @param bounds the row, which a click selects
     * @param nameBaseline the first line's baseline
     * @param name the name, fitted beside the figure
     * @param detail the detail, fitted to the row; empty when there is none
     * @param detailBaseline the second line's baseline
     */
    public record LegendRow(PieSlice slice, int colourIndex, Box bounds, double nameBaseline, String name, String detail,
                            double detailBaseline) {
    }

    /** Lays out {@code pies} side by side in a {@code width} by {@code height} chart. */
    public static OwnershipLayout of(List<OwnershipPie> pies, double width, double height, ChartStyle style,
                                     TextMeasure measure) {
        List<Panel> panels = new ArrayList<>();
        double panelWidth = pies.isEmpty() ? width : width / pies.size();
        for (int i = 0; i < pies.size(); i++) {
            panels.add(panel(pies.get(i), new Box(i * panelWidth, 0, panelWidth, height), style, measure));
        }
        return new OwnershipLayout(width, height, panels);
    }

    /** The slice at ({@code x}, {@code y}), in a wedge or a legend row. */
    public Optional<PieSlice> sliceAt(double x, double y) {
        for (Panel panel : panels) {
            for (LegendRow row : panel.legend()) {
                if (row.bounds().contains(x, y)) {
                    return Optional.of(row.slice());
                }
            }
            double dx = x - panel.centreX();
            double dy = panel.centreY() - y;
            if (dx * dx + dy * dy <= panel.radius() * panel.radius()) {
                double angle = Math.toDegrees(Math.atan2(dy, dx));
                for (Wedge wedge : panel.wedges()) {
                    if (Math.floorMod((long) Math.floor((angle - wedge.startDegrees()) * 1000), 360_000L)
                            < wedge.extentDegrees() * 1000) {
                        return Optional.of(wedge.slice());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Panel panel(OwnershipPie pie, Box bounds, ChartStyle style, TextMeasure measure) {
        ChartFont font = style.font();
        ChartFont bold = style.boldFont();
        double lineHeight = measure.ascent(font) + measure.descent(font) + 3;
        double left = bounds.x() + PAD;
        double innerWidth = Math.max(1, bounds.width() - 2 * PAD);
        double captionBaseline = bounds.y() + PAD + measure.ascent(bold);
        double bottom = bounds.y() + bounds.height() - PAD;
        List<TextLine> notes = new ArrayList<>();
        double y = captionBaseline + measure.descent(bold) + 4;
        for (String note : pie.notes()) {
            for (String line : wrap(note, font, innerWidth, measure)) {
                // Notes never push the pie out of a short panel: what has no room is left to the tooltip.
                if (y + lineHeight > bottom - 2 * MIN_RADIUS) {
                    break;
                }
                y += lineHeight;
                notes.add(new TextLine(line, left, y - measure.descent(font) - 3));
            }
        }
        double top = y + PAD / 2;
        double rowHeight = 2 * lineHeight + 4;
        boolean beside = innerWidth >= 2 * BESIDE_MIN_RADIUS + PAD + LEGEND_MIN_WIDTH;
        double radius;
        double centreX;
        double centreY;
        Box legendBox;
        if (beside) {
            radius = Math.max(0, Math.min((bottom - top) / 2, (innerWidth - LEGEND_MIN_WIDTH - PAD) / 2));
            centreX = left + radius;
            centreY = top + radius;
            double legendX = left + 2 * radius + 2 * PAD;
            legendBox = new Box(legendX, top, Math.max(1, Math.min(LEGEND_MAX_WIDTH, left + innerWidth - legendX)),
                    Math.max(0, bottom - top));
        } else {
            // Under the pie: the pie gives the legend room for at least two rows.
            double legendHeight = Math.min(pie.slices().size(), 2) * rowHeight;
            radius = Math.max(0, Math.min(innerWidth / 2, (bottom - top - legendHeight - PAD) / 2));
            centreX = left + innerWidth / 2;
            centreY = top + radius;
            double legendTop = centreY + radius + PAD;
            legendBox = new Box(left, legendTop, innerWidth, Math.max(0, bottom - legendTop));
        }
        if (radius < MIN_RADIUS) {
            // Too small to read: the legend alone names every slice.
            radius = 0;
        }
        List<Wedge> wedges = wedges(pie);
        // The legend's rows follow the wedges; without a pie, they are made from the same list.
        // Rows of two lines, name and detail, when all of them fit; else rows of one line, the details left to the
        // tooltip and the stake table, so that more holders are named.
        boolean detailed = legendBox.height() >= pie.slices().size() * rowHeight;
        double shownRowHeight = detailed ? rowHeight : lineHeight + 2;
        int fitting = (int) Math.floor(legendBox.height() / shownRowHeight);
        int shown = fitting >= pie.slices().size() ? pie.slices().size() : Math.max(0, fitting - 1);
        List<LegendRow> legend = new ArrayList<>();
        double textX = legendBox.x() + SWATCH + 6;
        double textWidth = Math.max(1, legendBox.x() + legendBox.width() - textX);
        for (int i = 0; i < shown; i++) {
            Wedge wedge = wedges.get(i);
            PieSlice slice = wedge.slice();
            double rowTop = legendBox.y() + i * shownRowHeight;
            double nameBaseline = rowTop + measure.ascent(font) + 1;
            double figureWidth = measure.width(bold, slice.figure()) + 8;
            legend.add(new LegendRow(slice, wedge.colourIndex(), new Box(legendBox.x(), rowTop, legendBox.width(),
                    shownRowHeight), nameBaseline, measure.fit(font, slice.name(), textWidth - figureWidth),
                    detailed ? measure.fit(font, slice.detail(), textWidth) : "", nameBaseline + lineHeight));
        }
        int hidden = pie.slices().size() - shown;
        double moreBaseline = legendBox.y() + shown * shownRowHeight + measure.ascent(font) + 1;
        return new Panel(pie, bounds, captionBaseline, notes, centreX, centreY, radius,
                radius == 0 ? List.of() : wedges, legend, hidden, new TextLine("+" + hidden + " more in the stake table",
                legendBox.x(), moreBaseline));
    }

    /** The wedges, the first ending at twelve o'clock, each sweeping its share of the slices' total. */
    private static List<Wedge> wedges(OwnershipPie pie) {
        double total = Math.max(100, pie.total());
        List<Wedge> wedges = new ArrayList<>();
        double end = 90;
        int holder = 0;
        for (PieSlice slice : pie.slices()) {
            double extent = slice.percent() / total * 360;
            wedges.add(new Wedge(slice, end - extent, extent, slice.undisclosed() ? -1 : holder++));
            end -= extent;
        }
        return wedges;
    }

    /** {@code text} in lines that fit {@code width}, broken between words; a word too long is cut. */
    static List<String> wrap(String text, ChartFont font, double width, TextMeasure measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (measure.width(font, tried) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(tried);
            } else {
                lines.add(measure.fit(font, line.toString(), width));
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(measure.fit(font, line.toString(), width));
        }
        return lines;
    }
}
