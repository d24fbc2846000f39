package com.stakeline.domain;

import static com.stakeline.domain.TestEvents.round;
import static com.stakeline.domain.TestEvents.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuationSeriesTest {

    @Test
    void eachValuationAfterTheFirstCarriesItsStepUp() {
        List<ValuationPoint> points = ValuationSeries.of(store(
                round("b", "2025", "100", "2900"),
                round("a", "2024-05", "100", "1400"),
                TestEvents.milestone("launch", "2024-07")), "acme");
        assertEquals(List.of("a", "b"), points.stream().map(ValuationPoint::eventId).toList());
        assertTrue(points.get(0).stepUpMultiple().isEmpty());
        assertEquals("2.07×", Formats.multiple(points.get(1).stepUpMultiple().orElseThrow(), points.get(1).stepUpApprox()));
    }

    @Test
    void aStepUpFromAnApproximateValuationIsApproximate() {
        Event approx = TestEvents.event("a", EventType.FUNDING_ROUND, "2024", FieldValues.builder()
                .put(Field.ROUND, "A").put(Field.AMOUNT, Money.of("1", "USD"))
                .put(Field.POST_MONEY, Money.of("14000000000", "USD").approximate()).build());
        ValuationPoint next = ValuationSeries.of(store(approx, round("b", "2025", "100", "29000000000")), "acme").get(1);
        assertTrue(next.stepUpApprox());
        assertEquals("~2.07×", Formats.multiple(next.stepUpMultiple().orElseThrow(), next.stepUpApprox()));
    }

    @Test
    void anApproximateValuationStaysMarkedApproximate() {
        Event approx = TestEvents.event("a", EventType.FUNDING_ROUND, "2024", FieldValues.builder()
                .put(Field.ROUND, "A").put(Field.AMOUNT, Money.of("1", "USD"))
                .put(Field.POST_MONEY, Money.of("14000000000", "USD").approximate()).build());
        ValuationPoint point = ValuationSeries.of(store(approx), "acme").get(0);
        assertTrue(point.postMoney().approx());
        assertEquals(0, point.postMoney().value().compareTo(new BigDecimal("14000000000")));
    }
}
