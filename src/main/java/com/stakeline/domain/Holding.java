package com.stakeline.domain;

import java.math.BigDecimal;

/**
 * What the ownership ledger knows of one holder on one basis: the last figure and where it came from. Turned into a
 * {@link Stake} for a given day, when later rounds are known.
 *
 * @param holderId the holder
 * @param basis the basis, lower case
 * @param percent the figure, 0 to 100
 * @param approx whether it is approximate
 * @param statedOn the date of the event that set it
 * @param eventId that event
 * @param statement how it was arrived at
 * @param soldPoints for {@link Stake.Statement#REDUCED_BY_UNKNOWN}: the points the sellers of {@code eventId} gave up
 *                   together, or null
 */
record Holding(String holderId, String basis, BigDecimal percent, boolean approx, PartialDate statedOn, String eventId,
               Stake.Statement statement, BigDecimal soldPoints) {

    /** The key of a holding: one holder's stake on one basis. */
    record Key(String holderId, String basis) {
    }

    Key key() {
        return new Key(holderId, basis);
    }
}
