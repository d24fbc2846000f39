package com.stakeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    @ParameterizedTest
    @CsvSource({
            "14300000000, USD, false, $14.3B",
            "14000000000, USD, true, ~$14B",
            "29000000000, USD, false, $29B",
            "850000000, EUR, false, €850M",
            "2500000, CHF, false, CHF 2.5M",
            "1234567, USD, false, $1.23M",
            "999, GBP, false, £999",
            "4000000000000, USD, false, $4T"})
    void moneyReadsTheWayAnalystsWriteIt(String value, String currency, boolean approx, String expected) {
        assertEquals(expected, Formats.money(new Money(new BigDecimal(value), currency, approx)));
    }

    @ParameterizedTest
    @CsvSource({"49, false, 49%", "49.31, false, 49.3%", "49, true, ~49%", "100.00, false, 100%"})
    void percentagesShowOneDecimalAtMost(String value, boolean approx, String expected) {
        assertEquals(expected, Formats.percent(new BigDecimal(value), approx));
    }
}
