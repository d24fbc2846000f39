package com.stakeline.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Arithmetic checks on the figures events state. A failed check is a warning, not an error: sources round, and the
 * analyst decides which figure to trust. Ownership is followed through {@link OwnershipLedger}, so a second tranche
 * is priced against the increase it bought, and a sale reduces its seller.
 */
public final class ConsistencyChecks {

    /** How far, in percentage points, the stake implied by price and valuation may be from the stake bought. */
    public static final BigDecimal STAKE_TOLERANCE_POINTS = new BigDecimal("1.5");
    /** How far, as a fraction of post-money, pre-money plus the amount may be from post-money. */
    public static final BigDecimal VALUATION_TOLERANCE = new BigDecimal("0.02");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ConsistencyChecks() {
    }

    /** Every check that the events' figures allow, in event order. */
    public static List<CheckResult> run(EventStore store) {
        return walk(store, null, null, true);
    }

    /** The failed checks; passing ones are not even described, which matters on a million events. */
    public static List<CheckResult> failures(EventStore store) {
        return walk(store, null, null, false);
    }

    /**
     * The checks of one event's figures, passed and failed. Only a stake acquisition or a leadership change needs what
     * came before it, and then only its company's events up to its day are walked.
     */
    public static List<CheckResult> run(EventStore store, Event event) {
        if (event.type() != EventType.STAKE_ACQUISITION && event.type() != EventType.LEADERSHIP_CHANGE) {
            return preMoneyPlusAmount(event, true).stream().toList();
        }
        return walk(store, event.company(), event, true);
    }

    /**
     * Walks the events a day at a time, each company's through its own ledger, and checks each event once its day is
     * applied: as in an ownership query, every event begun by that day counts. The same pass follows each company's
     * leadership, whose overlaps are known only at the end and join the results at their events.
     *
     * @param onlyCompany the company to follow, or null for all
     * @param onlyEvent the one event to check, or null for all; its figures are checked as of its day, while its
     *                  tenure needs the later changes that may end the one it overlaps
     */
    private static List<CheckResult> walk(EventStore store, String onlyCompany, Event onlyEvent, boolean keepPassed) {
        EventColumns columns = store.columns();
        List<Event> events = store.events();
        Map<String, OwnershipLedger> ledgers = new HashMap<>();
        Leadership leadership = new Leadership(store, onlyEvent == null || onlyEvent.type() == EventType.LEADERSHIP_CHANGE);
        List<CheckResult> results = new ArrayList<>();
        IntList resultEvents = new IntList();
        OwnershipLedger.StakeChange[] changes = new OwnershipLedger.StakeChange[16];
        Map<String, OwnershipSnapshot> snapshots = new HashMap<>();
        long lastCheckedDay = onlyEvent == null ? Long.MAX_VALUE : onlyEvent.date().start().toEpochDay();
        int dayStart = 0;
        while (dayStart < events.size()) {
            long day = columns.startDay(dayStart);
            int dayEnd = dayStart;
            while (dayEnd < events.size() && columns.startDay(dayEnd) == day) {
                dayEnd++;
            }
            boolean checked = day <= lastCheckedDay;
            if (!checked && !leadership.wanted) {
                break;
            }
            if (changes.length < dayEnd - dayStart) {
                changes = new OwnershipLedger.StakeChange[dayEnd - dayStart];
            }
            for (int i = dayStart; i < dayEnd; i++) {
                EventType type = columns.type(i);
                boolean followed = type == EventType.LEADERSHIP_CHANGE || checked && OwnershipLedger.concerns(type);
                Event event = followed ? events.get(i) : null;
                if (followed && onlyCompany != null && !event.company().equals(onlyCompany)) {
                    followed = false;
                }
                if (followed && type == EventType.LEADERSHIP_CHANGE) {
                    leadership.apply(event);
                }
                changes[i - dayStart] = followed && checked && OwnershipLedger.concerns(type)
                        ? ledger(ledgers, event.company()).apply(event) : null;
            }
            if (checked) {
                snapshots.clear();
                LocalDate date = LocalDate.ofEpochDay(day);
                for (int i = dayStart; i < dayEnd; i++) {
                    Event event = events.get(i);
                    if (onlyEvent == null || event.id().equals(onlyEvent.id())) {
                        int before = results.size();
                        check(store, event, changes[i - dayStart], date, ledgers, snapshots, keepPassed, results);
                        resultEvents.addTimes(i, results.size() - before);
                    }
                }
            }
            dayStart = dayEnd;
        }
        return leadership.overlapsMergedInto(results, resultEvents, onlyEvent);
    }

    private static OwnershipLedger ledger(Map<String, OwnershipLedger> ledgers, String company) {
        OwnershipLedger ledger = ledgers.get(company);
        if (ledger == null) {
            ledger = new OwnershipLedger(OwnershipLedger.Listener.NONE);
            ledgers.put(company, ledger);
        }
        return ledger;
    }

    /** The checks of one event once its whole day is applied; the day's snapshots are shared by its stakes. */
    private static void check(EventStore store, Event event, OwnershipLedger.StakeChange change, LocalDate day,
                              Map<String, OwnershipLedger> ledgers, Map<String, OwnershipSnapshot> snapshots,
                              boolean keepPassed, List<CheckResult> results) {
        if (event.type() == EventType.FUNDING_ROUND) {
            preMoneyPlusAmount(event, keepPassed).ifPresent(results::add);
        }
        if (change == null) {
            return;
        }
        stakeFromPrice(event, change, keepPassed).ifPresent(results::add);
        change.shortfalls().forEach(shortfall -> results.add(shortfall(store, event, shortfall)));
        OwnershipSnapshot snapshot = snapshots.get(event.company());
        if (snapshot == null) {
            snapshot = ledgers.get(event.company()).snapshot(day);
            snapshots.put(event.company(), snapshot);
        }
        BigDecimal known = snapshot.knownPercent(change.basis());
        if (keepPassed || known.compareTo(HUNDRED) > 0) {
            results.add(stakesWithinWhole(event, change.basis(), known));
        }
    }

    /**
     * Each company's tenures, built as the walk meets its leadership changes, and at the end the one-holder-at-a-time
     * failures among them.
     */
    private static final class Leadership {
        private final EventStore store;
        private final boolean wanted;
        private final Map<String, LocalDate> foundings;
        private final Map<String, Tenures.Builder> builders = new HashMap<>();

        /** @param wanted whether overlaps are asked for at all; when not, nothing is built */
        Leadership(EventStore store, boolean wanted) {
            this.store = store;
            this.wanted = wanted;
            this.foundings = wanted ? Tenures.foundings(store) : Map.of();
        }

        void apply(Event change) {
            if (wanted) {
                builders.computeIfAbsent(change.company(), company -> new Tenures.Builder(
                        foundings.getOrDefault(company, Tenures.firstDay(store)))).apply(change);
            }
        }

        /**
         * {@code results}, whose events are at the positions {@code resultEvents} gives, with each overlap after the
         * results of the event that began its later tenure, as if checked there.
         *
         * @param onlyEvent the one event whose overlaps count, or null for all
         */
        List<CheckResult> overlapsMergedInto(List<CheckResult> results, IntList resultEvents, Event onlyEvent) {
            List<TenureOverlap> overlaps = new ArrayList<>();
            for (Tenures.Builder builder : builders.values()) {
                for (TenureOverlap overlap : new Tenures(builder.build()).overlaps()) {
                    if (onlyEvent == null || overlap.later().startEventId().equals(onlyEvent.id())) {
                        overlaps.add(overlap);
                    }
                }
            }
            if (overlaps.isEmpty()) {
                return results;
            }
            EventColumns columns = store.columns();
            int[] positions = overlaps.stream().mapToInt(o -> columns.indexOf(o.later().startEventId())).toArray();
            Integer[] order = new Integer[overlaps.size()];
            Arrays.setAll(order, k -> k);
            Arrays.sort(order, Comparator.comparingInt(k -> positions[k]));
            List<CheckResult> merged = new ArrayList<>(results.size() + overlaps.size());
            int next = 0;
            for (Integer k : order) {
                while (next < results.size() && resultEvents.get(next) <= positions[k]) {
                    merged.add(results.get(next++));
                }
                String eventId = overlaps.get(k).later().startEventId();
                merged.add(new CheckResult(eventId, CheckResult.Kind.ONE_HOLDER_AT_A_TIME,
                        describe(store, overlaps.get(k)), false));
            }
            merged.addAll(results.subList(next, results.size()));
            return merged;
        }
    }

    /** A growable list of ints: the event position of each result, without a box each. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void addTimes(int value, int times) {
            if (size + times > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, size + times));
            }
            Arrays.fill(values, size, size + times, value);
            size += times;
        }

        int get(int index) {
            return values[index];
        }
    }

    private static String describe(EventStore store, TenureOverlap overlap) {
        Tenure earlier = overlap.earlier();
        Tenure later = overlap.later();
        return "two holders of " + earlier.role() + " at once: " + store.entityName(earlier.personId())
                + earlier.ended().map(end -> " until " + end.display()).orElse(" with no end reported") + ", and "
                + store.entityName(later.personId()) + (later.start() == null ? " by " : " from ")
                + later.heldBy().display();
    }

    private static Optional<CheckResult> stakeFromPrice(Event event, OwnershipLedger.StakeChange change,
                                                        boolean keepPassed) {
        Optional<Money> amount = event.get(Field.AMOUNT);
        Optional<Money> postMoney = event.get(Field.POST_MONEY);
        if (change == null || !Ownership.EQUITY.equals(change.basis()) || amount.isEmpty() || postMoney.isEmpty()
                || !sameCurrency(amount.get(), postMoney.get()) || postMoney.get().value().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal implied = amount.get().value().multiply(HUNDRED).divide(postMoney.get().value(), MathContext.DECIMAL64);
        BigDecimal bought = change.increase();
        boolean passed = implied.subtract(bought).abs().compareTo(STAKE_TOLERANCE_POINTS) <= 0;
        if (passed && !keepPassed) {
            return Optional.empty();
        }
        boolean approx = event.get(Field.STAKE_APPROX).orElse(false);
        String against = change.before().signum() == 0
                ? "the stated " + Formats.percent(change.after(), approx)
                : "the increase from " + Formats.percent(change.before(), false) + " to "
                        + Formats.percent(change.after(), approx) + " (" + Formats.points(bought) + ")";
        String description = Formats.money(amount.get()) + " ÷ " + Formats.money(postMoney.get()) + " = "
                + Formats.percent(implied, false) + " against " + against
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

    private static CheckResult shortfall(EventStore store, Event event, OwnershipLedger.SellerShortfall shortfall) {
        return new CheckResult(event.id(), CheckResult.Kind.SELLER_HELD_ENOUGH, store.entityName(shortfall.sellerId())
                + " sold " + Formats.points(shortfall.sold()) + " but held " + Formats.percent(shortfall.held(), false)
                + " just before", false);
    }

    private static CheckResult stakesWithinWhole(Event event, String basis, BigDecimal known) {
        boolean passed = known.compareTo(HUNDRED) <= 0;
        String stakes = Ownership.EQUITY.equals(basis) ? "known stakes" : "known " + basis + " stakes";
        String description = stakes + " sum to " + Formats.percent(known, false) + " as of " + event.date().display()
                + (passed ? "" : ", past 100%");
        return new CheckResult(event.id(), CheckResult.Kind.STAKES_WITHIN_WHOLE, description, passed);
    }

    private static boolean sameCurrency(Money a, Money b) {
        return a.currency().equals(b.currency());
    }
}
