package com.stakeline.domain;

import static com.stakeline.domain.LeadershipChangeKind.APPOINTED;
import static com.stakeline.domain.LeadershipChangeKind.DEPARTED;
import static com.stakeline.domain.TestEvents.leadership;
import static com.stakeline.domain.TestEvents.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.RoleHistory.DaySpan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleHistoryTest {

    @Test
    void aCeoReplacedTwiceWithinAWeekHasThreeTenuresAndNoGapOrOverlap() {
        List<RoleHistory> roles = RoleHistory.of(Tenures.of(store(
                leadership("ann-ceo", "2015-01-01", "ann", "CEO", APPOINTED),
                leadership("ann-leaves", "2022-02-07", "ann", "CEO", DEPARTED),
                leadership("bob-ceo", "2022-02-07", "bob", "Interim CEO", APPOINTED),
                leadership("cole-ceo", "2022-02-11", "cole", "Chief Executive Officer", APPOINTED)), "acme"));

        assertEquals(1, roles.size(), "one role, however it is spelt");
        RoleHistory ceo = roles.get(0);
        assertEquals(List.of("ann", "bob", "cole"), ceo.tenures().stream().map(Tenure::personId).toList());
        assertEquals(List.of(), ceo.vacancies());
        assertEquals(List.of(), ceo.overlaps());
    }

    @Test
    void aSuccessorNamedMonthsAfterADepartureLeavesTheRoleVacantBetween() {
        RoleHistory cfo = only(leadership("ann", "2015-01-01", "ann", "CFO", APPOINTED),
                leadership("ann-out", "2019-09-15", "ann", "CFO", DEPARTED),
                leadership("bob", "2020-03-02", "bob", "CFO", APPOINTED));

        assertEquals(List.of(new DaySpan(LocalDate.of(2019, 9, 15), LocalDate.of(2020, 3, 2))), cfo.vacancies());
    }

    @Test
    void aSuccessorNamedWithinTheMonthOfAnUnexactDepartureIsNoVacancy() {
        RoleHistory cfo = only(leadership("ann", "2015-01-01", "ann", "CFO", APPOINTED),
                leadership("ann-out", "2019-09", "ann", "CFO", DEPARTED),
                leadership("bob", "2019-09-20", "bob", "CFO", APPOINTED));

        assertEquals(List.of(), cfo.vacancies(), "she may have left on the 19th");
    }

    @Test
    void aRoleItsLastHolderLeftStaysVacant() {
        RoleHistory chair = only(leadership("ann", "2015-01-01", "ann", "Chair", APPOINTED),
                leadership("ann-out", "2024-06-01", "ann", "Chair", DEPARTED));

        assertEquals(List.of(new DaySpan(LocalDate.of(2024, 6, 1), null)), chair.vacancies());
        assertTrue(chair.vacancies().get(0).contains(LocalDate.of(2030, 1, 1)));
        assertFalse(chair.vacancies().get(0).contains(LocalDate.of(2024, 5, 31)));
    }

    @Test
    void aDepartureAfterTheSuccessorsAppointmentOverlapsUntilTheDeparture() {
        RoleHistory ceo = only(leadership("a", "2016", "ann", "CEO", APPOINTED),
                leadership("b", "2020-01", "bob", "CEO", APPOINTED),
                leadership("c", "2020-06", "ann", "CEO", DEPARTED));

        assertEquals(List.of(new DaySpan(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 1))), ceo.overlaps());
        assertEquals(List.of(), ceo.vacancies());
    }

    @Test
    void directorsSittingTogetherAreNoOverlap() {
        RoleHistory board = only(leadership("a", "2010", "ann", "Board director", APPOINTED),
                leadership("b", "2014", "bob", "Board director", APPOINTED));

        assertFalse(board.oneHolder());
        assertEquals(List.of(), board.overlaps());
        assertEquals(2, board.tenures().size());
    }

    private static RoleHistory only(Event... events) {
        List<RoleHistory> roles = RoleHistory.of(Tenures.of(store(events), "acme"));
        assertEquals(1, roles.size());
        return roles.get(0);
    }
}
