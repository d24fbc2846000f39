package com.stakeline.domain;

import static com.stakeline.domain.TestEvents.round;
import static com.stakeline.domain.TestEvents.stake;
import static com.stakeline.domain.TestEvents.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnershipTest {

    private final EventStore store = store(
            round("series-a", "2024-05", "1000000000", "14000000000"),
            stake("fund-stake", "2024-05", "fund", "10"),
            stake("meta-stake", "2025-06", "meta", "49"),
            stake("fund-exit", "2025-09-01", "fund", "0"));
    private final Ownership ownership = new Ownership(store);

    @Test
    void beforeAnyStakeEverythingIsUndisclosed() {
        OwnershipSnapshot snapshot = ownership.asOf("acme", LocalDate.of(2024, 4, 30));
        assertEquals(List.of(), snapshot.stakes());
        assertEquals(0, snapshot.undisclosedPercent().compareTo(BigDecimal.valueOf(100)));
    }

    @Test
    void aMonthDatedStakeCountsFromTheFirstOfTheMonth() {
        OwnershipSnapshot snapshot = ownership.asOf("acme", LocalDate.of(2025, 6, 1));
        assertEquals(List.of("meta", "fund"), snapshot.stakes().stream().map(Stake::holderId).toList());
        assertEquals(0, snapshot.undisclosedPercent().compareTo(BigDecimal.valueOf(41)));
    }

    @Test
    void eachStakeIsWorthItsShareOfTheLatestPostMoney() {
        OwnershipSnapshot snapshot = ownership.asOf("acme", LocalDate.of(2025, 6, 30));
        Money metaValue = snapshot.stakeOf("meta").orElseThrow().implied().orElseThrow();
        assertEquals(0, metaValue.value().compareTo(new BigDecimal("6860000000")));
        assertEquals("USD", metaValue.currency());
    }

    @Test
    void aStakeOfZeroEndsTheHolding() {
        OwnershipSnapshot snapshot = ownership.asOf("acme", LocalDate.of(2025, 9, 1));
        assertTrue(snapshot.stakeOf("fund").isEmpty());
        assertEquals(0, snapshot.undisclosedPercent().compareTo(BigDecimal.valueOf(51)));
    }

    @Test
    void aWholeAcquisitionLeavesTheAcquirerWithEverything() {
        Event buyout = TestEvents.event("buyout", EventType.ACQUISITION, "2026",
                FieldValues.builder().put(Field.ACQUIRER, "meta").build());
        OwnershipSnapshot snapshot = new Ownership(store(stake("fund-stake", "2024", "fund", "10"), buyout))
                .asOf("acme", LocalDate.of(2026, 12, 31));
        assertEquals(List.of("meta"), snapshot.stakes().stream().map(Stake::holderId).toList());
        assertEquals(0, snapshot.undisclosedPercent().signum());
    }

    @Test
    void eventsAboutOtherCompaniesDoNotChangeOwnership() {
        assertTrue(ownership.asOf("meta", LocalDate.of(2030, 1, 1)).stakes().isEmpty());
    }
}
