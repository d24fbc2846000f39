package com.stakeline.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One holder's stake in the company as of a date, on one basis, with how far the figure can be trusted.
 *
 * @param holderId the holder's entity id
 * @param basis what the stake is in, lower case: "equity" unless the event says otherwise
 * @param percent the holding as last stated (for {@link Statement#REDUCED_BY_UNKNOWN} an upper bound), 0 to 100
 * @param approx whether the source gives the holding approximately
 * @param statedOn the date of the event that last set it
 * @param eventId that event
 * @param statement how the figure was arrived at
 * @param laterRounds how many funding rounds began after the whole span of {@code statedOn}, by the as-of date
 * @param impliedPercent the stake after those rounds had the holder not taken part, or null when there were none or
 *                       when it cannot be worked out (a round without pre- and post-money, or one the holder joined)
 * @param value what the stake is worth at the latest post-money valuation, or null when that would mislead (not
 *              equity, no valuation, a stake reduced by an unknown amount, or later rounds of unknown effect)
 * @param valueEstimate whether {@code value} rests on the implied stake rather than a stated one
 */
public record Stake(String holderId, String basis, BigDecimal percent, boolean approx, PartialDate statedOn,
                    String eventId, Statement statement, int laterRounds, BigDecimal impliedPercent, Money value,
                    boolean valueEstimate) {

    /** How a stake's figure was arrived at. */
    public enum Statement {
        /** A stake acquisition states it. */
        STATED,
        /** The holder sold to a buyer: what it held less the buyer's increase. */
        AFTER_SALE,
        /** The holder was one of several sellers whose split is not reported: at most {@code percent}. */
        REDUCED_BY_UNKNOWN
    }

    /** The stake implied by later rounds, when it can be worked out. */
    public Optional<BigDecimal> implied() {
        return Optional.ofNullable(impliedPercent);
    }

    /** What the stake is worth, when that can be said. */
    public Optional<Money> worth() {
        return Optional.ofNullable(value);
    }

    /** The best figure for the holding now: the implied stake when there is one, else the stated one. */
    public BigDecimal effectivePercent() {
        return impliedPercent != null ? impliedPercent : percent;
    }

    /** Whether the stake is on the company's equity, the basis that can be summed and priced. */
    public boolean isEquity() {
        return Ownership.EQUITY.equals(basis);
    }
}
