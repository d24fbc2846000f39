package com.stakeline.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
        Map<String, Stake> holdings = new LinkedHashMap<>();
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
        }
        Money latestValuation = valuation;
        var stakes = holdings.values().stream()
                .map(stake -> new Stake(stake.holderId(), stake.percent(), stake.approx(), stake.eventId(),
                        impliedValue(stake, latestValuation)))
                .sorted(Comparator.comparing(Stake::percent).reversed())
                .toList();
        BigDecimal known = stakes.stream().map(Stake::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OwnershipSnapshot(day, stakes, HUNDRED.subtract(known).max(BigDecimal.ZERO), valuation);
    }

    private static void applyHoldingChange(Event event, Map<String, Stake> holdings) {
        switch (event.type()) {
            case STAKE_ACQUISITION -> {
                String holder = event.get(Field.ACQUIRER).orElseThrow();
                BigDecimal percent = event.get(Field.STAKE_PERCENT).orElseThrow();
                holdings.remove(holder);
                if (percent.signum() > 0) {
                    boolean approx = event.get(Field.STAKE_APPROX).orElse(false);
                    holdings.put(holder, new Stake(holder, percent, approx, event.id(), null));
                }
            }
            case ACQUISITION -> {
                String acquirer = event.get(Field.ACQUIRER).orElseThrow();
                holdings.clear();
                holdings.put(acquirer, new Stake(acquirer, HUNDRED, false, event.id(), null));
            }
            default -> {
                // Other events state no holdings.
            }
        }
    }

    private static Money impliedValue(Stake stake, Money valuation) {
        if (valuation == null) {
            return null;
        }
        BigDecimal value = valuation.value().multiply(stake.percent()).divide(HUNDRED, MathContext.DECIMAL64);
        return new Money(value, valuation.currency(), valuation.approx() || stake.approx());
    }
}
