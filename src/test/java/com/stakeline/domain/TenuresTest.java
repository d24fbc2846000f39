package com.stakeline.domain;

import static com.stakeline.domain.LeadershipChangeKind.APPOINTED;
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

class TenuresTest {

    private final Tenures tenures = Tenures.of(store(
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
    void aDepartureWithNoKnownAppointmentHasAnUnknownStart() {
        Tenure cso = tenures.all().stream().filter(t -> t.isRole("Chief Strategy Officer")).findFirst().orElseThrow();
        assertNull(cso.start());
        assertTrue(cso.heldOn(LocalDate.of(2020, 1, 1)));
        assertFalse(cso.heldOn(LocalDate.of(2025, 6, 1)));
    }

    @Test
    void theInterimSuccessorHoldsTheRoleFromTheMonthOfTheHandover() {
        assertEquals(List.of("ann"), holders("CEO", LocalDate.of(2025, 5, 31)));
        assertEquals(List.of("bob"), holders("CEO", LocalDate.of(2025, 6, 15)));
        assertTrue(tenures.holdersOf("CEO", LocalDate.of(2025, 6, 15)).get(0).interim());
    }

    @Test
    void anOpenTenureLastsToToday() {
        assertEquals(List.of("bob"), holders("CEO", LocalDate.now()));
    }

    @Test
    void aHandoverInTheSameMonthIsNeitherGapNorOverlap() {
        assertEquals(List.of(), tenures.issues());
    }

    @Test
    void monthsWithNobodyInTheRoleAreAGap() {
        Tenures gap = Tenures.of(store(
                leadership("a", "2020", "ann", "CEO", APPOINTED),
                leadership("b", "2021-03", "ann", "CEO", DEPARTED),
                leadership("c", "2021-07", "bob", "CEO", APPOINTED)), "acme");
        assertEquals(List.of(TenureIssue.Kind.GAP), gap.issues().stream().map(TenureIssue::kind).toList());
    }

    @Test
    void twoPeopleInOneRoleAtOnceAreAnOverlap() {
        Tenures overlap = Tenures.of(store(
                leadership("a", "2020", "ann", "CEO", APPOINTED),
                leadership("c", "2021-07", "bob", "CEO", APPOINTED)), "acme");
        assertEquals(List.of(TenureIssue.Kind.OVERLAP), overlap.issues().stream().map(TenureIssue::kind).toList());
        assertEquals(2, overlap.holdersOf("ceo", LocalDate.of(2022, 1, 1)).size());
    }

    private List<String> holders(String role, LocalDate day) {
        return tenures.holdersOf(role, day).stream().map(Tenure::personId).toList();
    }
}
