package com.stakeline.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who holds what of the company as of a date, as far as the sources say. Stakes on different bases (equity, a profit
 * interest, …) are kept apart: they are never summed together, and only equity is priced.
 *
 * @param asOf the day the snapshot describes
 * @param stakes the known holdings, equity first, each basis largest first
 * @param valuation the latest post-money valuation as of the day, or null when none is known
 * @param soldTogether per basis, the points that several sellers gave up in splits nobody reports
 */
public record OwnershipSnapshot(LocalDate asOf, List<Stake> stakes, Money valuation, Map<String, BigDecimal> soldTogether) {

    /** Copies the collections. */
    public OwnershipSnapshot {
        stakes = List.copyOf(stakes);
        soldTogether = Map.copyOf(soldTogether);
    }

    /** The latest valuation, when one is known. */
    public Optional<Money> latestValuation() {
        return Optional.ofNullable(valuation);
    }

    /** The bases that have stakes, equity first. */
    public List<String> bases() {
        return stakes.stream().map(Stake::basis).distinct().toList();
    }

    /** The stakes on one basis, largest first. */
    public List<Stake> stakesOn(String basis) {
        return stakes.stream().filter(stake -> stake.basis().equals(basis)).toList();
    }

    /** The equity stake of one holder, when known. */
    public Optional<Stake> stakeOf(String holderId) {
        return stakes.stream().filter(stake -> stake.isEquity() && stake.holderId().equals(holderId)).findFirst();
    }

    /**
     * The sum of the known stakes on one basis, each at its implied figure where later rounds give one; the points
     * that several sellers gave up together count once, off their combined holdings. It may pass 100 when sources
     * disagree.
     */
    public BigDecimal knownPercent(String basis) {
        BigDecimal sum = stakesOn(basis).stream().map(Stake::effectivePercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.subtract(soldTogether.getOrDefault(basis, BigDecimal.ZERO)).max(BigDecimal.ZERO);
    }

    /** What the known equity stakes leave over ("Undisclosed / other"), never below zero. */
    public BigDecimal undisclosedPercent() {
        return BigDecimal.valueOf(100).subtract(knownPercent(Ownership.EQUITY)).max(BigDecimal.ZERO);
    }
}
