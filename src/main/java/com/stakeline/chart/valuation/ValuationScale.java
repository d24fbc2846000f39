package com.stakeline.chart.valuation;

import com.stakeline.domain.Formats;
import com.stakeline.domain.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a valuation goes up the chart: linearly from zero, or logarithmically between powers of ten, so that $1B,
 * $10B and $100B stand equally far apart.
 *
 * @param log whether the scale is logarithmic
 * @param min the value at the bottom
 * @param max the value at the top
 * @param top the y of {@code max}
 * @param bottom the y of {@code min}
 */
public record ValuationScale(boolean log, double min, double max, double top, double bottom) {

    /** A scale that holds every value of {@code chart} between {@code top} and {@code bottom}. */
    public static ValuationScale of(ValuationChart chart, boolean log, double top, double bottom) {
        double low = chart.steps().stream().mapToDouble(ValuationChart.Step::low).filter(v -> v > 0).min().orElse(1);
        double high = chart.steps().stream().mapToDouble(ValuationChart.Step::high).max().orElse(10);
        if (log) {
            return new ValuationScale(true, Math.pow(10, Math.floor(Math.log10(low))),
                    Math.pow(10, Math.max(Math.ceil(Math.log10(high)), Math.floor(Math.log10(low)) + 1)), top, bottom);
        }
        return new ValuationScale(false, 0, niceStep(high * 1.1 / 4) * 4, top, bottom);
    }

    /** The y of {@code value}. */
    public double y(double value) {
        double share = log ? (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))
                : (value - min) / (max - min);
        return bottom - share * (bottom - top);
    }

    /** The values the axis labels: every power of ten, or four even steps. */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            for (double value = min; value <= max * 1.0001; value *= 10) {
                ticks.add(value);
            }
        } else {
            for (int i = 0; i <= 4; i++) {
                ticks.add(min + (max - min) * i / 4);
            }
        }
        return ticks;
    }

    /** A tick's label in {@code currency}: "$10B". */
    public static String label(double value, String currency) {
        return Formats.money(new Money(BigDecimal.valueOf(value), currency, false));
    }

    /** The smallest 1, 2 or 5 times a power of ten at least {@code rough}. */
    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double multiple : new double[] {1, 2, 5, 10}) {
            if (multiple * power >= rough) {
                return multiple * power;
            }
        }
        return 10 * power;
    }
}
