package com.stakeline.chart.timeline;

/**
 * What one place on a track shows in a frame: a single event, or a cluster of events too close to tell apart.
 *
 * @param row the row within the track, from the top
 * @param x0 where the unit's mark starts, in pixels
 * @param x1 where its mark ends (a span's end; the same as {@code x0} for an exact date)
 * @param first the position in the track of its first event
 * @param end the position after its last event
 * @param count how many visible events it stands for; more than one makes it a cluster
 * @param label the text beside the mark (an event's title, shortened to fit, or a cluster's count), or empty
 * @param labelX where the label starts
 * @param labelWidth how wide the label is
 */
public record Unit(int row, double x0, double x1, int first, int end, int count, String label, double labelX,
                   double labelWidth) {

    /** Whether the unit stands for several events. */
    public boolean isCluster() {
        return count > 1;
    }

    /** Whether the unit covers track position {@code position}. */
    public boolean covers(int position) {
        return position >= first && position < end;
    }

    /** The same unit in another row with another label. */
    Unit placed(int newRow, String newLabel, double newLabelX, double newLabelWidth) {
        return new Unit(newRow, x0, x1, first, end, count, newLabel, newLabelX, newLabelWidth);
    }

    /** The right edge of everything the unit draws. */
    public double right() {
        return Math.max(x1, labelX + labelWidth);
    }
}
