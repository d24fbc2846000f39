package com.stakeline.domain;

import static com.stakeline.domain.TestEvents.event;
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
    void stakesSummingPastTheWholeFailOnTheEventThatTipsThem() {
        List<CheckResult> failures = ConsistencyChecks.failures(store(
                stake("a", "2024", "meta", "60"), stake("b", "2025", "fund", "45")));
        assertEquals(List.of("b"), failures.stream().map(CheckResult::eventId).toList());
        assertEquals("known stakes sum to 105% as of 2025, past 100%", failures.get(0).description());
    }
}
