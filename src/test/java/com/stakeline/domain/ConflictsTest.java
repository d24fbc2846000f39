package com.stakeline.domain;

import static com.stakeline.domain.TestEvents.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictsTest {

    private static Event roundCitedBy(Citation... citations) {
        return event("round", EventType.FUNDING_ROUND, "2024-05", FieldValues.builder()
                .put(Field.ROUND, "A").put(Field.AMOUNT, Money.of("1000000000", "USD"))
                .put(Field.POST_MONEY, Money.of("14000000000", "USD").approximate()).build(), citations);
    }

    private static Citation says(FieldValues values) {
        return new Citation("other", values);
    }

    @Test
    void aSourceGivingAnotherYearIsAConflictOnTheDate() {
        Event round = roundCitedBy(Citation.of("src"), says(FieldValues.builder().put(Field.DATE, PartialDate.parse("2023")).build()));
        List<Conflict> conflicts = Conflicts.of(round);
        assertEquals(1, conflicts.size());
        assertEquals(Field.DATE, conflicts.get(0).field());
        assertEquals("other", conflicts.get(0).sourceId());
        assertEquals(PartialDate.parse("2023"), conflicts.get(0).claimed());
    }

    @Test
    void aFigureWithinTheApproximateValuesPrecisionIsNoConflict() {
        Event round = roundCitedBy(says(FieldValues.builder().put(Field.POST_MONEY, Money.of("13800000000", "USD")).build()));
        assertEquals(List.of(), Conflicts.of(round));
    }

    @Test
    void aFigureBeyondThePrecisionIsAConflict() {
        Event round = roundCitedBy(says(FieldValues.builder().put(Field.POST_MONEY, Money.of("12000000000", "USD")).build()));
        assertEquals(List.of(Field.POST_MONEY), Conflicts.of(round).stream().map(Conflict::field).toList());
    }

    @Test
    void anApproximateStakeClaimAgreesWithTheExactStake() {
        Event stake = event("stake", EventType.STAKE_ACQUISITION, "2025-06", FieldValues.builder()
                .put(Field.ACQUIRER, "meta").put(Field.STAKE_PERCENT, new BigDecimal("49.3")).build(),
                says(FieldValues.builder().put(Field.STAKE_PERCENT, new BigDecimal("49"))
                        .put(Field.STAKE_APPROX, true).build()));
        assertEquals(List.of(), Conflicts.of(stake));
    }
}
