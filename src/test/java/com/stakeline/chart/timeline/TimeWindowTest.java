package com.stakeline.chart.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeWindowTest {

    private final TimeWindow window = new TimeWindow(1000, 2000);

    @ParameterizedTest
    @ValueSource(doubles = {0, 250, 999.5, 1600})
    void dayAndXAreInverses(double x) {
        assertEquals(x, window.x(window.day(x, 1600), 1600), 1e-9);
    }

    @Test
    void zoomingInKeepsTheDayUnderThePointerInPlace() {
        double anchor = window.day(400, 1600);
        TimeWindow zoomed = window.zoom(2, anchor);
        assertEquals(500, zoomed.span(), 1e-9);
        assertEquals(400, zoomed.x(anchor, 1600), 1e-9);
    }

    @Test
    void zoomingStopsAtAWeekAndAtThreeCenturies() {
        assertEquals(TimeWindow.MIN_SPAN_DAYS, window.zoom(1e6, 1500).span(), 1e-9);
        assertEquals(TimeWindow.MAX_SPAN_DAYS, window.zoom(1e-6, 1500).span(), 1e-9);
    }

    @Test
    void panningMovesBothEnds() {
        assertEquals(new TimeWindow(1100, 2100), window.pan(100));
    }

    @Test
    void aWindowFromDatesIncludesTheLastDay() {
        TimeWindow june = TimeWindow.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));
        assertEquals(30, june.span(), 1e-9);
    }

    @Test
    void anEmptyWindowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(5, 5));
    }
}
