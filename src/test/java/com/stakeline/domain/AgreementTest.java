package com.stakeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementTest {

    @ParameterizedTest(name = "{0} (approx {1}) vs {2} (approx {3}): {4}")
    @CsvSource({
            "14000000000, true, 13800000000, false, true",
            "14000000000, true, 13400000000, false, false",
            "13800000000, false, 14000000000, true, true",
            "14000000000, false, 13800000000, false, false",
            "29000000000, false, 29000000000, true, true",
            "14300000000, false, 14000000000, true, true",
            "49, true, 49.3, false, true",
            "49, false, 49.3, false, false",
            "0, true, 0.4, false, false"})
    void approximateNumbersAgreeAtTheirPrecision(String a, boolean aApprox, String b, boolean bApprox, boolean agree) {
        assertEquals(agree, Agreement.numbersAgree(new BigDecimal(a), aApprox, new BigDecimal(b), bApprox));
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
