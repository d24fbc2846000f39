package com.stakeline.domain;

import static com.stakeline.domain.TestEvents.event;
import static com.stakeline.domain.TestEvents.milestone;
import static com.stakeline.domain.TestEvents.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventColumnsTest {

    @Test
    void everyEventIsFoundByItsIdAndAnUnknownIdFindsNothing() {
        SplittableRandom random = new SplittableRandom(7);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            events.add(milestone("event-" + i, (1990 + random.nextInt(35)) + "-0" + (1 + random.nextInt(9))));
        }
        EventStore store = TestEvents.store(events.toArray(Event[]::new));

        for (Event event : events) {
            assertEquals(event, store.event(event.id()).orElseThrow());
        }
        assertEquals(Optional.empty(), store.event("event-5000"));
        assertEquals(Optional.empty(), TestEvents.store().event("anything"));
    }

    @Test
    void ofTwoEventsWithOneIdTheFirstInDateOrderIsFound() {
        EventStore store = TestEvents.store(milestone("twin", "2020"), milestone("twin", "2010"));

        assertEquals(PartialDate.parse("2010"), store.event("twin").orElseThrow().date());
    }

    @Test
    void eventsComeInDateOrderAndEventsOfOneDateKeepTheirStoreOrder() {
        // Many events share a date, and dates of every precision share first days, so ties are what is tested.
        SplittableRandom random = new SplittableRandom(7);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int year = 2015 + random.nextInt(4);
            int month = 1 + random.nextInt(2);
            String date = switch (random.nextInt(3)) {
                case 0 -> Integer.toString(year);
                case 1 -> year + "-0" + month;
                default -> year + "-0" + month + "-0" + (1 + random.nextInt(2));
            };
            events.add(milestone("e" + i, date));
        }
        List<Event> expected = new ArrayList<>(events);
        expected.sort(Comparator.comparing(Event::date));

        EventStore store = TestEvents.store(events.toArray(Event[]::new));

        assertEquals(expected.stream().map(Event::id).toList(), store.events().stream().map(Event::id).toList());
    }

    @Test
    void theColumnsDescribeTheEventAtTheSameIndex() {
        Event later = new Event("board", EventType.LEADERSHIP_CHANGE, PartialDate.parse("2024-05"),
                PartialDate.parse("2025"), "acme", "Ann on the board", null, List.of(), List.of(Citation.of("src")),
                FieldValues.builder().put(Field.PERSON, "ann").put(Field.ROLE, "Director")
                        .put(Field.CHANGE, LeadershipChangeKind.APPOINTED).build());
        Event earlier = new Event("deal", EventType.MILESTONE, PartialDate.parse("2023"), null, "buyer", "A deal",
                null, List.of(), List.of(Citation.of("src")), FieldValues.empty());

        EventColumns columns = TestEvents.store(later, earlier).columns();

        assertEquals(LocalDate.of(2023, 1, 1).toEpochDay(), columns.startDay(0));
        assertEquals(LocalDate.of(2024, 1, 1).toEpochDay(), columns.endDay(0), "a year ends with its last day");
        assertEquals(EventType.MILESTONE, columns.type(0));
        assertEquals(LocalDate.of(2024, 5, 1).toEpochDay(), columns.startDay(1));
        assertEquals(LocalDate.of(2026, 1, 1).toEpochDay(), columns.endDay(1), "an event that lasts ends with its end date");
        assertEquals(EventType.LEADERSHIP_CHANGE, columns.type(1));
        assertEquals(columns.companyCode("buyer"), columns.companyOf(0));
        assertEquals(columns.companyCode("acme"), columns.companyOf(1));
        assertNotEquals(columns.companyOf(0), columns.companyOf(1));
        assertEquals(-1, columns.companyCode("meta"), "no event is about Meta");
        assertEquals(EventColumns.NO_PERSON, columns.personOf(0), "a milestone is about no person");
        assertEquals("ann", columns.personId(columns.personOf(1)));
    }

    @Test
    void onlyEventsWithASourceGivingItsOwnValuesAreVisitedForDisagreements() {
        Citation lower = new Citation("other", FieldValues.builder()
                .put(Field.POST_MONEY, Money.of("12000000000", "USD")).build());
        Event disputed = event("disputed", EventType.FUNDING_ROUND, "2024-05", FieldValues.builder()
                .put(Field.ROUND, "A").put(Field.AMOUNT, Money.of("1000000000", "USD"))
                .put(Field.POST_MONEY, Money.of("14000000000", "USD")).build(), Citation.of("src"), lower);

        EventStore store = TestEvents.store(round("plain", "2023-01", "100000000", "1000000000"), disputed,
                milestone("after", "2025"));

        assertEquals(1, store.columns().nextWithClaims(0));
        assertEquals(-1, store.columns().nextWithClaims(2));
        assertEquals(List.of("disputed"), Conflicts.of(store).stream().map(Conflict::eventId).toList());
    }

    @Test
    void aStoreThatNamesNoSubjectFollowsTheCompanyMostEventsAreAbout() {
        Event buyerEarly = new Event("b1", EventType.MILESTONE, PartialDate.parse("2020"), null, "buyer", "b1", null,
                List.of(), List.of(Citation.of("src")), FieldValues.empty());
        Event buyerLate = new Event("b2", EventType.MILESTONE, PartialDate.parse("2021"), null, "buyer", "b2", null,
                List.of(), List.of(Citation.of("src")), FieldValues.empty());
        EventStore base = TestEvents.store();

        EventStore store = new EventStore("No subject", null, base.entities(), base.sources(),
                List.of(milestone("a1", "2019"), buyerEarly, milestone("a2", "2022"), buyerLate, milestone("a3", "2023")));
        EventStore tied = new EventStore("No subject", null, base.entities(), base.sources(),
                List.of(buyerLate, milestone("a1", "2019")));

        assertEquals("acme", store.subjectId());
        assertEquals("buyer", tied.subjectId(), "of two companies with one event each, the first named");
        assertEquals("", new EventStore("Empty", null, List.of(), List.of(), List.of()).subjectId());
    }
}
