package com.stakeline.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One change of one holder's stake in the company: what an event set it to, or that it ended.
 *
 * @param holderId the holder's entity id
 * @param basis the basis, lower case
 * @param date the date of the event
 * @param percent the holding after the event, or null when the event ended it
 * @param approx whether the figure is approximate
 * @param statement how the figure was arrived at, or null when the holding ended
 * @param eventId the event
 */
public record StakeEntry(String holderId, String basis, PartialDate date, BigDecimal percent, boolean approx,
                         Stake.Statement statement, String eventId) {

    /** The holding after the event, or empty when the event ended it. */
    public Optional<BigDecimal> holding() {
        return Optional.ofNullable(percent);
    }

    /** The figure for people: "49%", "~49%", "at most 60%", or "0% (ended)". */
    public String figure() {
        return percent == null ? "0% (ended)" : Formats.stakePercent(percent, approx, statement);
    }
}
