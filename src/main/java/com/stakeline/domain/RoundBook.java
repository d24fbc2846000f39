package com.stakeline.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A company's funding rounds in date order, kept as prefix sums so that what the rounds between two dates did to an
 * earlier stake is answered by binary search: how many there were, the product of their pre-money ÷ post-money
 * factors, whether any lacks the figures, and whether a holder took part in any.
 */
final class RoundBook {

    private long[] startDays = new long[8];
    /** {@code factors[i]}: the product of the known factors of rounds 0 to i-1. */
    private BigDecimal[] factors = new BigDecimal[9];
    /** {@code unknown[i]}: how many of rounds 0 to i-1 lack a factor. */
    private int[] unknown = new int[9];
    /** {@code approx[i]}: how many of rounds 0 to i-1 have a factor from approximate figures. */
    private int[] approx = new int[9];
    private final Map<String, List<Integer>> roundsJoined = new HashMap<>();
    private int size;

    RoundBook() {
        factors[0] = BigDecimal.ONE;
    }

    /** Adds a round, which must not start before the rounds already added. */
    void add(Event round) {
        if (size == startDays.length) {
            startDays = Arrays.copyOf(startDays, size * 2);
            factors = Arrays.copyOf(factors, size * 2 + 1);
            unknown = Arrays.copyOf(unknown, size * 2 + 1);
            approx = Arrays.copyOf(approx, size * 2 + 1);
        }
        startDays[size] = round.date().start().toEpochDay();
        Dilution dilution = Dilution.of(round);
        factors[size + 1] = dilution == null ? factors[size] : factors[size].multiply(dilution.factor(), MathContext.DECIMAL64);
        unknown[size + 1] = unknown[size] + (dilution == null ? 1 : 0);
        approx[size + 1] = approx[size] + (dilution != null && dilution.approx() ? 1 : 0);
        for (Field<EntityList> field : List.of(Field.LEAD_INVESTORS, Field.INVESTORS)) {
            int index = size;
            round.get(field).ifPresent(investors -> investors.ids().forEach(
                    id -> roundsJoined.computeIfAbsent(id, key -> new ArrayList<>()).add(index)));
        }
        size++;
    }

    /** How many rounds start on or before {@code day}: the index of the first round after it. */
    int startedBy(LocalDate day) {
        return SortedDays.countAtOrBefore(startDays, size, day.toEpochDay());
    }

    /**
     * What rounds {@code from} to {@code to - 1} did to a stake of {@code holderId}: the factor by which they shrank
     * it, or null when any lacks the figures or the holder took part (bought more, by an unreported amount).
     */
    BigDecimal factor(String holderId, int from, int to) {
        if (unknown[to] - unknown[from] > 0 || joinedAny(holderId, from, to)) {
            return null;
        }
        return factors[to].divide(factors[from], MathContext.DECIMAL64);
    }

    /** Whether any of rounds {@code from} to {@code to - 1} rests on approximate figures. */
    boolean anyApprox(int from, int to) {
        return approx[to] - approx[from] > 0;
    }

    private boolean joinedAny(String holderId, int from, int to) {
        List<Integer> joined = roundsJoined.get(holderId);
        if (joined == null) {
            return false;
        }
        int position = Collections.binarySearch(joined, from);
        int firstAtOrAfter = position >= 0 ? position : -position - 1;
        return firstAtOrAfter < joined.size() && joined.get(firstAtOrAfter) < to;
    }

    /**
     * How much a round shrinks the stakes of those who did not take part: pre-money ÷ post-money. A round that states
     * only one of them has the other from its amount (post-money is pre-money plus the amount raised).
     */
    private record Dilution(BigDecimal factor, boolean approx) {

        static Dilution of(Event round) {
            Money amount = round.get(Field.AMOUNT).orElse(null);
            Money pre = round.get(Field.PRE_MONEY).orElse(null);
            Money post = round.get(Field.POST_MONEY).orElse(null);
            if (pre == null && post != null && sameCurrency(amount, post)) {
                pre = new Money(post.value().subtract(amount.value()).max(BigDecimal.ZERO), post.currency(),
                        post.approx() || amount.approx());
            } else if (post == null && pre != null && sameCurrency(amount, pre)) {
                post = new Money(pre.value().add(amount.value()), pre.currency(), pre.approx() || amount.approx());
            }
            if (pre == null || post == null || !sameCurrency(pre, post) || post.value().signum() <= 0
                    || pre.value().compareTo(post.value()) > 0) {
                return null;
            }
            return new Dilution(pre.value().divide(post.value(), MathContext.DECIMAL64), pre.approx() || post.approx());
        }

        private static boolean sameCurrency(Money a, Money b) {
            return a != null && b != null && a.currency().equals(b.currency());
        }
    }
}
