package com.stakeline.viewmodel.timeline;

import static com.stakeline.viewmodel.timeline.TimelineLayoutTest.milestone;
import static com.stakeline.viewmodel.timeline.TimelineLayoutTest.modelOf;
import static com.stakeline.viewmodel.timeline.TimelineLayoutTest.storeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineModelTest {

    @ParameterizedTest(name = "{0} covers {1} to {2}")
    @CsvSource({"2016, 2016-01-01, 2017-01-01", "2024-05, 2024-05-01, 2024-06-01", "2024-02, 2024-02-01, 2024-03-01",
            "2025-06-12, 2025-06-12, 2025-06-13"})
    void anEventSpansTheWholeYearMonthOrDayItsDateStates(String date, LocalDate start, LocalDate dayAfter) {
        TimelineModel model = modelOf(storeOf(milestone("e", date)), LocalDate.of(2026, 1, 1));
        Track track = model.lanes().get(0).tracks().get(0);
        assertEquals(start.toEpochDay(), track.start(0));
        assertEquals(dayAfter.toEpochDay(), track.end(0));
    }
}
