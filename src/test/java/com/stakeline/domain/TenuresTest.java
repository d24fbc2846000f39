package com.stakeline.domain;

import static com.stakeline.domain.LeadershipChangeKind.APPOINTED;
import static com.stakeline.domain.LeadershipChangeKind.CONTINUES;
import static com.stakeline.domain.LeadershipChangeKind.DEPARTED;
import static com.stakeline.domain.LeadershipChangeKind.INTERIM_APPOINTED;
import static com.stakeline.domain.TestEvents.leadership;
import static com.stakeline.domain.TestEvents.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenuresTest {

    private static final Event FOUNDED = TestEvents.event("founded", EventType.FOUNDING, "2016", FieldValues.empty());

    private final Tenures tenures = Tenures.of(store(
            FOUNDED,
            leadership("ann-ceo", "2016", "ann", "CEO", APPOINTED),
            leadership("ann-leaves", "2025-06", "ann", "CEO", DEPARTED),
            leadership("bob-leaves-cso", "2025-06", "bob", "Chief Strategy Officer", DEPARTED),
            leadership("bob-interim", "2025-06", "bob", "ceo", INTERIM_APPOINTED)), "acme");

    @Test
    void anAppointmentAndADepartureMakeOneTenure() {
        Tenure ann = tenures.all().stream().filter(t -> t.personId().equals("ann")).findFirst().orElseThrow();
        assertEquals("2016", ann.start().toString());
        assertEquals("2025-06", ann.end().toString());
        assertFalse(ann.interim());
    }

    @Test
    void anUnknownStartCountsFromTheFoundingAndIsShownHeldOnlyByTheDeparture() {
        Tenure cso = tenures.all().stream().filter(t -> t.isRole("Chief Strategy Officer")).findFirst().orElseThrow();
        assertNull(cso.start());
        assertEquals("2025-06", cso.heldBy().toString());
        assertFalse(cso.heldOn(LocalDate.of(2015, 12, 31)), "nobody held a role before the company existed");
        assertTrue(cso.heldOn(LocalDate.of(2020, 1, 1)));
        assertFalse(cso.heldOn(LocalDate.of(2025, 6, 1)));
    }

    @Test
    void withoutAFoundingAnUnknownStartCountsFromTheStoresFirstEvent() {
        Tenures noFounding = Tenures.of(store(
                TestEvents.milestone("first-news", "2019-04"),
                leadership("chair-leaves", "2024", "ann", "Chair", DEPARTED)), "acme");
        Tenure chair = noFounding.all().get(0);
        assertFalse(chair.heldOn(LocalDate.of(2010, 1, 1)));
        assertTrue(chair.heldOn(LocalDate.of(2019, 4, 1)));
    }

    @Test
    void theInterimSuccessorHoldsTheRoleFromTheMonthOfTheHandover() {
        assertEquals(List.of("ann"), holders(tenures, "CEO", LocalDate.of(2025, 5, 31)));
        assertEquals(List.of("bob"), holders(tenures, "CEO", LocalDate.of(2025, 6, 15)));
        assertTrue(tenures.holdersOf("CEO", LocalDate.of(2025, 6, 15)).get(0).interim());
    }

    @Test
    void anOpenTenureLastsToToday() {
        assertEquals(List.of("bob"), holders(tenures, "CEO", LocalDate.now()));
    }

    @Test
    void anEndDateOnTheAppointmentEndsTheTenure() {
        Event term = new Event("ann-term", EventType.LEADERSHIP_CHANGE, PartialDate.parse("2018"),
                PartialDate.parse("2021"), "acme", "Ann is CEO 2018 to 2021", null, List.of(),
                List.of(Citation.of("src")), FieldValues.builder().put(Field.PERSON, "ann").put(Field.ROLE, "CEO")
                .put(Field.CHANGE, APPOINTED).build());
        Tenures ended = Tenures.of(store(term), "acme");
        assertEquals(List.of("ann"), holders(ended, "CEO", LocalDate.of(2020, 6, 1)));
        assertEquals(List.of(), holders(ended, "CEO", LocalDate.of(2023, 1, 1)));
    }

    @Test
    void appointingANewCeoEndsThePreviousOne() {
        Tenures three = Tenures.of(store(
                leadership("a", "2010", "ann", "CEO", APPOINTED),
                leadership("b", "2014-03", "bob", "Chief Executive Officer", APPOINTED),
                leadership("c", "2019-07-01", "founder", "CEO", APPOINTED)), "acme");
        for (int year = 2010; year <= 2026; year++) {
            assertEquals(1, three.holdersOf("CEO", LocalDate.of(year, 12, 31)).size(), "CEOs in " + year);
        }
        assertEquals(List.of("bob"), holders(three, "CEO", LocalDate.of(2019, 6, 30)));
        assertEquals(List.of(), three.overlaps());
    }

    @Test
    void aDirectorsAppointmentEndsNoOtherDirector() {
        Tenures board = Tenures.of(store(
                leadership("a", "2010", "ann", "Board director", APPOINTED),
                leadership("b", "2014", "bob", "Board director", APPOINTED)), "acme");
        assertEquals(List.of("ann", "bob"), holders(board, "Board director", LocalDate.of(2015, 1, 1)));
        assertEquals(List.of(), board.overlaps());
    }

    @Test
    void aDepartureAfterTheSuccessorsAppointmentIsATrueOverlap() {
        Tenures late = Tenures.of(store(
                leadership("a", "2016", "ann", "CEO", APPOINTED),
                leadership("b", "2020-01", "bob", "CEO", APPOINTED),
                leadership("c", "2020-06", "ann", "CEO", DEPARTED)), "acme");
        List<TenureOverlap> overlaps = late.overlaps();
        assertEquals(1, overlaps.size());
        assertEquals("ann", overlaps.get(0).earlier().personId());
        assertEquals("2020-06", overlaps.get(0).earlier().end().toString());
        assertEquals("bob", overlaps.get(0).later().personId());
    }

    @Test
    void aHandoverInTheSameMonthIsNoOverlap() {
        assertEquals(List.of(), tenures.overlaps());
    }

    @Test
    void anUnknownStartComesAfterThePersonsPreviousTenureOfTheRoleEnded() {
        Tenures twice = Tenures.of(store(FOUNDED,
                leadership("first-exit", "2018", "ann", "Board director", DEPARTED),
                leadership("second-exit", "2022", "ann", "Board director", DEPARTED)), "acme");
        assertEquals(List.of("ann"), holders(twice, "Board director", LocalDate.of(2017, 6, 1)),
                "before the first exit she holds one seat, not one for each exit");
        assertEquals(LocalDate.of(2018, 1, 1), twice.all().get(1).earliestStart());
    }

    @Test
    void inAOneHolderRoleAnUnknownStartComesAfterTheEarlierHolderLeft() {
        Tenures after = Tenures.of(store(FOUNDED,
                leadership("bob-ceo", "2017", "bob", "CEO", APPOINTED),
                leadership("bob-exit", "2020-03", "bob", "CEO", DEPARTED),
                leadership("ann-exit", "2024", "ann", "CEO", DEPARTED)), "acme");
        assertEquals(List.of("bob"), holders(after, "CEO", LocalDate.of(2019, 1, 1)));
        assertEquals(List.of("ann"), holders(after, "CEO", LocalDate.of(2021, 1, 1)));
        assertEquals(List.of(), after.overlaps());
    }

    @Test
    void aContinuingRoleHasAnUnknownStartAndStaysOpen() {
        Tenures kept = Tenures.of(store(FOUNDED,
                leadership("keeps-seat", "2025-06", "ann", "Board director", CONTINUES)), "acme");
        Tenure seat = kept.all().get(0);
        assertNull(seat.start());
        assertEquals("2025-06", seat.heldBy().toString());
        assertTrue(seat.heldOn(LocalDate.of(2030, 1, 1)));
        assertFalse(seat.heldOn(LocalDate.of(2015, 1, 1)));
    }

    @Test
    void aContinuingRoleOfAnOpenTenureChangesNothing() {
        Tenures same = Tenures.of(store(
                leadership("a", "2018", "ann", "Board director", APPOINTED),
                leadership("b", "2025-06", "ann", "Board director", CONTINUES)), "acme");
        assertEquals(1, same.all().size());
        assertEquals("2018", same.all().get(0).start().toString());
    }

    @ParameterizedTest(name = "{0}: one holder {1}")
    @CsvSource({"CEO, true", "Chief Executive Officer, true", "interim CEO, true", "Chair, true", "Chairman, true",
            "President, true", "CFO, true", "Chief Strategy Officer, true", "CHRO, true", "Co-CEO, false",
            "Board director, false", "Vice President, false", "General counsel, false"})
    void oneHolderRolesAreTheChiefOfficersChairAndPresident(String role, boolean oneHolder) {
        assertEquals(oneHolder, Roles.oneHolder(role));
    }

    private static List<String> holders(Tenures tenures, String role, LocalDate day) {
        return tenures.holdersOf(role, day).stream().map(Tenure::personId).toList();
    }
}
