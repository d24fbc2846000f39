package com.stakeline.domain;

import static com.stakeline.domain.TestEvents.milestone;
import static com.stakeline.domain.TestEvents.stake;
import static com.stakeline.domain.TestEvents.store;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    private final EventStore store = store(
            milestone("launch", "2024", "product"),
            stake("meta-stake", "2025-06", "meta", "49"),
            milestone("exact", "2025-06-12", "deal"));

    @Test
    void aYearDatedEventMatchesARangeInsideItsYear() {
        assertEquals(List.of("launch"), ids(EventFilter.all().between(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 31))));
    }

    @Test
    void aMonthDatedEventMatchesARangeTouchingItsLastDay() {
        assertEquals(List.of("meta-stake"), ids(EventFilter.all().between(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 5))));
    }

    @Test
    void typesKeepOnlyTheirEvents() {
        assertEquals(List.of("meta-stake"), ids(EventFilter.all().ofTypes(Set.of(EventType.STAKE_ACQUISITION))));
    }

    @Test
    void anEntityMatchesEventsThatNameItInAnyField() {
        assertEquals(List.of("meta-stake"), ids(EventFilter.all().naming(Set.of("meta"))));
    }

    @Test
    void tagsKeepEventsCarryingAnyOfThem() {
        assertEquals(List.of("launch", "exact"), ids(EventFilter.all().tagged(Set.of("product", "deal"))));
    }

    @Test
    void textMatchesAnEntitysAliasIgnoringCase() {
        assertEquals(List.of("meta-stake"), ids(EventFilter.all().containing("FACEBOOK")));
    }

    private List<String> ids(EventFilter filter) {
        return store.events(filter).stream().map(Event::id).toList();
    }
}
