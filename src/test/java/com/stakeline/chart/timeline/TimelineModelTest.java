package com.stakeline.chart.timeline;

import static com.stakeline.chart.timeline.TimelineLayoutTest.milestone;
import static com.stakeline.chart.timeline.TimelineLayoutTest.modelOf;
import static com.stakeline.chart.timeline.TimelineLayoutTest.storeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.stakeline.domain.Citation;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.Field;
import com.stakeline.domain.FieldValues;
import com.stakeline.domain.LeadershipChangeKind;
import com.stakeline.domain.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    @Test
    void aRoleKeptFromTheDayAnotherEndedStartsThereAndLeavesTheEarlierBarWhole() {
        EventStore store = storeOf(
                leadership("ann-ceo", "2016", "CEO", LeadershipChangeKind.APPOINTED),
                leadership("ann-leaves", "2025-06", "CEO", LeadershipChangeKind.DEPARTED),
                leadership("ann-stays", "2025-06", "Board director", LeadershipChangeKind.CONTINUES));
        List<TenureBar> bars = modelOf(store, LocalDate.of(2026, 1, 1)).lanes().stream()
                .flatMap(lane -> lane.tracks().stream()).flatMap(track -> track.tenures().stream()).toList();
        assertEquals(List.of("CEO", "Board director"), bars.stream().map(TenureBar::label).toList());
        assertEquals(LocalDate.of(2016, 1, 1).toEpochDay(), bars.get(0).start());
        assertEquals(bars.get(0).end(), bars.get(1).start(), "the kept seat is not drawn back over the CEO years");
        assertFalse(bars.get(1).startKnown());
    }

    private static Event leadership(String id, String date, String role, LeadershipChangeKind change) {
        return new Event(id, EventType.LEADERSHIP_CHANGE, PartialDate.parse(date), null, "acme", id, null, List.of(),
                List.of(Citation.of("src")), FieldValues.builder().put(Field.PERSON, "ann").put(Field.ROLE, role)
                .put(Field.CHANGE, change).build());
    }
}
