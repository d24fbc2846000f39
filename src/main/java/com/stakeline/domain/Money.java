package com.stakeline.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money in one currency, as a source states it.
 *
 * @param value the amount, zero or more
 * @param currency the ISO 4217 code, such as {@code USD}
 * @param approx whether the source gives the amount as an approximation ("about $14B")
 */
public record Money(BigDecimal value, String currency, boolean approx) {

    /** Checks the amount is not negative. */
    public Money {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("money cannot be negative: " + value);
        }
    }

    /** An exact amount. */
    public static Money of(String value, String currency) {
        return new Money(new BigDecimal(value), currency, false);
    }

    /** The same amount, marked approximate. */
    public Money approximate() {
        return new Money(value, currency, true);
    }
}
