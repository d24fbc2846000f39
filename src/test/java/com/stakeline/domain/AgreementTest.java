package com.stakeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementTest {

    @ParameterizedTest(name = "{0} (approx {1}) vs {2} (approx {3}): {4}")
    @CsvSource({
            "14000000000, true, 13800000000, false, true",
            "14000000000, true, 13300000000, false, true",
            "14000000000, true, 13200000000, false, false",
            "13800000000, false, 14000000000, true, true",
            "14000000000, false, 13800000000, false, false",
            "500000000000, true, 490000000000, false, true",
            "10000000000, true, 5000000000, false, false",
            "10000000000, true, 10500000000, false, true",
            "1000000000000, true, 500000000000, false, false",
            "29000000000, false, 29000000000, true, true",
            "14300000000, false, 14000000000, true, true",
            "0, true, 1, false, false"})
    void approximateAmountsAgreeWithinTheirSecondDigitOrFivePercent(String a, boolean aApprox, String b,
                                                                   boolean bApprox, boolean agree) {
        assertEquals(agree, Agreement.amountsAgree(new BigDecimal(a), aApprox, new BigDecimal(b), bApprox));
    }

    @ParameterizedTest(name = "tolerance of ~{0} is {1}")
    @CsvSource({"14000000000, 700000000", "500000000000, 25000000000", "10000000000, 500000000",
            "1000000000000, 50000000000", "1200, 60", "3, 0.15"})
    void theToleranceIsTheWiderOfHalfTheSecondDigitAndFivePercent(String approx, String tolerance) {
        assertEquals(0, new BigDecimal(tolerance).compareTo(Agreement.amountTolerance(new BigDecimal(approx))));
    }

    @ParameterizedTest(name = "{0}% (approx {1}) vs {2}%: {3}")
    @CsvSource({
            "49, true, 49.3, true",
            "49, true, 50, true",
            "49, true, 50.5, false",
            "49, false, 49.3, false",
            "0, true, 0.4, true",
            "10, true, 5, false"})
    void anApproximatePercentageAgreesWithinOnePoint(String a, boolean aApprox, String b, boolean agree) {
        assertEquals(agree, Agreement.percentagesAgree(new BigDecimal(a), aApprox, new BigDecimal(b), false));
    }

    @ParameterizedTest
    @CsvSource({
            "2024-05, 2024, true",
            "2024-05, 2024-05-20, true",
            "2024-05, 2023, false",
            "2024-05, 2024-06, false"})
    void aCoarseDateAgreesWithTheDatesInsideIt(String accepted, String claimed, boolean agree) {
        assertEquals(agree, Agreement.agree(PartialDate.parse(accepted), false, PartialDate.parse(claimed), false));
    }

    @ParameterizedTest
    @CsvSource({"USD, USD, true", "USD, EUR, false"})
    void moneyInAnotherCurrencyNeverAgrees(String a, String b, boolean agree) {
        assertEquals(agree, Agreement.agree(Money.of("100", a), false, Money.of("100", b), false));
    }
}
