package com.stakeline.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ownership of one company as of a date: each holder's latest stated stake, the undisclosed remainder, and what each
 * stake is worth at the company's latest post-money valuation.
 *
 * <p>An event counts as known on a day once its date's span has begun, so a stake dated "2025-06" counts from
 * 1 June 2025. A stake acquisition states the acquirer's whole holding after the event; a stake of 0 ends a holding;
 * an acquisition of the whole company leaves the acquirer with 100%.
 */
public final class Ownership {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EventStore store;

    /** Ownership queries over the store. */
    public Ownership(EventStore store) {
        this.store = store;
    }

    /** The snapshot of {@code companyId} as of the end of {@code day}. */
    public OwnershipSnapshot asOf(String companyId, LocalDate day) {
        Map<String, BigDecimal> holdings = new LinkedHashMap<>();
        Map<String, Event> statedBy = new HashMap<>();
        Money valuation = null;
        for (Event event : store.events()) {
            if (!event.date().begunBy(day)) {
                break;
            }
            if (!event.company().equals(companyId)) {
                continue;
            }
            valuation = event.get(Field.POST_MONEY).orElse(valuation);
            applyHoldingChange(event, holdings);
            event.get(Field.ACQUIRER).ifPresent(acquirer -> statedBy.put(acquirer, event));
        }
        Money latestValuation = valuation;
        List<Stake> stakes = holdings.entrySet().stream()
                .map(holding -> stake(holding.getKey(), holding.getValue(), statedBy.get(holding.getKey()), latestValuation))
                .sorted(Comparator.comparing(Stake::percent).reversed())
                .toList();
        BigDecimal known = stakes.stream().map(Stake::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OwnershipSnapshot(day, stakes, HUNDRED.subtract(known).max(BigDecimal.ZERO), valuation);
    }

    private static Stake stake(String holder, BigDecimal percent, Event statedBy, Money valuation) {
        boolean approx = statedBy.get(Field.STAKE_APPROX).orElse(false);
        return new Stake(holder, percent, approx, statedBy.id(), impliedValue(percent, approx, valuation));
    }

    /** Applies what {@code event} says of who holds the company to {@code holdings} (holder id to percent). */
    static void applyHoldingChange(Event event, Map<String, BigDecimal> holdings) {
        switch (event.type()) {
            case STAKE_ACQUISITION -> {
                String holder = event.get(Field.ACQUIRER).orElseThrow();
                BigDecimal percent = event.get(Field.STAKE_PERCENT).orElseThrow();
                holdings.remove(holder);
                if (percent.signum() > 0) {
                    holdings.put(holder, percent);
                }
            }
            case ACQUISITION -> {
                holdings.clear();
                holdings.put(event.get(Field.ACQUIRER).orElseThrow(), HUNDRED);
            }
            default -> {
                // Other events state no holdings.
            }
        }
    }

    private static Money impliedValue(BigDecimal percent, boolean approx, Money valuation) {
        if (valuation == null) {
            return null;
        }
        BigDecimal value = valuation.value().multiply(percent).divide(HUNDRED, MathContext.DECIMAL64);
        return new Money(value, valuation.currency(), valuation.approx() || approx);
    }
}
