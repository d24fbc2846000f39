package com.stakeline.chart.valuation;

import com.stakeline.domain.Conflict;
import com.stakeline.domain.Conflicts;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.Field;
import com.stakeline.domain.Formats;
import com.stakeline.domain.Money;
import com.stakeline.domain.ValuationPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A company's post-money valuations as steps ready to draw, with what each round raised, in one currency. A value
 * that sources dispute carries the range between the claims; a valuation that only restates the one before on the
 * same day is not a step of its own. Every figure comes from the valuation points of the
 * company's history and the events that state them.
 *
 * @param currency the currency drawn
 * @param steps the steps, earliest first
 * @param notes what a reader must know: points in other currencies left out
 */
public record ValuationChart(String currency, List<Step> steps, List<String> notes) {

    /** Copies the lists. */
    public ValuationChart {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    /**
     * One valuation, from its day until the next.
     *
     * @param eventId the event that states it
     * @param day the first day it holds
     * @param label what set it, such as "Series C"
     * @param value the post-money valuation
     * @param approx whether it is approximate
     * @param low the lowest value a source gives, the value itself when none disputes it
     * @param high the highest value a source gives
     * @param raised what the round raised, or NaN when the event does not say
     * @param valueText the value for people: "~$14B"
     * @param stepUpText the multiple over the step before, such as "~2.07×"; empty for the first
     */
    public record Step(String eventId, LocalDate day, String label, double value, boolean approx, double low,
                       double high, double raised, String valueText, String stepUpText) {

        /** Whether sources give other values for it. */
        public boolean disputed() {
            return low < value || high > value;
        }
    }

    /** The chart of {@code valuations}, whose events {@code store} holds. */
    public static ValuationChart of(EventStore store, List<ValuationPoint> valuations) {
        List<Step> steps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String currency = valuations.isEmpty() ? "USD" : valuations.get(0).postMoney().currency();
        int otherCurrency = 0;
        for (ValuationPoint point : valuations) {
            Money money = point.postMoney();
            if (!money.currency().equals(currency)) {
                otherCurrency++;
                continue;
            }
            if (!steps.isEmpty() && restates(steps.get(steps.size() - 1), point)) {
                continue;
            }
            Event event = store.event(point.eventId()).orElseThrow();
            double value = money.value().doubleValue();
            double low = value;
            double high = value;
            for (Conflict conflict : Conflicts.of(event)) {
                if (conflict.field() == Field.POST_MONEY && conflict.claimed() instanceof Money claimed
                        && claimed.currency().equals(currency)) {
                    low = Math.min(low, claimed.value().doubleValue());
                    high = Math.max(high, claimed.value().doubleValue());
                }
            }
            double raised = event.type() == EventType.FUNDING_ROUND
                    ? event.get(Field.AMOUNT).filter(amount -> amount.currency().equals(currency))
                            .map(amount -> amount.value().doubleValue()).orElse(Double.NaN)
                    : Double.NaN;
            String stepUp = point.stepUpMultiple().map(multiple -> Formats.multiple(multiple, point.stepUpApprox()))
                    .orElse("");
            steps.add(new Step(point.eventId(), point.date().start(), point.label(), value, money.approx(), low, high,
                    raised, Formats.money(money), stepUp));
        }
        if (otherCurrency > 0) {
            notes.add(otherCurrency + (otherCurrency == 1 ? " valuation" : " valuations")
                    + " in other currencies than " + currency + " are not drawn.");
        }
        return new ValuationChart(currency, steps, notes);
    }

    /**
     * Whether {@code point} only restates {@code last}: the same value on the same day, as a stake bought in a round
     * states the round's post-money. It would draw a step of nothing, labelled 1×.
     */
    private static boolean restates(Step last, ValuationPoint point) {
        return last.day().equals(point.date().start())
                && last.value() == point.postMoney().value().doubleValue();
    }

    /**
     * The steps a window from {@code fromDay} to {@code toDay} (epoch days) shows, as a range of indexes: from the
     * step in force at its start (or the first step) up to, not including, the first that starts after its end.
     */
    public int[] shownBetween(double fromDay, double toDay) {
        int inForce = Math.max(0, startingBy(fromDay) - 1);
        return new int[] {inForce, startingBy(toDay)};
    }

    /** How many steps start on or before {@code epochDay}: a binary search, as steps are in date order. */
    private int startingBy(double epochDay) {
        int low = 0;
        int high = steps.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (steps.get(middle).day().toEpochDay() <= epochDay) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Whether the values span more than tenfold, when a logarithmic axis reads better. */
    public boolean spansTenfold() {
        double min = steps.stream().mapToDouble(Step::low).filter(value -> value > 0).min().orElse(1);
        double max = steps.stream().mapToDouble(Step::high).max().orElse(1);
        return max / min > 10;
    }
}
