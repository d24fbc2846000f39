package com.stakeline.cli;

import java.util.Arrays;

/** Percentiles of benchmark timings. */
final class Percentiles {

    private Percentiles() {
    }

    /** The value below which {@code percent}% of {@code values} fall: the nearest-rank percentile. */
    static double of(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
