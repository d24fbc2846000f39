package com.stakeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
            "2016, 2016-01-01, 2016-12-31, 2016, 2016",
            "2024-05, 2024-05-01, 2024-05-31, May 2024, May 2024",
            "2024-02, 2024-02-01, 2024-02-29, February 2024, Feb 2024",
            "2025-06-12, 2025-06-12, 2025-06-12, 12 June 2025, 12 Jun 2025",
            "2025-09-08, 2025-09-08, 2025-09-08, 8 September 2025, 8 Sep 2025"})
    void aDateCoversItsWholeSpan(String text, LocalDate start, LocalDate end, String display, String compact) {
        PartialDate date = PartialDate.parse(text);
        assertEquals(start, date.start());
        assertEquals(end, date.end());
        assertEquals(display, date.display());
        assertEquals(compact, date.compact());
        assertEquals(end.toEpochDay(), date.endEpochDay());
        assertEquals(text, date.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13", "2025-00", "2025-02-30", "25-06", "June 2025", "2025-6", "2025-06-12T10:00", ""})
    void textThatIsNotACalendarDateIsRefused(String text) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
        assertTrue(error.getMessage().contains("'" + text + "'"), error.getMessage());
    }

    @Test
    void aMonthContainsItsDaysButNotTheOtherWayRound() {
        assertTrue(PartialDate.parse("2024-05").contains(PartialDate.parse("2024-05-17")));
        assertTrue(PartialDate.parse("2024").contains(PartialDate.parse("2024-05")));
        assertFalse(PartialDate.parse("2024-05-17").contains(PartialDate.parse("2024-05")));
        assertFalse(PartialDate.parse("2023").contains(PartialDate.parse("2024-05")));
    }

    @Test
    void aMonthOverlapsARangeThatTouchesAnyOfItsDays() {
        PartialDate june = PartialDate.parse("2025-06");
        assertTrue(june.overlaps(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 8, 1)));
        assertTrue(june.overlaps(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1)));
        assertFalse(june.overlaps(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 1)));
    }

    @Test
    void datesSortByStartThenCoarserFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2025-01-01"), PartialDate.parse("2025-01"),
                PartialDate.parse("2024-12-31"), PartialDate.parse("2025")));
        Collections.sort(dates);
        assertEquals(List.of("2024-12-31", "2025", "2025-01", "2025-01-01"), dates.stream().map(PartialDate::toString).toList());
    }
}
