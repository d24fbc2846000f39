package com.stakeline.chart.timeline;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.Painter;
import com.stakeline.chart.TextMeasure;

/** What each mark of the timeline means, with a small sample of the mark drawn as the timeline draws it. */
final class TimelineLegend {

    /** The width of a sample. */
    static final double SAMPLE_WIDTH = 28;
    /** The height of one entry. */
    static final double ROW_HEIGHT = 18;

    /** One mark and what it means. */
    enum Entry {
        EXACT("Event on a known day"),
        VAGUE("Only the month or year is known"),
        SPAN("Event with an end date"),
        CLUSTER("Events too close to tell apart; click to zoom"),
        FLAGGED("Sources disagree, or a figure fails a check"),
        TENURE("Held a role; pale where the start is not reported"),
        INTERIM("Held a role on an interim basis"),
        TODAY("Today"),
        AS_OF("As-of date that every view follows");

        private final String text;

        Entry(String text) {
            this.text = text;
        }

        /** The explanation. */
        String text() {
            return text;
        }
    }

    private TimelineLegend() {
    }

    /**
     * Draws the sample of {@code entry} from {@code x}, centred on {@code middle}, in the first lane's colour. It leaves
     * alpha, dashes and line width as the sample needed them; the caller sets its own.
     */
    static void drawSample(Painter painter, Entry entry, ChartStyle style, TextMeasure measure, double x, double middle) {
        int colour = style.series(0);
        painter.setFill(colour);
        painter.setStroke(colour);
        switch (entry) {
            case EXACT -> {
                double d = TimelineRenderer.DIAMOND;
                double centre = x + SAMPLE_WIDTH / 2;
                painter.fillPolygon(new double[] {centre, centre + d, centre, centre - d},
                        new double[] {middle - d, middle, middle + d, middle}, 4);
            }
            case VAGUE, SPAN -> {
                painter.setAlpha(entry == Entry.SPAN ? 0.55 : 0.22);
                painter.fillRect(x, middle - 6, SAMPLE_WIDTH, 12);
                painter.setAlpha(1);
                if (entry == Entry.VAGUE) {
                    painter.setDashes(2, 2);
                }
                painter.strokeRect(x + 0.5, middle - 5.5, SAMPLE_WIDTH - 1, 11);
            }
            case CLUSTER -> {
                painter.fillRoundRect(x + 4, middle - 8, 20, 16, 8);
                painter.setFill(style.onColour());
                painter.setFont(style.font());
                painter.fillText("9", x + 14, measure.baselineCentredOn(style.font(), middle), Painter.Align.CENTER);
            }
            case FLAGGED -> {
                painter.setFill(style.warning());
                painter.fillOval(x + SAMPLE_WIDTH / 2 - 3.5, middle - 3.5, 7, 7);
            }
            case TENURE, INTERIM -> {
                painter.setAlpha(entry == Entry.INTERIM ? 0.35 : 0.6);
                painter.fillRect(x, middle - 7, SAMPLE_WIDTH, 14);
                if (entry == Entry.TENURE) {
                    painter.setAlpha(0.6);
                    painter.setFill(style.background());
                    painter.fillRect(x, middle - 7, SAMPLE_WIDTH / 2, 14);
                } else {
                    painter.setAlpha(1);
                    painter.setDashes(3, 2);
                    painter.strokeRect(x + 0.5, middle - 6.5, SAMPLE_WIDTH - 1, 13);
                }
            }
            case TODAY -> {
                painter.setStroke(style.accent());
                painter.setDashes(4, 4);
                painter.strokeLine(x + SAMPLE_WIDTH / 2, middle - 8, x + SAMPLE_WIDTH / 2, middle + 8);
            }
            case AS_OF -> {
                painter.setStroke(style.highlight());
                painter.setLineWidth(2);
                painter.strokeLine(x + SAMPLE_WIDTH / 2, middle - 8, x + SAMPLE_WIDTH / 2, middle + 8);
            }
        }
    }
}
