package com.stakeline.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** A company's post-money valuations over time, from its funding rounds and stake acquisitions. */
public final class ValuationSeries {

    private ValuationSeries() {
    }

    /** Every post-money valuation stated for {@code companyId}, earliest first, with the step-up over the one before. */
    public static List<ValuationPoint> of(EventStore store, String companyId) {
        List<ValuationPoint> points = new ArrayList<>();
        Money previous = null;
        for (Event event : store.events()) {
            if (!event.company().equals(companyId) || event.get(Field.POST_MONEY).isEmpty()) {
                continue;
            }
            Money postMoney = event.get(Field.POST_MONEY).orElseThrow();
            BigDecimal stepUp = previous != null && previous.currency().equals(postMoney.currency())
                    && previous.value().signum() > 0
                    ? postMoney.value().divide(previous.value(), MathContext.DECIMAL64)
                    : null;
            String label = event.get(Field.ROUND).orElse(event.title());
            points.add(new ValuationPoint(event.id(), event.date(), label, postMoney, stepUp));
            previous = postMoney;
        }
        return List.copyOf(points);
    }
}
