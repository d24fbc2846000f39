package com.stakeline.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who holds what of one company, brought up to date one event at a time in date order. The linear ownership query,
 * the indexed history and the consistency checks all apply events through this one ledger, so they cannot disagree on
 * what an event means:
 * <ul>
 *   <li>a stake acquisition states the acquirer's whole holding on its basis after the event; 0 ends it;</li>
 *   <li>its sellers give up the acquirer's increase: one seller loses exactly that, several lose it together in a
 *       split nobody reports;</li>
 *   <li>an acquisition of the whole company leaves the acquirer with 100% and nobody else with anything;</li>
 *   <li>a funding round dilutes every stake stated before it (its date's whole span earlier) whose holder did not
 *       take part.</li>
 * </ul>
 */
final class OwnershipLedger {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Comparator<Stake> DISPLAY_ORDER = Comparator
            .comparing((Stake stake) -> !stake.isEquity())
            .thenComparing(Stake::basis)
            .thenComparing(Stake::effectivePercent, Comparator.reverseOrder())
            .thenComparing(Stake::holderId);

    /**
     * Hears every holding the ledger sets (null when one ends) and the event that set it, for the history's
     * per-holder index and stake history.
     */
    interface Listener {
        /** A listener for ledgers that keep no history. */
        Listener NONE = (key, holding, day, event) -> { };

        void changed(Holding.Key key, Holding holding, LocalDate day, Event event);
    }

    private final Map<Holding.Key, Holding> holdings = new LinkedHashMap<>();
    private final RoundBook rounds = new RoundBook();
    private final Listener listener;
    private Money valuation;
    /** The event being applied, which the listener hears of with each change it makes. */
    private Event applying;

    OwnershipLedger(Listener listener) {
        this.listener = listener;
    }

    /** The rounds applied so far. */
    RoundBook rounds() {
        return rounds;
    }

    /**
     * Whether an event of {@code type} can change what the ledger holds: only rounds, stakes and acquisitions can.
     * Only they carry a post-money valuation, too.
     */
    static boolean concerns(EventType type) {
        return switch (type) {
            case FUNDING_ROUND, STAKE_ACQUISITION, ACQUISITION -> true;
            case FOUNDING, LEADERSHIP_CHANGE, MILESTONE -> false;
        };
    }

    /**
     * Applies one event of the company, which must not start before the events applied so far.
     *
     * @return what a stake acquisition changed, for the checks; null for other events
     */
    StakeChange apply(Event event) {
        applying = event;
        valuation = event.get(Field.POST_MONEY).orElse(valuation);
        LocalDate day = event.date().start();
        switch (event.type()) {
            case FUNDING_ROUND -> rounds.add(event);
            case ACQUISITION -> {
                new ArrayList<>(holdings.keySet()).forEach(key -> remove(key, day));
                String acquirer = event.get(Field.ACQUIRER).orElseThrow();
                put(new Holding(acquirer, Ownership.EQUITY, HUNDRED, false, event.date(), event.id(),
                        Stake.Statement.STATED, null), day);
            }
            case STAKE_ACQUISITION -> {
                return applyStake(event, day);
            }
            default -> {
                // Other events say nothing of who holds the company.
            }
        }
        return null;
    }

    private StakeChange applyStake(Event event, LocalDate day) {
        String acquirer = event.get(Field.ACQUIRER).orElseThrow();
        String basis = Ownership.basisOf(event);
        BigDecimal percent = event.get(Field.STAKE_PERCENT).orElseThrow();
        BigDecimal before = effectivePercent(holdings.get(new Holding.Key(acquirer, basis)), day);
        BigDecimal increase = percent.subtract(before);
        Holding stated = new Holding(acquirer, basis, percent, event.get(Field.STAKE_APPROX).orElse(false), event.date(),
                event.id(), Stake.Statement.STATED, null);
        if (percent.signum() > 0) {
            put(stated, day);
        } else {
            remove(stated.key(), day);
        }
        List<String> sellers = event.get(Field.SELLERS).map(EntityList::ids).orElse(List.of()).stream()
                .filter(seller -> !seller.equals(acquirer)).distinct().toList();
        List<SellerShortfall> shortfalls = new ArrayList<>();
        if (increase.signum() > 0 && sellers.size() == 1) {
            sellOne(event, basis, sellers.get(0), increase, day).ifPresent(shortfalls::add);
        } else if (increase.signum() > 0 && sellers.size() > 1) {
            for (String seller : sellers) {
                Holding held = holdings.get(new Holding.Key(seller, basis));
                if (held != null) {
                    put(new Holding(seller, basis, effectivePercent(held, day), held.approx(), event.date(), event.id(),
                            Stake.Statement.REDUCED_BY_UNKNOWN, increase), day);
                }
            }
        }
        return new StakeChange(event, basis, before, percent, shortfalls);
    }

    private Optional<SellerShortfall> sellOne(Event event, String basis, String seller, BigDecimal points,
                                                        LocalDate day) {
        Holding.Key key = new Holding.Key(seller, basis);
        Holding held = holdings.get(key);
        if (held == null) {
            return Optional.empty();
        }
        BigDecimal had = effectivePercent(held, day);
        BigDecimal left = had.subtract(points);
        if (left.signum() > 0) {
            put(new Holding(seller, basis, left, held.approx() || event.get(Field.STAKE_APPROX).orElse(false),
                    event.date(), event.id(), Stake.Statement.AFTER_SALE, null), day);
        } else {
            remove(key, day);
        }
        return left.signum() < 0 ? Optional.of(new SellerShortfall(seller, had, points)) : Optional.empty();
    }

    private void put(Holding holding, LocalDate day) {
        holdings.put(holding.key(), holding);
        listener.changed(holding.key(), holding, day, applying);
    }

    private void remove(Holding.Key key, LocalDate day) {
        if (holdings.remove(key) != null) {
            listener.changed(key, null, day, applying);
        }
    }

    private BigDecimal effectivePercent(Holding holding, LocalDate day) {
        return holding == null ? BigDecimal.ZERO : stake(holding, day, rounds, null).effectivePercent();
    }

    /** The snapshot of the holdings applied so far, as of {@code day}. */
    OwnershipSnapshot snapshot(LocalDate day) {
        return snapshot(day, holdings.values(), rounds, valuation);
    }

    /**
     * The snapshot of {@code holdings} as of {@code day}: each holding with the rounds that began after it and by
     * {@code day}, and with its value at {@code valuation}.
     */
    static OwnershipSnapshot snapshot(LocalDate day, Collection<Holding> holdings, RoundBook rounds, Money valuation) {
        List<Stake> stakes = new ArrayList<>(holdings.size());
        for (Holding holding : holdings) {
            stakes.add(stake(holding, day, rounds, valuation));
        }
        stakes.sort(DISPLAY_ORDER);
        return new OwnershipSnapshot(day, stakes, valuation, soldTogether(holdings));
    }

    /** For each basis, the points that sellers who split them unreported gave up, counted once per sale. */
    private static Map<String, BigDecimal> soldTogether(Collection<Holding> holdings) {
        Map<String, BigDecimal> sold = new LinkedHashMap<>();
        Set<String> sales = new HashSet<>();
        for (Holding holding : holdings) {
            if (holding.soldPoints() != null && sales.add(holding.eventId())) {
                sold.merge(holding.basis(), holding.soldPoints(), BigDecimal::add);
            }
        }
        return sold;
    }

    static Stake stake(Holding holding, LocalDate day, RoundBook rounds, Money valuation) {
        // Only a round that begins after the stake's whole span is certainly later: one inside its month or year may
        // have come first.
        int atStatement = rounds.startedBy(holding.statedOn().end());
        int now = rounds.startedBy(day);
        int later = Math.max(0, now - atStatement);
        BigDecimal implied = null;
        boolean approx = holding.approx();
        if (later > 0) {
            BigDecimal factor = rounds.factor(holding.holderId(), atStatement, now);
            if (factor != null) {
                implied = holding.percent().multiply(factor, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
                approx |= rounds.anyApprox(atStatement, now);
            }
        }
        Money value = null;
        boolean priced = Ownership.EQUITY.equals(holding.basis()) && valuation != null
                && holding.statement() != Stake.Statement.REDUCED_BY_UNKNOWN && (later == 0 || implied != null);
        if (priced) {
            BigDecimal share = implied != null ? implied : holding.percent();
            // Whole currency units: an estimate of a stake's worth has no cents.
            value = new Money(valuation.value().multiply(share).divide(HUNDRED, 0, RoundingMode.HALF_UP),
                    valuation.currency(), valuation.approx() || approx);
        }
        return new Stake(holding.holderId(), holding.basis(), holding.percent(), approx, holding.statedOn(),
                holding.eventId(), holding.statement(), later, implied, value, implied != null && value != null);
    }

    /**
     * What a stake acquisition changed.
     *
     * @param event the stake acquisition
     * @param basis its basis
     * @param before the acquirer's holding on that basis just before, implied by later rounds where known; 0 if none
     * @param after the holding it states
     * @param shortfalls sellers who held less than they sold
     */
    record StakeChange(Event event, String basis, BigDecimal before, BigDecimal after, List<SellerShortfall> shortfalls) {

        /** The points the acquirer gained; negative when the holding shrank. */
        BigDecimal increase() {
            return after.subtract(before);
        }
    }

    /**
     * A seller who gave up more than it held.
     *
     * @param sellerId the seller
     * @param held what it held just before
     * @param sold the points the buyer gained from it
     */
    record SellerShortfall(String sellerId, BigDecimal held, BigDecimal sold) {
    }
}
