package com.stakeline.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Arithmetic checks on the figures events state. A failed check is a warning, not an error: sources round, and the
 * analyst decides which figure to trust.
 */
public final class ConsistencyChecks {

    /** How far, in percentage points, the stake implied by price and valuation may be from the stated stake. */
    public static final BigDecimal STAKE_TOLERANCE_POINTS = new BigDecimal("1.5");
    /** How far, as a fraction of post-money, pre-money plus the amount may be from post-money. */
    public static final BigDecimal VALUATION_TOLERANCE = new BigDecimal("0.02");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ConsistencyChecks() {
    }

    /** Every check that the events' figures allow, in event order. */
    public static List<CheckResult> run(EventStore store) {
        return run(store, true);
    }

    private static List<CheckResult> run(EventStore store, boolean keepPassed) {
        Map<String, BigDecimal> stakeSums = stakeSumsAtEachStake(store.events());
        return store.events().stream().flatMap(event -> run(event, stakeSums, keepPassed).stream()).toList();
    }

    /** The checks of one event's figures. */
    public static List<CheckResult> run(EventStore store, Event event) {
        if (event.type() != EventType.STAKE_ACQUISITION) {
            return run(event, Map.of(), true);
        }
        BigDecimal known = new Ownership(store).asOf(event.company(), event.date().start()).knownPercent();
        return run(event, Map.of(event.id(), known), true);
    }

    /** The failed checks; passing ones are not even described, which matters on a million events. */
    public static List<CheckResult> failures(EventStore store) {
        return run(store, false);
    }

    private static List<CheckResult> run(Event event, Map<String, BigDecimal> stakeSums, boolean keepPassed) {
        List<CheckResult> results = new ArrayList<>();
        stakeFromPrice(event, keepPassed).ifPresent(results::add);
        preMoneyPlusAmount(event, keepPassed).ifPresent(results::add);
        BigDecimal known = stakeSums.get(event.id());
        if (known != null && (keepPassed || known.compareTo(HUNDRED) > 0)) {
            results.add(stakesWithinWhole(event, known));
        }
        return results;
    }

    /**
     * The sum of the known stakes in each stake acquisition's company as of the event's date, in one pass over the
     * events (which come in date order): as in an ownership query, every event begun by that day counts.
     */
    private static Map<String, BigDecimal> stakeSumsAtEachStake(List<Event> events) {
        Map<String, BigDecimal> sums = new HashMap<>();
        Map<String, Map<String, BigDecimal>> holdingsByCompany = new HashMap<>();
        int i = 0;
        while (i < events.size()) {
            int sameDayEnd = i;
            while (sameDayEnd < events.size() && events.get(sameDayEnd).date().start().equals(events.get(i).date().start())) {
                Ownership.applyHoldingChange(events.get(sameDayEnd),
                        holdingsByCompany.computeIfAbsent(events.get(sameDayEnd).company(), company -> new HashMap<>()));
                sameDayEnd++;
            }
            for (int j = i; j < sameDayEnd; j++) {
                Event event = events.get(j);
                if (event.type() == EventType.STAKE_ACQUISITION) {
                    sums.put(event.id(), holdingsByCompany.get(event.company()).values().stream()
                            .reduce(BigDecimal.ZERO, BigDecimal::add));
                }
            }
            i = sameDayEnd;
        }
        return sums;
    }

    private static Optional<CheckResult> stakeFromPrice(Event event, boolean keepPassed) {
        Optional<Money> amount = event.get(Field.AMOUNT);
        Optional<Money> postMoney = event.get(Field.POST_MONEY);
        Optional<BigDecimal> stake = event.get(Field.STAKE_PERCENT);
        if (amount.isEmpty() || postMoney.isEmpty() || stake.isEmpty() || !sameCurrency(amount.get(), postMoney.get())
                || postMoney.get().value().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal implied = amount.get().value().multiply(HUNDRED).divide(postMoney.get().value(), MathContext.DECIMAL64);
        boolean passed = implied.subtract(stake.get()).abs().compareTo(STAKE_TOLERANCE_POINTS) <= 0;
        if (passed && !keepPassed) {
            return Optional.empty();
        }
        String description = Formats.money(amount.get()) + " ÷ " + Formats.money(postMoney.get()) + " = "
                + Formats.percent(implied, false) + " against the stated " + Formats.percent(stake.get(), false)
                + (passed ? ", within " : ", more than ") + STAKE_TOLERANCE_POINTS.toPlainString() + " points";
        return Optional.of(new CheckResult(event.id(), CheckResult.Kind.STAKE_FROM_PRICE, description, passed));
    }

    private static Optional<CheckResult> preMoneyPlusAmount(Event event, boolean keepPassed) {
        Optional<Money> preMoney = event.get(Field.PRE_MONEY);
        Optional<Money> amount = event.get(Field.AMOUNT);
        Optional<Money> postMoney = event.get(Field.POST_MONEY);
        if (preMoney.isEmpty() || amount.isEmpty() || postMoney.isEmpty() || !sameCurrency(preMoney.get(), amount.get())
                || !sameCurrency(amount.get(), postMoney.get()) || postMoney.get().value().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal sum = preMoney.get().value().add(amount.get().value());
        BigDecimal relativeGap = sum.subtract(postMoney.get().value()).abs()
                .divide(postMoney.get().value(), MathContext.DECIMAL64);
        boolean passed = relativeGap.compareTo(VALUATION_TOLERANCE) <= 0;
        if (passed && !keepPassed) {
            return Optional.empty();
        }
        Money total = new Money(sum, postMoney.get().currency(), preMoney.get().approx() || amount.get().approx());
        String description = Formats.money(preMoney.get()) + " + " + Formats.money(amount.get()) + " = "
                + Formats.money(total) + " against the stated post-money " + Formats.money(postMoney.get())
                + (passed ? ", within " : ", more than ") + "2%";
        return Optional.of(new CheckResult(event.id(), CheckResult.Kind.PRE_PLUS_AMOUNT, description, passed));
    }

    private static CheckResult stakesWithinWhole(Event event, BigDecimal known) {
        boolean passed = known.compareTo(HUNDRED) <= 0;
        String description = "known stakes sum to " + Formats.percent(known, false) + " as of " + event.date().display()
                + (passed ? "" : ", past 100%");
        return new CheckResult(event.id(), CheckResult.Kind.STAKES_WITHIN_WHOLE, description, passed);
    }

    private static boolean sameCurrency(Money a, Money b) {
        return a.currency().equals(b.currency());
    }
}
