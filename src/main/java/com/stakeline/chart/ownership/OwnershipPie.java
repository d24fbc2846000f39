package com.stakeline.chart.ownership;

import com.stakeline.domain.Formats;
import com.stakeline.domain.OwnershipSnapshot;
import com.stakeline.domain.Stake;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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
        for (Stake stake : stakes) {
            slices.add(new PieSlice(stake.holderId(), names.apply(stake.holderId()),
                    stake.effectivePercent().doubleValue(), Formats.stakePercent(stake), Formats.stakeDetails(stake, snapshot)));
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
            notes.add(String.format(Locale.ROOT, "The figures add up to %s: sources disagree, or sellers' "
                    + "shares are upper bounds. Slices are drawn in proportion.",
                    Formats.percent(BigDecimal.valueOf(drawn), false)));
        }
        return new OwnershipPie(caption, basis, slices, notes);
    }

    /** What the slices add up to; over 100 when figures overlap. */
    public double total() {
        return slices.stream().mapToDouble(PieSlice::percent).sum();
    }

}
