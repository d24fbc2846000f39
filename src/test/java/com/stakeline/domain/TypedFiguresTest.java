package com.stakeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypedFiguresTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "14.3B | 14300000000 | USD | false",
            "$14,300,000,000 | 14300000000 | USD | false",
            "950M | 950000000 | USD | false",
            "~14B | 14000000000 | USD | true",
            "about $29 billion | 29000000000 | USD | true",
            "EUR 2.5bn | 2500000000 | EUR | false",
            "€40m | 40000000 | EUR | false",
            "1.5 GBP | 1.5 | GBP | false",
            "250k | 250000 | USD | false",
            "0 | 0 | USD | false"})
    void moneyIsReadAsReportsWriteIt(String typed, String value, String currency, boolean approx) {
        TypedFigures.Reading<Money> reading = TypedFigures.money(typed, "USD");
        Money money = (Money) assertInstanceOf(TypedFigures.Read.class, reading, reading.toString()).value();
        assertEquals(new Money(new BigDecimal(value), currency, approx), money);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fourteen billion | 'fourteen billion' is not an amount",
            "$14B EUR | names two currencies, $ and EUR",
            "-5M | '-5M' is not an amount"})
    void textThatIsNoAmountSaysWhy(String typed, String message) {
        TypedFigures.Reading<Money> reading = TypedFigures.money(typed, "USD");
        assertTrue(assertInstanceOf(TypedFigures.Unreadable.class, reading).message().startsWith(message),
                reading.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"49 | 49 | false", "49% | 49 | false", "~49% | 49 | true",
            "40.50 | 40.5 | false", "about 12 % | 12 | true"})
    void percentagesAreReadWithOrWithoutTheSign(String typed, String value, boolean approx) {
        TypedFigures.Reading<BigDecimal> reading = TypedFigures.percent(typed);
        assertEquals(new BigDecimal(value), ((TypedFigures.Read<BigDecimal>) reading).value());
        assertEquals(approx, TypedFigures.isApproximate(typed));
        assertInstanceOf(TypedFigures.Unreadable.class, TypedFigures.percent("half"));
    }
}
