package com.stakeline.chart.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisTicksTest {

    @ParameterizedTest(name = "{0} days on 1600 px: {1}")
    @CsvSource({
            "30, DAY", "120, WEEK", "400, MONTH", "1000, MONTH", "1500, QUARTER", "4000, QUARTER", "12000, YEAR",
            "25000, FIVE_YEARS", "60000, FIVE_YEARS", "100000, DECADE", "200000, FIFTY_YEARS", "1000000, CENTURY"})
    void theFinestUnitWhoseLabelsFitIsChosen(double days, TickUnit expected) {
        TimeWindow window = new TimeWindow(20000, 20000 + days);
        assertEquals(expected, AxisTicks.unitFor(window, 1600));
        AxisTicks ticks = AxisTicks.of(window, 1600);
        for (int i = 1; i < ticks.minor().size(); i++) {
            assertTrue(ticks.minor().get(i).x() - ticks.minor().get(i - 1).x() >= ticks.unit().labelRoom() * 0.9,
                    "ticks far enough apart for their labels");
        }
    }

    @ParameterizedTest
    @CsvSource({"DAY, 2025-06-12, 12, June 2025", "MONTH, 2025-06-01, Jun, 2025", "QUARTER, 2025-04-01, Q2, 2025",
            "YEAR, 2025-01-01, 2025, 2020s"})
    void ticksReadInTwoLevels(TickUnit unit, LocalDate day, String minor, String major) {
        assertEquals(minor, unit.label(day));
        assertEquals(major, unit.majorUnit().majorLabel(unit.majorUnit().floor(day)));
    }

    @ParameterizedTest
    @CsvSource({"MONTH, 2025-06-17, 2025-07-01", "QUARTER, 2025-05-17, 2025-07-01", "YEAR, 2025-01-01, 2025-01-01",
            "DECADE, 2016-03-01, 2020-01-01", "WEEK, 2025-06-12, 2025-06-16"})
    void ticksFallOnCalendarBoundaries(TickUnit unit, LocalDate day, LocalDate expected) {
        assertEquals(expected, unit.firstOnOrAfter(day));
    }

    @ParameterizedTest
    @CsvSource({"2025-06-01, 2025-06-30"})
    void aMonthWindowShowsItsDaysUnderTheMonth(LocalDate first, LocalDate last) {
        AxisTicks ticks = AxisTicks.of(TimeWindow.of(first, last), 1600);
        assertEquals(TickUnit.DAY, ticks.unit());
        assertEquals("1", ticks.minor().get(0).label());
        List<String> majors = ticks.major().stream().map(AxisTicks.Tick::label).toList();
        assertTrue(majors.contains("June 2025"), majors.toString());
    }
}
