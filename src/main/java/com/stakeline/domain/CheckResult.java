package com.stakeline.domain;

import java.util.Locale;

/**
 * The outcome of one consistency check on the figures of an event.
 *
 * @param eventId the event checked
 * @param kind which check
 * @param description the arithmetic for people, such as "$14.3B ÷ $29B = 49.3% against the stated 49%"
 * @param passed whether the figures agree within the check's tolerance
 */
public record CheckResult(String eventId, Kind kind, String description, boolean passed) {

    /** The checks there are. */
    public enum Kind {
        /** The amount paid divided by the post-money valuation, against the increase in the acquirer's stake. */
        STAKE_FROM_PRICE,
        /** Pre-money plus the amount raised, against the post-money valuation. */
        PRE_PLUS_AMOUNT,
        /** The known stakes on one basis in a company, which cannot sum past 100%. */
        STAKES_WITHIN_WHOLE,
        /** A seller cannot give up more than it held. */
        SELLER_HELD_ENOUGH,
        /** One person at a time holds a one-holder role such as CEO. */
        ONE_HOLDER_AT_A_TIME;

        /** The check's name in scripts and reports: {@code stake-from-price}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The check's name for people: "Stake from price". */
        public String display() {
            return switch (this) {
                case STAKE_FROM_PRICE -> "Stake from price";
                case PRE_PLUS_AMOUNT -> "Pre-money + amount";
                case STAKES_WITHIN_WHOLE -> "Stakes within 100%";
                case SELLER_HELD_ENOUGH -> "Seller held enough";
                case ONE_HOLDER_AT_A_TIME -> "One holder at a time";
            };
        }
    }
}
