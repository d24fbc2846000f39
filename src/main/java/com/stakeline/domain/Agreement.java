package com.stakeline.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;

/**
 * Whether two values of one field say the same thing. An approximate amount agrees with another when they differ by no
 * more than half a unit of its second significant digit or 5% of it, whichever is wider: ~$14B agrees with $13.8B, but
 * ~$10B does not agree with $5B. An approximate percentage agrees within one percentage point. A year or month date
 * agrees with any date inside its span.
 */
public final class Agreement {

    /** The tolerance of an approximate amount as a fraction of it, when that is wider than its rounding. */
    public static final BigDecimal APPROX_FRACTION = new BigDecimal("0.05");
    /** The tolerance of an approximate percentage, in percentage points. */
    public static final BigDecimal APPROX_PERCENT_POINTS = BigDecimal.ONE;

    private Agreement() {
    }

    /**
     * Whether {@code accepted} and {@code claimed} agree.
     *
     * @param acceptedApprox whether the accepted value is approximate (for percentages, which carry no flag)
     * @param claimedApprox whether the claimed value is approximate (likewise)
     */
    public static boolean agree(Object accepted, boolean acceptedApprox, Object claimed, boolean claimedApprox) {
        if (accepted == null || claimed == null) {
            return accepted == claimed;
        }
        if (accepted instanceof Money a && claimed instanceof Money c) {
            return a.currency().equals(c.currency()) && amountsAgree(a.value(), a.approx(), c.value(), c.approx());
        }
        if (accepted instanceof BigDecimal a && claimed instanceof BigDecimal c) {
            return percentagesAgree(a, acceptedApprox, c, claimedApprox);
        }
        if (accepted instanceof PartialDate a && claimed instanceof PartialDate c) {
            return a.contains(c) || c.contains(a);
        }
        if (accepted instanceof EntityList a && claimed instanceof EntityList c) {
            return new HashSet<>(a.ids()).equals(new HashSet<>(c.ids()));
        }
        if (accepted instanceof String a && claimed instanceof String c) {
            return a.strip().toLowerCase(Locale.ROOT).equals(c.strip().toLowerCase(Locale.ROOT));
        }
        return accepted.equals(claimed);
    }

    /** Whether two amounts agree, either one approximate within {@link #amountTolerance its tolerance}. */
    public static boolean amountsAgree(BigDecimal a, boolean aApprox, BigDecimal b, boolean bApprox) {
        BigDecimal difference = a.subtract(b).abs();
        return difference.signum() == 0
                || aApprox && difference.compareTo(amountTolerance(a)) <= 0
                || bApprox && difference.compareTo(amountTolerance(b)) <= 0;
    }

    /** Whether two percentages agree, either one approximate within one percentage point. */
    public static boolean percentagesAgree(BigDecimal a, boolean aApprox, BigDecimal b, boolean bApprox) {
        BigDecimal difference = a.subtract(b).abs();
        return difference.signum() == 0 || (aApprox || bApprox) && difference.compareTo(APPROX_PERCENT_POINTS) <= 0;
    }

    /**
     * How far another amount may be from the approximate {@code approx}: half a unit of its second significant digit
     * (±$0.5B for ~$14B, ±$5B for ~$500B) or 5% of it, whichever is wider.
     */
    public static BigDecimal amountTolerance(BigDecimal approx) {
        if (approx.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = approx.abs().stripTrailingZeros();
        // precision - scale is the position of the leading digit; the second significant digit sits one place lower.
        int secondDigitExponent = stripped.precision() - stripped.scale() - 2;
        BigDecimal halfUnit = BigDecimal.ONE.scaleByPowerOfTen(secondDigitExponent).divide(BigDecimal.valueOf(2));
        return halfUnit.max(approx.abs().multiply(APPROX_FRACTION));
    }
}
