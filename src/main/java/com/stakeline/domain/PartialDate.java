package com.stakeline.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A calendar date stated to a precision: {@code 2016}, {@code 2024-05} or {@code 2025-06-12}.
 *
 * <p>A year or month date stands for the whole span it covers, so comparisons use that span.
 * It is never an instant: no time zone can shift it.
 *
 * @param start the first day of the span
 * @param precision how much of the date is stated
 */
public record PartialDate(LocalDate start, Precision precision) implements Comparable<PartialDate> {

    /** Checks that the start is the first day of its span. */
    public PartialDate {
        if (precision == Precision.YEAR && start.getDayOfYear() != 1
                || precision == Precision.MONTH && start.getDayOfMonth() != 1) {
            throw new IllegalArgumentException(start + " does not start a " + precision.name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a message for people when the text is not such a date
     */
    public static PartialDate parse(String text) {
        // By hand rather than with a pattern: a store's million dates are read here, and a matcher per date was a
        // good part of the reading.
        int length = text.length();
        if (length != 4 && length != 7 && length != 10 || !digits(text, 0, 4)
                || length > 4 && (text.charAt(4) != '-' || !digits(text, 5, 7))
                || length > 7 && (text.charAt(7) != '-' || !digits(text, 8, 10))) {
            throw new IllegalArgumentException("'" + text + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        int year = number(text, 0, 4);
        if (year == 0) {
            // ISO 8601 would read it as 1 BC; a store that writes it almost surely means a date left unfilled.
            throw new IllegalArgumentException("'" + text + "' is in year 0, which the calendar does not have "
                    + "(years run from 0001)");
        }
        if (length == 4) {
            return ofYear(year);
        }
        int month = number(text, 5, 7);
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("'" + text + "' has no month " + month + " (months run 01 to 12)");
        }
        if (length == 7) {
            return ofMonth(year, month);
        }
        int day = number(text, 8, 10);
        try {
            return ofDay(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a day of the calendar");
        }
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            number = number * 10 + text.charAt(i) - '0';
        }
        return number;
    }

    /** The whole year. */
    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /** The whole month. */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    /** One exact day. */
    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(day, Precision.DAY);
    }

    /** The last day the date covers. */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case DAY -> start;
        };
    }

    /** The last day of the span as an epoch day, without making a date: timelines ask this of every event. */
    public long endEpochDay() {
        long first = start.toEpochDay();
        return switch (precision) {
            case YEAR -> first + start.lengthOfYear() - 1;
            case MONTH -> first + start.lengthOfMonth() - 1;
            case DAY -> first;
        };
    }

    /** Whether every day of {@code other} falls within this date's span. */
    public boolean contains(PartialDate other) {
        return !other.start.isBefore(start) && !other.end().isAfter(end());
    }

    /** Whether the span shares at least one day with the range from {@code from} to {@code to}, both included. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && !end().isBefore(from);
    }

    /** Whether the span had begun by {@code day}: what an "as of" query counts as known by then. */
    public boolean begunBy(LocalDate day) {
        return !start.isAfter(day);
    }

    /** The date for people: "2016", "May 2024" or "12 June 2025". */
    public String display() {
        return written(TextStyle.FULL);
    }

    /** The date for a narrow column, with the month abbreviated: "2016", "May 2024" or "12 Jun 2025". */
    public String compact() {
        return written(TextStyle.SHORT);
    }

    private String written(TextStyle monthStyle) {
        String month = start.getMonth().getDisplayName(monthStyle, Locale.ENGLISH);
        return switch (precision) {
            case YEAR -> Integer.toString(start.getYear());
            case MONTH -> month + " " + start.getYear();
            case DAY -> start.getDayOfMonth() + " " + month + " " + start.getYear();
        };
    }

    /** Orders by the start of the span, then coarser before finer, so "2025" sorts before "2025-01". */
    @Override
    public int compareTo(PartialDate other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : precision.compareTo(other.precision);
    }

    /** The date as it is written in an event store. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format(Locale.ROOT, "%04d", start.getYear());
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
            case DAY -> start.toString();
        };
    }
}
