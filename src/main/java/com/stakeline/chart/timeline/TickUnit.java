package com.stakeline.chart.timeline;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * A step between axis ticks, from a day to a century, with how its ticks and the coarser labels above them read.
 * The axis picks the finest unit whose labels still fit.
 */
public enum TickUnit {
    DAY(1, 26),
    WEEK(7, 56),
    MONTH(30.44, 36),
    QUARTER(91.31, 32),
    YEAR(365.25, 44),
    FIVE_YEARS(365.25 * 5, 44),
    DECADE(365.25 * 10, 44),
    FIFTY_YEARS(365.25 * 50, 44),
    CENTURY(365.25 * 100, 44);

    private final double approximateDays;
    private final double labelRoom;

    TickUnit(double approximateDays, double labelRoom) {
        this.approximateDays = approximateDays;
        this.labelRoom = labelRoom;
    }

    /** The least space between two ticks, in pixels, so their labels ("12", "Jun", "2025") do not touch. */
    public double labelRoom() {
        return labelRoom;
    }

    /** The unit's typical length in days, for choosing a unit; ticks themselves fall on calendar boundaries. */
    public double approximateDays() {
        return approximateDays;
    }

    /** The first tick on or after {@code day}. */
    public LocalDate firstOnOrAfter(LocalDate day) {
        LocalDate floor = floor(day);
        return floor.isBefore(day) ? next(floor) : floor;
    }

    /** The tick on or before {@code day}. */
    public LocalDate floor(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
            case FIVE_YEARS -> LocalDate.of(Math.floorDiv(day.getYear(), 5) * 5, 1, 1);
            case DECADE -> LocalDate.of(Math.floorDiv(day.getYear(), 10) * 10, 1, 1);
            case FIFTY_YEARS -> LocalDate.of(Math.floorDiv(day.getYear(), 50) * 50, 1, 1);
            case CENTURY -> LocalDate.of(Math.floorDiv(day.getYear(), 100) * 100, 1, 1);
        };
    }

    /** The tick after {@code tick}. */
    public LocalDate next(LocalDate tick) {
        return switch (this) {
            case DAY -> tick.plusDays(1);
            case WEEK -> tick.plusWeeks(1);
            case MONTH -> tick.plusMonths(1);
            case QUARTER -> tick.plusMonths(3);
            case YEAR -> tick.plusYears(1);
            case FIVE_YEARS -> tick.plusYears(5);
            case DECADE -> tick.plusYears(10);
            case FIFTY_YEARS -> tick.plusYears(50);
            case CENTURY -> tick.plus(1, ChronoUnit.CENTURIES);
        };
    }

    /** The label under a tick: "12", "Jun", "Q2", "2025". */
    public String label(LocalDate tick) {
        return switch (this) {
            case DAY -> Integer.toString(tick.getDayOfMonth());
            case WEEK -> tick.getDayOfMonth() + " " + month(tick);
            case MONTH -> month(tick);
            case QUARTER -> "Q" + tick.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR, FIVE_YEARS, DECADE, FIFTY_YEARS, CENTURY -> Integer.toString(tick.getYear());
        };
    }

    /** The coarser unit whose labels run above this one's ("2025" above "Jun"), or null for none. */
    public TickUnit majorUnit() {
        return switch (this) {
            case DAY, WEEK -> MONTH;
            case MONTH, QUARTER -> YEAR;
            case YEAR -> DECADE;
            case FIVE_YEARS, DECADE -> CENTURY;
            case FIFTY_YEARS, CENTURY -> null;
        };
    }

    /** The label above the ticks, for a major tick: "June 2025" over days, "2025" over months, "2020s" over years. */
    public String majorLabel(LocalDate tick) {
        return switch (this) {
            case MONTH -> tick.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + tick.getYear();
            case YEAR -> Integer.toString(tick.getYear());
            case DECADE -> tick.getYear() + "s";
            case CENTURY -> tick.getYear() + "s";
            default -> label(tick);
        };
    }

    private static String month(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
