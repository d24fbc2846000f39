package com.stakeline.domain;

import static com.stakeline.domain.TestEvents.pricedStake;
import static com.stakeline.domain.TestEvents.round;
import static com.stakeline.domain.TestEvents.roundFromPreMoney;
import static com.stakeline.domain.TestEvents.stake;
import static com.stakeline.domain.TestEvents.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnershipTest {

    private static final LocalDate LATER = LocalDate.of(2030, 1, 1);

    private final EventStore store = store(
            round("series-a", "2024-05", "1000000000", "14000000000"),
            stake("fund-stake", "2024-05", "fund", "10"),
            stake("meta-stake", "2025-06", "meta", "49"),
            stake("fund-exit", "2025-09-01", "fund", "0"));

    private static OwnershipSnapshot asOf(EventStore store, LocalDate day) {
        return Ownership.asOf(store, "acme", day);
    }

    private static BigDecimal percentOf(OwnershipSnapshot snapshot, String holder) {
        return snapshot.stakeOf(holder).orElseThrow().percent();
    }

    @Test
    void beforeAnyStakeEverythingIsUndisclosed() {
        OwnershipSnapshot snapshot = asOf(store, LocalDate.of(2024, 4, 30));
        assertEquals(List.of(), snapshot.stakes());
        assertEquals(0, snapshot.undisclosedPercent().compareTo(BigDecimal.valueOf(100)));
    }

    @Test
    void aMonthDatedStakeCountsFromTheFirstOfTheMonth() {
        OwnershipSnapshot snapshot = asOf(store, LocalDate.of(2025, 6, 1));
        assertEquals(List.of("meta", "fund"), snapshot.stakes().stream().map(Stake::holderId).toList());
        assertEquals(0, snapshot.undisclosedPercent().compareTo(BigDecimal.valueOf(41)));
    }

    @Test
    void eachEquityStakeIsWorthItsShareOfTheLatestPostMoney() {
        Money metaValue = asOf(store, LocalDate.of(2025, 6, 30)).stakeOf("meta").orElseThrow().worth().orElseThrow();
        assertEquals(0, metaValue.value().compareTo(new BigDecimal("6860000000")));
        assertEquals("USD", metaValue.currency());
    }

    @Test
    void aStakeOfZeroEndsTheHolding() {
        OwnershipSnapshot snapshot = asOf(store, LocalDate.of(2025, 9, 1));
        assertTrue(snapshot.stakeOf("fund").isEmpty());
        assertEquals(0, snapshot.undisclosedPercent().compareTo(BigDecimal.valueOf(51)));
    }

    @Test
    void aWholeAcquisitionLeavesTheAcquirerWithEverything() {
        Event buyout = TestEvents.event("buyout", EventType.ACQUISITION, "2026",
                FieldValues.builder().put(Field.ACQUIRER, "meta").build());
        OwnershipSnapshot snapshot = asOf(store(stake("fund-stake", "2024", "fund", "10"), buyout), LATER);
        assertEquals(List.of("meta"), snapshot.stakes().stream().map(Stake::holderId).toList());
        assertEquals(0, snapshot.undisclosedPercent().signum());
    }

    @Test
    void eventsAboutOtherCompaniesDoNotChangeOwnership() {
        assertTrue(Ownership.asOf(store, "meta", LATER).stakes().isEmpty());
    }

    @Test
    void aSecondTrancheStatesTheWholeHolding() {
        OwnershipSnapshot snapshot = asOf(store(
                pricedStake("first", "2020", "fund", "10", "100000000", "1000000000"),
                pricedStake("second", "2021", "fund", "20", "100000000", "1000000000")), LATER);
        assertEquals(0, percentOf(snapshot, "fund").compareTo(BigDecimal.valueOf(20)));
        assertEquals("second", snapshot.stakeOf("fund").orElseThrow().eventId());
    }

    @Test
    void aSingleSellerGivesUpWhatTheBuyerGains() {
        OwnershipSnapshot snapshot = asOf(store(
                stake("founding-stake", "2016", "founder", "60"),
                stake("sale", "2025-06", "buyer", "49", FieldValues.builder()
                        .put(Field.SELLERS, new EntityList(List.of("founder"))))), LATER);
        Stake founder = snapshot.stakeOf("founder").orElseThrow();
        assertEquals(0, founder.percent().compareTo(BigDecimal.valueOf(11)));
        assertEquals(Stake.Statement.AFTER_SALE, founder.statement());
        assertEquals(0, snapshot.knownPercent(Ownership.EQUITY).compareTo(BigDecimal.valueOf(60)));
        assertEquals(0, snapshot.undisclosedPercent().compareTo(BigDecimal.valueOf(40)));
    }

    @Test
    void severalSellersWithNoSplitAreReducedByAnUnknownAmountAndCountOnce() {
        OwnershipSnapshot snapshot = asOf(store(
                stake("a", "2016", "founder", "30"),
                stake("b", "2016", "cofounder", "30"),
                stake("sale", "2025-06", "buyer", "49", FieldValues.builder()
                        .put(Field.SELLERS, new EntityList(List.of("founder", "cofounder"))))), LATER);
        Stake founder = snapshot.stakeOf("founder").orElseThrow();
        assertEquals(Stake.Statement.REDUCED_BY_UNKNOWN, founder.statement());
        assertEquals("at most 30%", Formats.stakePercent(founder));
        assertTrue(founder.worth().isEmpty(), "a figure that is only an upper bound is not priced");
        assertEquals(0, snapshot.knownPercent(Ownership.EQUITY).compareTo(BigDecimal.valueOf(60)));
    }

    @Test
    void stakesOnAnotherBasisAreKeptApartAndNotPriced() {
        OwnershipSnapshot snapshot = asOf(store(
                round("round", "2019", "100000000", "1000000000"),
                stake("owner", "2020", "meta", "100"),
                stake("interest", "2021", "fund", "49", FieldValues.builder().put(Field.BASIS, "Profit interest"))),
                LATER);
        assertEquals(List.of("equity", "profit interest"), snapshot.bases());
        assertEquals(0, snapshot.knownPercent(Ownership.EQUITY).compareTo(BigDecimal.valueOf(100)));
        Stake interest = snapshot.stakesOn("profit interest").get(0);
        assertEquals(0, interest.percent().compareTo(BigDecimal.valueOf(49)));
        assertTrue(interest.worth().isEmpty());
        assertTrue(snapshot.stakeOf("fund").isEmpty(), "the equity view does not show the profit interest");
    }

    @Test
    void aLaterRoundDilutesAnEarlierStakeToAnImpliedFigure() {
        OwnershipSnapshot snapshot = asOf(store(
                pricedStake("investor-buys", "2020-03", "fund", "50", "50000000", "100000000"),
                roundFromPreMoney("series-b", "2021", "100000000", "400000000", "meta")), LATER);
        Stake fund = snapshot.stakeOf("fund").orElseThrow();
        assertEquals(0, fund.percent().compareTo(BigDecimal.valueOf(50)));
        assertEquals(1, fund.laterRounds());
        assertEquals(0, fund.implied().orElseThrow().compareTo(BigDecimal.valueOf(40)));
        assertEquals("as of March 2020, before 1 later round; implied 40% if it took no part", Formats.stakeNotes(fund));
        assertEquals(0, fund.worth().orElseThrow().value().compareTo(new BigDecimal("200000000")));
        assertTrue(fund.valueEstimate());
    }

    @Test
    void aHolderWhoJoinedTheLaterRoundHasNoImpliedStakeAndNoValue() {
        Stake fund = asOf(store(
                pricedStake("investor-buys", "2020-03", "fund", "50", "50000000", "100000000"),
                roundFromPreMoney("series-b", "2021", "100000000", "400000000", "fund")), LATER)
                .stakeOf("fund").orElseThrow();
        assertEquals(1, fund.laterRounds());
        assertNull(fund.impliedPercent());
        assertTrue(fund.worth().isEmpty());
    }

    @Test
    void aRoundInsideTheStakesMonthMayHaveComeFirstAndDoesNotDiluteIt() {
        Stake fund = asOf(store(
                stake("fund-holds", "2023-03", "fund", "20"),
                roundFromPreMoney("series-b", "2023-03-14", "40000000", "160000000")), LATER).stakeOf("fund").orElseThrow();
        assertEquals(0, fund.laterRounds());
        assertEquals("", Formats.stakeNotes(fund));
    }

    @Test
    void aRoundOnTheSameDayAsTheStakeDoesNotDiluteIt() {
        Stake fund = asOf(store(
                roundFromPreMoney("series-b", "2021-05", "100000000", "400000000"),
                stake("after-round", "2021-05", "fund", "20")), LATER).stakeOf("fund").orElseThrow();
        assertEquals(0, fund.laterRounds());
        assertFalse(fund.valueEstimate());
    }
}
