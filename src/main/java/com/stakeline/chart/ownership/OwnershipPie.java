package com.stakeline.chart.ownership;

import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.Formats;
import com.stakeline.domain.OwnershipSnapshot;
import com.stakeline.domain.Stake;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ownership of a company on one basis as of a day, as slices ready to draw: one per known holder, largest first,
 * then the undisclosed rest. Every figure and note comes from the {@link OwnershipSnapshot}.
 *
 * @param caption what the pie shows, such as "As of 1 July 2025"
 * @param basis the basis of the stakes, such as "equity"
 * @param slices the slices, holders first, the undisclosed rest last
 * @param notes what a reader must know to trust the picture: no stake known yet, or figures that overlap
 */
public record OwnershipPie(String caption, String basis, List<PieSlice> slices, List<String> notes) {

    /** The name of the slice of what the known stakes leave over. */
    public static final String UNDISCLOSED = "Undisclosed / other";

    /** Copies the lists. */
    public OwnershipPie {
        slices = List.copyOf(slices);
        notes = List.copyOf(notes);
    }

    /**
     * The pies the ownership chart shows for an as-of date and, when one is compared with it, a date B: "As of DATE"
     * alone, or "A: DATE" beside "B: DATE". The screen and every export make them here, so their captions agree.
     *
     * @param compareWith the date B, or null
     * @param names an entity's name from its id
     */
    public static List<OwnershipPie> atDates(CompanyHistory history, LocalDate asOf, LocalDate compareWith,
                                             String basis, Function<String, String> names) {
        String company = names.apply(history.companyId());
        if (compareWith == null) {
            return List.of(of("As of " + Formats.day(asOf), history.ownershipAsOf(asOf), basis, company, names));
        }
        return List.of(of("A: " + Formats.day(asOf), history.ownershipAsOf(asOf), basis, company, names),
                of("B: " + Formats.day(compareWith), history.ownershipAsOf(compareWith), basis, company, names));
    }

    /**
     * The pie of {@code snapshot}'s stakes on {@code basis}.
     *
     * @param companyName the company's name, for the notes
     * @param names an entity's name from its id
     */
    public static OwnershipPie of(String caption, OwnershipSnapshot snapshot, String basis, String companyName,
                                  Function<String, String> names) {
        List<PieSlice> slices = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Stake> stakes = snapshot.stakesOn(basis);
        double shared = sharedFactor(snapshot, basis, stakes, names, notes);
        for (Stake stake : stakes) {
            double drawn = stake.effectivePercent().doubleValue()
                    * (stake.statement() == Stake.Statement.REDUCED_BY_UNKNOWN ? shared : 1);
            slices.add(new PieSlice(stake.holderId(), names.apply(stake.holderId()), drawn,
                    Formats.stakePercent(stake), Formats.stakeDetails(stake, snapshot)));
        }
        BigDecimal rest = BigDecimal.valueOf(100).subtract(snapshot.knownPercent(basis)).max(BigDecimal.ZERO);
        if (rest.signum() > 0) {
            slices.add(new PieSlice(null, UNDISCLOSED, rest.doubleValue(), Formats.percent(rest, false), ""));
        }
        if (stakes.isEmpty()) {
            notes.add("No " + basis + " stake in " + companyName + " is known by this date.");
        }
        double drawn = slices.stream().mapToDouble(PieSlice::percent).sum();
        if (drawn > 100.05) {
            notes.add(String.format(Locale.ROOT, "The known stakes add up to %s, so sources disagree: slices are "
                    + "drawn in proportion.", Formats.percent(BigDecimal.valueOf(drawn), false)));
        }
        return new OwnershipPie(caption, basis, slices, notes);
    }

    /**
     * How much of their "at most" figures the sellers of an unreported split are drawn with: together they gave up
     * the points the snapshot says, so their slices share what is left of their combined holdings, in proportion to
     * each one's upper bound. Adds a note naming them; 1 when there are none.
     */
    private static double sharedFactor(OwnershipSnapshot snapshot, String basis, List<Stake> stakes,
                                       Function<String, String> names, List<String> notes) {
        BigDecimal sold = snapshot.soldTogether().getOrDefault(basis, BigDecimal.ZERO);
        List<Stake> sellers = stakes.stream()
                .filter(stake -> stake.statement() == Stake.Statement.REDUCED_BY_UNKNOWN).toList();
        BigDecimal upper = sellers.stream().map(Stake::effectivePercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sold.signum() <= 0 || upper.signum() <= 0) {
            return 1;
        }
        BigDecimal together = upper.subtract(sold).max(BigDecimal.ZERO);
        notes.add(sellers.stream().map(stake -> names.apply(stake.holderId())).collect(Collectors.joining(" and "))
                + " gave up " + Formats.points(sold) + " between them in a split nobody reports: together they hold "
                + Formats.percent(together, false) + ", and their slices share it.");
        return together.doubleValue() / upper.doubleValue();
    }

    /** What the slices add up to; over 100 when figures overlap. */
    public double total() {
        return slices.stream().mapToDouble(PieSlice::percent).sum();
    }

}
