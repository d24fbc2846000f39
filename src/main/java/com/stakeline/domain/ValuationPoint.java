package com.stakeline.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A post-money valuation stated by one event.
 *
 * @param eventId the event that states it
 * @param date when it was set
 * @param label what set it, such as "Series F" or the event's title
 * @param postMoney the valuation
 * @param stepUp this valuation divided by the previous one, or null for the first point or another currency
 * @param stepUpApprox whether the step-up rests on an approximate valuation, this one or the previous
 */
public record ValuationPoint(String eventId, PartialDate date, String label, Money postMoney, BigDecimal stepUp,
                             boolean stepUpApprox) {

    /** The multiple over the previous valuation, when there is one in the same currency. */
    public Optional<BigDecimal> stepUpMultiple() {
        return Optional.ofNullable(stepUp);
    }
}
