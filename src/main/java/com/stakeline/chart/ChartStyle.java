package com.stakeline.chart;

import java.util.List;

/**
 * The colours and font a chart is drawn with, as plain values. The screen fills it from the CSS theme, an export
 * from the same theme's values, so themes live in CSS alone. Colours are ARGB integers.
 *
 * @param background the chart's background
 * @param text text and strong marks
 * @param muted secondary text: axis labels, names
 * @param grid grid lines and thin rules
 * @param band the background of headers and strips
 * @param accent the today line and the overview's window
 * @param highlight the selection and the as-of cursor
 * @param warning the badge of an event whose sources disagree or whose figures fail a check
 * @param onColour text drawn on a filled mark, such as a cluster's count
 * @param series the colours of lanes and series, in order; the list repeats when a chart needs more
 * @param font the font of labels; headings use its bold face
 */
public record ChartStyle(int background, int text, int muted, int grid, int band, int accent, int highlight,
                         int warning, int onColour, List<Integer> series, ChartFont font) {

    /** The light theme's values, for charts drawn with no theme at hand. */
    public static final ChartStyle LIGHT = new ChartStyle(0xffffffff, 0xff1f2328, 0xff5b636d, 0xffe4e6ea, 0xfff1f2f4,
            0xff2457c5, 0xffe11d48, 0xffd97706, 0xffffffff,
            List.of(0xff2457c5, 0xff7b3fc4, 0xff0f7b6c, 0xffb35c00, 0xff6b7280), new ChartFont(12, false));

    /** Copies the series and checks there is at least one. */
    public ChartStyle {
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart style needs at least one series colour");
        }
    }

    /** Series colour {@code index}, repeating the list. */
    public int series(int index) {
        return series.get(Math.floorMod(index, series.size()));
    }

    /** The bold face of the label font. */
    public ChartFont boldFont() {
        return font.bolder();
    }
}
