package com.stakeline.chart.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticks of the time axis for a window and a width: minor ticks in the finest unit whose labels fit, and major
 * ticks of the next coarser unit labelled above them ("2025" above "Jun Jul Aug").
 *
 * @param unit the minor unit
 * @param minor the minor ticks in the window
 * @param major the major ticks in the window, with one before it so its label can stick to the left edge
 */
public record AxisTicks(TickUnit unit, List<Tick> minor, List<Tick> major) {

    /**
     * One tick.
     *
     * @param day its calendar day
     * @param x where it falls, in pixels from the timeline's left edge
     * @param label what it reads
     */
    public record Tick(LocalDate day, double x, String label) {
    }

    /** The finest unit whose ticks leave room for their labels. */
    public static TickUnit unitFor(TimeWindow window, double width) {
        double pixelsPerDay = window.pixelsPerDay(width);
        for (TickUnit unit : TickUnit.values()) {
            if (unit.approximateDays() * pixelsPerDay >= unit.labelRoom()) {
                return unit;
            }
        }
        return TickUnit.CENTURY;
    }

    /** The ticks for {@code window} drawn {@code width} pixels wide. */
    public static AxisTicks of(TimeWindow window, double width) {
        TickUnit unit = unitFor(window, width);
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(window.start()));
        LocalDate last = LocalDate.ofEpochDay((long) Math.ceil(window.end()));
        List<Tick> minor = ticks(unit, unit.firstOnOrAfter(first), last, window, width, false);
        TickUnit majorUnit = unit.majorUnit();
        List<Tick> major = majorUnit == null ? List.of()
                : ticks(majorUnit, majorUnit.floor(first), last, window, width, true);
        return new AxisTicks(unit, minor, major);
    }

    private static List<Tick> ticks(TickUnit unit, LocalDate from, LocalDate last, TimeWindow window, double width,
                                    boolean major) {
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(last); day = unit.next(day)) {
            ticks.add(new Tick(day, window.x(day.toEpochDay(), width), major ? unit.majorLabel(day) : unit.label(day)));
        }
        return ticks;
    }
}
