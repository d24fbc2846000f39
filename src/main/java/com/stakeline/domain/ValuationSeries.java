package com.stakeline.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A company's post-money valuations over time, from its funding rounds and stake acquisitions. */
public final class ValuationSeries {

    private ValuationSeries() {
    }

    /** Every post-money valuation stated for {@code companyId}, earliest first, with the step-up over the one before. */
    public static List<ValuationPoint> of(EventStore store, String companyId) {
        List<ValuationPoint> points = new ArrayList<>();
        for (Event event : store.events()) {
            if (event.company().equals(companyId)) {
                next(points, event).ifPresent(points::add);
            }
        }
        return List.copyOf(points);
    }

    /** The point {@code event} adds after {@code points}, when it states a post-money valuation. */
    static Optional<ValuationPoint> next(List<ValuationPoint> points, Event event) {
        return event.get(Field.POST_MONEY).map(postMoney -> {
            Money previous = points.isEmpty() ? null : points.get(points.size() - 1).postMoney();
            boolean comparable = previous != null && previous.currency().equals(postMoney.currency())
                    && previous.value().signum() > 0;
            BigDecimal stepUp = comparable ? postMoney.value().divide(previous.value(), MathContext.DECIMAL64) : null;
            return new ValuationPoint(event.id(), event.date(), event.get(Field.ROUND).orElse(event.title()), postMoney,
                    stepUp, comparable && (previous.approx() || postMoney.approx()));
        });
    }
}
