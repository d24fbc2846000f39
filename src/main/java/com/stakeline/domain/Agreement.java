package com.stakeline.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Locale;

/**
 * Whether two values of one field say the same thing. An approximate number agrees with another when the other,
 * rounded to the approximate one's precision, equals it: ~$14B (precise to a billion) agrees with $13.8B.
 * A year or month date agrees with any date inside its span.
 */
public final class Agreement {

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
            return a.currency().equals(c.currency()) && numbersAgree(a.value(), a.approx(), c.value(), c.approx());
        }
        if (accepted instanceof BigDecimal a && claimed instanceof BigDecimal c) {
            return numbersAgree(a, acceptedApprox, c, claimedApprox);
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

    /** Whether two numbers agree, either one approximate to the precision of its last non-zero digit. */
    public static boolean numbersAgree(BigDecimal a, boolean aApprox, BigDecimal b, boolean bApprox) {
        if (a.compareTo(b) == 0) {
            return true;
        }
        return aApprox && roundsTo(b, a) || bApprox && roundsTo(a, b);
    }

    /** Whether {@code value} rounded to the unit of {@code approx}'s last non-zero digit equals {@code approx}. */
    private static boolean roundsTo(BigDecimal value, BigDecimal approx) {
        if (approx.signum() == 0) {
            return value.signum() == 0;
        }
        int scale = approx.stripTrailingZeros().scale();
        return value.setScale(scale, RoundingMode.HALF_UP).compareTo(approx) == 0;
    }
}
