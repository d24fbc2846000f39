package com.stakeline.chart.timeline;

import java.time.LocalDate;

/**
 * The span of time the timeline shows, in epoch days (fractions allowed), and the arithmetic that maps it onto pixels,
 * zooms it around a point and pans it. Immutable: every change gives a new window.
 *
 * @param start the first instant shown, in epoch days
 * @param end the last instant shown, in epoch days; always after {@code start}
 */
public record TimeWindow(double start, double end) {

    /** The narrowest window: one week, so a day is still a readable column. */
    public static final double MIN_SPAN_DAYS = 7;
    /** The widest window: three centuries, beyond any company's history. */
    public static final double MAX_SPAN_DAYS = 365.25 * 300;

    /** Checks the window is not empty. */
    public TimeWindow {
        if (!(end > start)) {
            throw new IllegalArgumentException("a time window must end after it starts: " + start + " to " + end);
        }
    }

    /** The window from the start of {@code first} to the end of {@code last}, both included. */
    public static TimeWindow of(LocalDate first, LocalDate last) {
        return new TimeWindow(first.toEpochDay(), last.toEpochDay() + 1);
    }

    /** How many days the window spans. */
    public double span() {
        return end - start;
    }

    /** The x of {@code day} on a timeline {@code width} pixels wide. */
    public double x(double day, double width) {
        return (day - start) / span() * width;
    }

    /** The day at {@code x} on a timeline {@code width} pixels wide. */
    public double day(double x, double width) {
        return start + x / width * span();
    }

    /** How many pixels one day takes on a timeline {@code width} pixels wide. */
    public double pixelsPerDay(double width) {
        return width / span();
    }

    /**
     * The window zoomed by {@code factor} (above 1 zooms in) keeping {@code anchorDay} at the same place on screen,
     * as a zoom around the mouse pointer should. The span stays between a week and three centuries.
     */
    public TimeWindow zoom(double factor, double anchorDay) {
        double newSpan = Math.max(MIN_SPAN_DAYS, Math.min(MAX_SPAN_DAYS, span() / factor));
        double anchorShare = (anchorDay - start) / span();
        double newStart = anchorDay - anchorShare * newSpan;
        return new TimeWindow(newStart, newStart + newSpan);
    }

    /** The window moved later by {@code days} (earlier when negative). */
    public TimeWindow pan(double days) {
        return new TimeWindow(start + days, end + days);
    }

    /** The window of the same span centred on {@code day}. */
    public TimeWindow centredOn(double day) {
        return new TimeWindow(day - span() / 2, day + span() / 2);
    }

    /** Whether any part of the range from {@code from} to {@code to} (epoch days) is in the window. */
    public boolean overlaps(double from, double to) {
        return from < end && to > start;
    }

    /** The window widened on each side by {@code share} of its span, so nothing sits on the very edge. */
    public TimeWindow padded(double share) {
        double pad = Math.max(span() * share, 1);
        return new TimeWindow(start - pad, end + pad);
    }
}
