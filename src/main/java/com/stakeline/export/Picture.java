package com.stakeline.export;

import com.stakeline.chart.ChartFont;
import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.Painter;
import com.stakeline.chart.Painter.Align;
import com.stakeline.chart.TextMeasure;
import java.util.List;
import java.util.function.Consumer;

/**
 * A chart ready to export: its size in pixels (points in a PDF) and the drawing that fills it.
 *
 * @param title what it shows, such as "Ownership of Scale AI"
 * @param width its width
 * @param height its height
 * @param drawing draws it through any painter, starting from no known state
 */
public record Picture(String title, double width, double height, Consumer<Painter> drawing) {

    /** The caption's text size: smaller than the chart's labels, so it reads as a footnote. */
    static final ChartFont CAPTION_FONT = new ChartFont(11, false);
    /** The height of one caption line. */
    static final double CAPTION_LINE = 16;

    /** This picture as a page of a PDF document. */
    public PdfExport.Page page() {
        return new PdfExport.Page(title, width, height, drawing);
    }

    /**
     * This picture with {@code lines} written in a strip beneath it, in the muted colour on the chart's background,
     * each cut to the width with an ellipsis if it must be.
     */
    public Picture withCaption(List<String> lines, ChartStyle style, TextMeasure measure) {
        double strip = lines.size() * CAPTION_LINE + 10;
        double chartHeight = height;
        return new Picture(title, width, height + strip, painter -> {
            drawing.accept(painter);
            painter.setAlpha(1);
            painter.fillBackground(0, chartHeight, width, strip, style.background());
            painter.setStroke(style.grid());
            painter.setLineWidth(1);
            painter.setDashes();
            painter.strokeLine(8, chartHeight + 0.5, width - 8, chartHeight + 0.5);
            painter.setFont(CAPTION_FONT);
            painter.setFill(style.muted());
            for (int i = 0; i < lines.size(); i++) {
                double baseline = chartHeight + 4 + CAPTION_LINE * i + measure.ascent(CAPTION_FONT) + 2;
                painter.fillText(measure.fit(CAPTION_FONT, lines.get(i), width - 16), 8, baseline, Align.LEFT);
            }
        });
    }
}
