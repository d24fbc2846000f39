package com.stakeline.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Values written for people: "$14.3B", "~49%", "June 2025", entity names instead of ids. */
public final class Formats {

    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final String[] MAGNITUDES = {"", "K", "M", "B", "T"};

    private Formats() {
    }

    /** Money in short form: "$14.3B", "~$14B", "€850M", "CHF 2.5M". */
    public static String money(Money money) {
        String symbol = CURRENCY_SYMBOLS.getOrDefault(money.currency(), money.currency() + " ");
        BigDecimal value = money.value();
        int magnitude = 0;
        while (value.compareTo(THOUSAND) >= 0 && magnitude < MAGNITUDES.length - 1) {
            value = value.divide(THOUSAND);
            magnitude++;
        }
        return (money.approx() ? "~" : "") + symbol + decimal(value) + MAGNITUDES[magnitude];
    }

    /** A percentage: "49%", "49.3%", "~49%" when approximate. */
    public static String percent(BigDecimal percent, boolean approx) {
        return (approx ? "~" : "") + decimal(percent.setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    /** A multiple: "2.07×", or "~2.07×" when it rests on an approximate figure. */
    public static String multiple(BigDecimal multiple, boolean approx) {
        return (approx ? "~" : "") + decimal(multiple) + "×";
    }

    /** A difference of percentages: "10 points", "1 point", "0.5 points". */
    public static String points(BigDecimal points) {
        String number = decimal(points.setScale(1, RoundingMode.HALF_UP));
        return number + (number.equals("1") || number.equals("-1") ? " point" : " points");
    }

    /** A stake's figure: "49%", "~49%", or "at most 60%" for a seller whose share of a sale is not reported. */
    public static String stakePercent(Stake stake) {
        return stakePercent(stake.percent(), stake.approx(), stake.statement());
    }

    /** A stake's figure from its parts, as {@link #stakePercent(Stake)} writes it. */
    static String stakePercent(BigDecimal percent, boolean approx, Stake.Statement statement) {
        String figure = percent(percent, approx);
        return statement == Stake.Statement.REDUCED_BY_UNKNOWN ? "at most " + figure : figure;
    }

    /**
     * What qualifies a stake's figure, or "" when it was stated and nothing came after: "after a sale in June 2025",
     * "as of March 2020, before 1 later round; implied 40% if it took no part".
     */
    public static String stakeNotes(Stake stake) {
        List<String> notes = new ArrayList<>();
        switch (stake.statement()) {
            case AFTER_SALE -> notes.add("after a sale " + onOrIn(stake.statedOn()));
            case REDUCED_BY_UNKNOWN -> notes.add("reduced by an unreported share of a sale " + onOrIn(stake.statedOn()));
            case STATED -> {
                // A stated figure needs no note of its own.
            }
        }
        if (stake.laterRounds() > 0) {
            notes.add("as of " + stake.statedOn().display() + ", before " + stake.laterRounds()
                    + (stake.laterRounds() == 1 ? " later round" : " later rounds"));
            notes.add(stake.implied()
                    .map(implied -> "implied " + percent(implied, stake.approx()) + " if it took no part")
                    .orElse("implied stake unknown: a round gives no pre- and post-money, or it took part"));
        }
        return String.join("; ", notes);
    }

    /**
     * Everything said of a stake besides its figure: its notes ({@link #stakeNotes}) and its worth, such as "worth
     * $14.21B at the $29B post-money valuation"; empty when there is nothing to say.
     */
    public static String stakeDetails(Stake stake, OwnershipSnapshot snapshot) {
        List<String> details = new ArrayList<>();
        String notes = stakeNotes(stake);
        if (!notes.isEmpty()) {
            details.add(notes);
        }
        stake.worth().ifPresent(value -> details.add("worth " + money(value)
                + (stake.valueEstimate() ? " (estimate, at the implied stake)" : "") + " at the "
                + snapshot.latestValuation().map(Formats::money).orElseThrow() + " post-money valuation"));
        return String.join("; ", details);
    }

    /**
     * One field's value for people, entity ids turned into names.
     *
     * @param approx for percentages, whether the value is approximate
     */
    public static String value(Field<?> field, Object value, boolean approx, EventStore store) {
        if (value == null) {
            return "not stated";
        }
        return switch (field.kind()) {
            case MONEY -> money((Money) value);
            case PERCENT -> percent((BigDecimal) value, approx);
            case DATE -> ((PartialDate) value).display();
            case ENTITY -> store.entityName((String) value);
            case ENTITIES -> ((EntityList) value).ids().stream().map(store::entityName).collect(Collectors.joining(", "));
            case FLAG -> Boolean.TRUE.equals(value) ? "yes" : "no";
            case LEADERSHIP_CHANGE -> ((LeadershipChangeKind) value).display();
            case TEXT -> (String) value;
        };
    }

    /** A date after a preposition: "on 1 July 2019", "in June 2025", "in 2016". */
    static String onOrIn(PartialDate date) {
        return (date.precision() == Precision.DAY ? "on " : "in ") + date.display();
    }

    /** Who held a tenure, for people: "Jason Droege (interim)". */
    public static String holder(Tenure tenure, EventStore store) {
        return store.entityName(tenure.personId()) + (tenure.interim() ? " (interim)" : "");
    }

    /** A day for people: "1 October 2025". */
    public static String day(LocalDate day) {
        return PartialDate.ofDay(day).display();
    }

    /** Up to two decimals, no trailing zeros, no exponent: "14.3", "29", "2.07". */
    private static String decimal(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
