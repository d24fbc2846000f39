package com.stakeline.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One company's ownership, leadership and valuations as of any date, worked out in a walk over its events and then
 * answered by binary search, so that a cursor dragged across a million events gets each answer in microseconds.
 * It answers exactly what the linear queries ({@link Ownership#asOf}, {@link Tenures#heldOn},
 * {@link ValuationSeries#of}) answer: it applies events through the same ledger and builder, and only indexes
 * what they produce.
 */
public final class CompanyHistory {

    /** Tenures are scanned in blocks of this many, each block skipped when all of its tenures ended by the day. */
    private static final int BLOCK = 64;

    private final String companyId;
    private final RoundBook rounds;
    private final List<Timeline<Holding>> holdings;
    private final List<StakeEntry> stakeEntries;
    private final Timeline<Money> valuationsByDay;
    private final List<ValuationPoint> valuations;
    private final long[] valuationDays;
    private final Tenures tenures;
    private final List<RoleHistory> roles;
    private final long[] tenureStarts;
    private final long[] tenureEnds;
    private final long[] blockLatestEnd;

    private CompanyHistory(String companyId, OwnershipLedger ledger, Map<Holding.Key, Timeline<Holding>> holdings,
                           List<StakeEntry> stakeEntries, Timeline<Money> valuationsByDay, List<ValuationPoint> valuations, Tenures tenures) {
        this.companyId = companyId;
        this.rounds = ledger.rounds();
        this.holdings = List.copyOf(holdings.values());
        this.stakeEntries = List.copyOf(stakeEntries);
        this.valuationsByDay = valuationsByDay;
        this.valuations = List.copyOf(valuations);
        this.valuationDays = valuations.stream().mapToLong(point -> point.date().start().toEpochDay()).toArray();
        this.tenures = tenures;
        this.roles = RoleHistory.of(tenures);
        List<Tenure> all = tenures.all();
        this.tenureStarts = all.stream().mapToLong(tenure -> tenure.earliestStart().toEpochDay()).toArray();
        this.tenureEnds = all.stream()
                .mapToLong(tenure -> tenure.ended().map(end -> end.start().toEpochDay()).orElse(Long.MAX_VALUE))
                .toArray();
        this.blockLatestEnd = new long[(all.size() + BLOCK - 1) / BLOCK];
        Arrays.fill(blockLatestEnd, Long.MIN_VALUE);
        for (int i = 0; i < tenureEnds.length; i++) {
            blockLatestEnd[i / BLOCK] = Math.max(blockLatestEnd[i / BLOCK], tenureEnds[i]);
        }
    }

    /** The history of {@code companyId}: its tenures ({@link Tenures#of}), and the rest in one walk over its events. */
    public static CompanyHistory of(EventStore store, String companyId) {
        return of(store, companyId, Tenures.of(store, companyId));
    }

    /**
     * The history of {@code companyId} with its {@code tenures}, already worked out ({@link Tenures#of}) for the
     * same store and company; the rest in one walk over its events.
     */
    public static CompanyHistory of(EventStore store, String companyId, Tenures tenures) {
        Map<Holding.Key, Timeline<Holding>> holdings = new LinkedHashMap<>();
        List<StakeEntry> stakeEntries = new ArrayList<>();
        OwnershipLedger ledger = new OwnershipLedger((key, holding, day, event) -> {
            holdings.computeIfAbsent(key, k -> new Timeline<>()).add(day, holding);
            stakeEntries.add(holding == null
                    ? new StakeEntry(key.holderId(), key.basis(), event.date(), null, false, null, event.id())
                    : new StakeEntry(key.holderId(), key.basis(), event.date(), holding.percent(), holding.approx(),
                            holding.statement(), event.id()));
        });
        Timeline<Money> valuationsByDay = new Timeline<>();
        List<ValuationPoint> valuations = new ArrayList<>();
        EventColumns columns = store.columns();
        int company = columns.companyCode(companyId);
        for (int i = 0; i < columns.size(); i++) {
            // The other events are not read at all: only the ledger's carry a post-money valuation.
            if (columns.companyOf(i) != company || !OwnershipLedger.concerns(columns.type(i))) {
                continue;
            }
            Event event = store.events().get(i);
            ledger.apply(event);
            event.get(Field.POST_MONEY).ifPresent(money -> valuationsByDay.add(event.date().start(), money));
            ValuationSeries.next(valuations, event).ifPresent(valuations::add);
        }
        return new CompanyHistory(companyId, ledger, holdings, stakeEntries, valuationsByDay, valuations, tenures);
    }

    /** The company this history follows. */
    public String companyId() {
        return companyId;
    }

    /** Who held what of the company as of the end of {@code day}. */
    public OwnershipSnapshot ownershipAsOf(LocalDate day) {
        List<Holding> held = new ArrayList<>();
        for (Timeline<Holding> timeline : holdings) {
            Holding holding = timeline.asOf(day);
            if (holding != null) {
                held.add(holding);
            }
        }
        return OwnershipLedger.snapshot(day, held, rounds, valuationsByDay.asOf(day));
    }

    /**
     * Every change of every holder's stake, in date order: what each stake acquisition, sale or acquisition of the
     * company set a holding to, or that it ended. Rounds that dilute a stake are not listed; {@link #ownershipAsOf}
     * gives a stake's implied figure after them.
     */
    public List<StakeEntry> stakeHistory() {
        return stakeEntries;
    }

    /** The tenures held on {@code day}, in the order of {@link Tenures#all()}. */
    public List<Tenure> tenuresHeldOn(LocalDate day) {
        long target = day.toEpochDay();
        int begun = SortedDays.countAtOrBefore(tenureStarts, tenureStarts.length, target);
        List<Tenure> held = new ArrayList<>();
        for (int block = 0; block * BLOCK < begun; block++) {
            if (blockLatestEnd[block] <= target) {
                continue;
            }
            for (int i = block * BLOCK; i < Math.min(begun, (block + 1) * BLOCK); i++) {
                if (tenureEnds[i] > target) {
                    held.add(tenures.all().get(i));
                }
            }
        }
        return held;
    }

    /** Every tenure at the company. */
    public Tenures tenures() {
        return tenures;
    }

    /** Every role the company has had, in the order first held, each with its tenures, vacancies and overlaps. */
    public List<RoleHistory> roles() {
        return roles;
    }

    /** Every post-money valuation, earliest first, with step-ups. */
    public List<ValuationPoint> valuations() {
        return valuations;
    }

    /** The latest valuation point begun by {@code day}, if any. */
    public Optional<ValuationPoint> valuationAsOf(LocalDate day) {
        int begun = SortedDays.countAtOrBefore(valuationDays, valuationDays.length, day.toEpochDay());
        return begun == 0 ? Optional.empty() : Optional.of(valuations.get(begun - 1));
    }

    /** A value that changes on days in order; the latest change on or before a day is its value then. */
    private static final class Timeline<T> {
        private long[] days = new long[4];
        private Object[] values = new Object[4];
        private int size;

        void add(LocalDate day, T value) {
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            days[size] = day.toEpochDay();
            values[size++] = value;
        }

        @SuppressWarnings("unchecked")
        T asOf(LocalDate day) {
            int begun = SortedDays.countAtOrBefore(days, size, day.toEpochDay());
            return begun == 0 ? null : (T) values[begun - 1];
        }
    }
}
