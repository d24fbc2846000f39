package com.stakeline.domain;

/** Binary search over days kept as sorted epoch-day numbers, the shape every as-of index here uses. */
final class SortedDays {

    private SortedDays() {
    }

    /** How many of the first {@code size} days, sorted ascending, are on or before {@code target}. */
    static int countAtOrBefore(long[] days, int size, long target) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (days[middle] <= target) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
