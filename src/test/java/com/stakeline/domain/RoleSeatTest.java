package com.stakeline.domain;

import static com.stakeline.domain.TestEvents.leadership;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleSeatTest {

    private final Tenures tenures = Tenures.of(TestEvents.store(
            leadership("ann-ceo", "2015-01-01", "ann", "CEO", LeadershipChangeKind.APPOINTED),
            leadership("fay-board", "2015-01-01", "founder", "Board director", LeadershipChangeKind.APPOINTED),
            leadership("ann-leaves", "2022-02-07", "ann", "CEO", LeadershipChangeKind.DEPARTED),
            TestEvents.event("bob-interim", EventType.LEADERSHIP_CHANGE, "2022-02-07", FieldValues.builder()
                    .put(Field.PERSON, "bob").put(Field.ROLE, "Interim CEO")
                    .put(Field.CHANGE, LeadershipChangeKind.INTERIM_APPOINTED).put(Field.INTERIM, true).build()),
            leadership("cole-ceo", "2022-02-11", "cofounder", "Chief Executive Officer",
                    LeadershipChangeKind.APPOINTED),
            leadership("cole-leaves", "2024-06-01", "cofounder", "CEO", LeadershipChangeKind.DEPARTED)), "acme");

    @Test
    void aCeoReplacedTwiceWithinAWeekShowsEachHolderAndTheOneBefore() {
        assertEquals(List.of("CEO: ann, before: none", "Board director: founder, before: none"),
                seats(LocalDate.of(2020, 1, 1)));
        assertEquals(List.of("CEO: bob (interim), before: ann", "Board director: founder, before: none"),
                seats(LocalDate.of(2022, 2, 8)));
        assertEquals(List.of("CEO: cofounder, before: bob", "Board director: founder, before: none"),
                seats(LocalDate.of(2022, 2, 11)));
    }

    @Test
    void aOneHolderRoleNobodyHoldsAnyMoreIsVacantAndNamesItsLastHolder() {
        RoleSeat ceo = RoleSeat.on(RoleHistory.of(tenures), LocalDate.of(2025, 1, 1)).get(0);

        assertTrue(ceo.vacant());
        assertFalse(ceo.overlapping());
        assertEquals("cofounder", ceo.previousHolder().orElseThrow().personId());
    }

    @Test
    void rolesNotYetHeldAreNotListed() {
        assertTrue(RoleSeat.on(RoleHistory.of(tenures), LocalDate.of(2010, 1, 1)).isEmpty());
    }

    private List<String> seats(LocalDate day) {
        return RoleSeat.on(RoleHistory.of(tenures), day).stream()
                .map(seat -> seat.role() + ": " + String.join(", ", seat.holders().stream()
                        .map(tenure -> tenure.personId() + (tenure.interim() ? " (interim)" : "")).toList())
                        + ", before: " + seat.previousHolder().map(Tenure::personId).orElse("none"))
                .toList();
    }
}
