package com.stakeline.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One holder's stated stake in the company as of a date.
 *
 * @param holderId the holder's entity id
 * @param percent the holding, 0 to 100
 * @param approx whether the source gives the holding approximately
 * @param eventId the event that last stated it
 * @param impliedValue the holding's share of the latest post-money valuation, or null when none is known
 */
public record Stake(String holderId, BigDecimal percent, boolean approx, String eventId, Money impliedValue) {

    /** What the stake is worth at the latest valuation, when one is known. */
    public Optional<Money> implied() {
        return Optional.ofNullable(impliedValue);
    }
}
