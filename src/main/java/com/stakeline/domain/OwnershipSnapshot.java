package com.stakeline.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who holds what of the company as of a date, as far as the sources say.
 *
 * @param asOf the day the snapshot describes
 * @param stakes the known holders, largest first
 * @param undisclosedPercent what the known stakes leave over ("Undisclosed / other"), never below zero
 * @param valuation the latest post-money valuation as of the day, or null when none is known
 */
public record OwnershipSnapshot(LocalDate asOf, List<Stake> stakes, BigDecimal undisclosedPercent, Money valuation) {

    /** Copies the stakes. */
    public OwnershipSnapshot {
        stakes = List.copyOf(stakes);
    }

    /** The latest valuation, when one is known. */
    public Optional<Money> latestValuation() {
        return Optional.ofNullable(valuation);
    }

    /** The stake of one holder, when stated. */
    public Optional<Stake> stakeOf(String holderId) {
        return stakes.stream().filter(stake -> stake.holderId().equals(holderId)).findFirst();
    }

    /** The sum of the known stakes, which may pass 100 when sources disagree. */
    public BigDecimal knownPercent() {
        return stakes.stream().map(Stake::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
