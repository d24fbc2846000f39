package com.stakeline.domain;

import static com.stakeline.domain.TestEvents.event;
import static com.stakeline.domain.TestEvents.leadership;
import static com.stakeline.domain.TestEvents.pricedStake;
import static com.stakeline.domain.TestEvents.stake;
import static com.stakeline.domain.TestEvents.store;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConsistencyChecksTest {

    @ParameterizedTest(name = "{0} for {1} at {2} post-money: passes {3}")
    @CsvSource({
            "49, 14300000000, 29000000000, true, '$14.3B ÷ $29B = 49.3% against the stated 49%, within 1.5 points'",
            "47.9, 14300000000, 29000000000, true, '$14.3B ÷ $29B = 49.3% against the stated 47.9%, within 1.5 points'",
            "47.7, 14300000000, 29000000000, false, '$14.3B ÷ $29B = 49.3% against the stated 47.7%, more than 1.5 points'"})
    void theStakeImpliedByPriceMustMatchTheStatedStake(String stated, String amount, String postMoney, boolean passes,
                                                     String description) {
        Event deal = event("deal", EventType.STAKE_ACQUISITION, "2025-06", FieldValues.builder()
                .put(Field.ACQUIRER, "meta").put(Field.STAKE_PERCENT, new BigDecimal(stated))
                .put(Field.AMOUNT, Money.of(amount, "USD")).put(Field.POST_MONEY, Money.of(postMoney, "USD")).build());
        CheckResult result = ConsistencyChecks.run(store(deal)).stream()
                .filter(check -> check.kind() == CheckResult.Kind.STAKE_FROM_PRICE).findFirst().orElseThrow();
        assertEquals(passes, result.passed());
        assertEquals(description, result.description());
    }

    @ParameterizedTest(name = "{0} + {1} against {2}: passes {3}")
    @CsvSource({"100, 10, 110, true", "100, 10, 112, true", "100, 10, 113, false"})
    void preMoneyPlusAmountMustMatchPostMoneyWithinTwoPercent(String pre, String amount, String post, boolean passes) {
        Event round = event("round", EventType.FUNDING_ROUND, "2024", FieldValues.builder()
                .put(Field.ROUND, "A").put(Field.AMOUNT, Money.of(amount, "USD"))
                .put(Field.PRE_MONEY, Money.of(pre, "USD")).put(Field.POST_MONEY, Money.of(post, "USD")).build());
        List<CheckResult> results = ConsistencyChecks.run(store(round));
        assertEquals(List.of(passes), results.stream().map(CheckResult::passed).toList());
    }

    @Test
    void aSecondTrancheIsPricedAgainstTheIncreaseItBought() {
        List<CheckResult> prices = ConsistencyChecks.run(store(
                pricedStake("first", "2020", "fund", "10", "100000000", "1000000000"),
                pricedStake("second", "2021", "fund", "20", "100000000", "1000000000"))).stream()
                .filter(check -> check.kind() == CheckResult.Kind.STAKE_FROM_PRICE).toList();
        assertEquals(List.of(true, true), prices.stream().map(CheckResult::passed).toList());
        assertEquals("$100M ÷ $1B = 10% against the increase from 10% to 20% (10 points), within 1.5 points",
                prices.get(1).description());
    }

    @Test
    void aSaleFromTheFounderDoesNotPushTheStakesPastTheWhole() {
        EventStore sale = store(
                stake("founding-stake", "2016", "founder", "60"),
                stake("sale", "2025-06", "buyer", "49", FieldValues.builder()
                        .put(Field.SELLERS, new EntityList(List.of("founder")))));
        assertEquals(List.of(), ConsistencyChecks.failures(sale));
    }

    @Test
    void aSellerCannotGiveUpMoreThanItHeld() {
        List<CheckResult> failures = ConsistencyChecks.failures(store(
                stake("founding-stake", "2016", "founder", "30"),
                stake("sale", "2025-06", "buyer", "49", FieldValues.builder()
                        .put(Field.SELLERS, new EntityList(List.of("founder"))))));
        assertEquals(List.of("Fay Founder sold 49 points but held 30% just before"),
                failures.stream().map(CheckResult::description).toList());
    }

    @Test
    void aProfitInterestIsNeitherSummedWithEquityNorPricedAsEquity() {
        EventStore mixed = store(
                stake("owner", "2020", "meta", "100"),
                stake("interest", "2021", "fund", "49", FieldValues.builder().put(Field.BASIS, "profit interest")
                        .put(Field.AMOUNT, Money.of("1000000", "USD")).put(Field.POST_MONEY, Money.of("1000000000", "USD"))));
        assertEquals(List.of(), ConsistencyChecks.failures(mixed));
        assertEquals(List.of("known profit interest stakes sum to 49% as of 2021"),
                ConsistencyChecks.run(mixed, mixed.event("interest").orElseThrow()).stream()
                        .map(CheckResult::description).toList());
    }

    @Test
    void twoPeopleInAOneHolderRoleAtOnceAreAWarningOnTheLaterTenure() {
        Event ann = new Event("ann-ceo", EventType.LEADERSHIP_CHANGE, PartialDate.parse("2018"), PartialDate.parse("2022"),
                "acme", "Ann leads", null, List.of(), List.of(Citation.of("src")), FieldValues.builder()
                .put(Field.PERSON, "ann").put(Field.ROLE, "CEO").put(Field.CHANGE, LeadershipChangeKind.APPOINTED).build());
        List<CheckResult> failures = ConsistencyChecks.failures(store(ann,
                leadership("bob-ceo", "2020-03", "bob", "Chief Executive Officer", LeadershipChangeKind.APPOINTED)));
        assertEquals(List.of("bob-ceo: two holders of CEO at once: Ann Lee until 2022, and Bob Roy from March 2020"),
                failures.stream().map(check -> check.eventId() + ": " + check.description()).toList());
    }

    @Test
    void anOverlapIsListedAtItsEventAmongTheOtherChecksAndWhenItsEventAloneIsChecked() {
        Event ann = new Event("ann-ceo", EventType.LEADERSHIP_CHANGE, PartialDate.parse("2018"), PartialDate.parse("2022"),
                "acme", "Ann leads", null, List.of(), List.of(Citation.of("src")), FieldValues.builder()
                .put(Field.PERSON, "ann").put(Field.ROLE, "CEO").put(Field.CHANGE, LeadershipChangeKind.APPOINTED).build());
        Event bob = leadership("bob-ceo", "2020-03", "bob", "Chief Executive Officer", LeadershipChangeKind.APPOINTED);
        EventStore store = store(stake("d", "2021", "other", "10"), bob, ann, stake("a", "2019-01", "meta", "60"),
                stake("c", "2019-06", "fund", "45"));

        assertEquals(List.of("c", "bob-ceo", "d"),
                ConsistencyChecks.failures(store).stream().map(CheckResult::eventId).toList());
        assertEquals(List.of(CheckResult.Kind.ONE_HOLDER_AT_A_TIME),
                ConsistencyChecks.run(store, bob).stream().map(CheckResult::kind).toList());
    }

    @Test
    void stakesSummingPastTheWholeFailOnTheEventThatTipsThem() {
        List<CheckResult> failures = ConsistencyChecks.failures(store(
                stake("a", "2024", "meta", "60"), stake("b", "2025", "fund", "45")));
        assertEquals(List.of("b"), failures.stream().map(CheckResult::eventId).toList());
        assertEquals("known stakes sum to 105% as of 2025, past 100%", failures.get(0).description());
    }
}
