package com.stakeline.cli;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.ownership.OwnershipPie;
import com.stakeline.chart.ownership.OwnershipRenderer;
import com.stakeline.chart.text.FontMetricsMeasure;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.Ownership;
import com.stakeline.domain.Tenures;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Times the as-of questions every view asks at the cursor (who owns what, who holds which role) both ways: by walking
 * the events, as before the history was indexed, and by binary search in a {@link CompanyHistory}; and what the
 * ownership tab does when the cursor moves: the snapshot, its pie, the layout and the painting, through a painter
 * that draws nothing.
 */
final class AsOfBench {

    static final String HEADER = String.format(Locale.ROOT, "%9s | %-34s | %-34s | %s", "build ms",
            "ownership: linear ms / indexed µs", "tenures: linear ms / indexed µs", "ownership pie µs");

    private static final int LINEAR_QUERIES = 5;
    private static final int INDEXED_QUERIES = 20_000;
    /** The ownership chart's size in a 1600×1000 window. */
    private static final double PIE_WIDTH = 900;
    private static final double PIE_HEIGHT = 320;

    private AsOfBench() {
    }

    /** One row of the as-of table for {@code store}, queried at days drawn with {@code seed}. */
    static String measure(EventStore store, long seed) {
        String subject = store.subjectId();
        LocalDate first = store.events().get(0).date().start();
        LocalDate last = store.events().get(store.events().size() - 1).date().end();
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate[] days = new LocalDate[INDEXED_QUERIES];
        for (int i = 0; i < days.length; i++) {
            days[i] = first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() + 1));
        }
        CompanyHistory.of(store, subject);
        long start = System.nanoTime();
        CompanyHistory history = CompanyHistory.of(store, subject);
        double buildMillis = (System.nanoTime() - start) / 1e6;

        double[] linearOwnership = time(days, LINEAR_QUERIES, day -> Ownership.asOf(store, subject, day));
        double[] indexedOwnership = time(days, INDEXED_QUERIES, history::ownershipAsOf);
        double[] linearTenures = time(days, LINEAR_QUERIES, day -> Tenures.of(store, subject).heldOn(day));
        double[] indexedTenures = time(days, INDEXED_QUERIES, history::tenuresHeldOn);
        OwnershipRenderer pies = new OwnershipRenderer(new FontMetricsMeasure());
        double[] pie = time(days, INDEXED_QUERIES, day -> pies.draw(TimelineBench.NO_OP, pies.layout(List.of(
                OwnershipPie.of("As of", history.ownershipAsOf(day), Ownership.EQUITY, subject, store::entityName)),
                PIE_WIDTH, PIE_HEIGHT, ChartStyle.LIGHT), ChartStyle.LIGHT, null));
        return String.format(Locale.ROOT, "%9.0f | %8.1f / %7.2f p99 %7.2f   | %8.1f / %7.2f p99 %7.2f   | %7.2f p99 %7.2f",
                buildMillis, mean(linearOwnership) / 1e3, mean(indexedOwnership), Percentiles.of(indexedOwnership, 99),
                mean(linearTenures) / 1e3, mean(indexedTenures), Percentiles.of(indexedTenures, 99), mean(pie),
                Percentiles.of(pie, 99));
    }

    /** Microseconds per query for the first {@code count} days, after as many untimed queries to warm up. */
    private static double[] time(LocalDate[] days, int count, Consumer<LocalDate> query) {
        for (int i = 0; i < count; i++) {
            query.accept(days[days.length - 1 - i]);
        }
        double[] micros = new double[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            query.accept(days[i]);
            micros[i] = (System.nanoTime() - start) / 1e3;
        }
        return micros;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(0);
    }
}
