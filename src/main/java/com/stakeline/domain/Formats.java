package com.stakeline.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /** A multiple: "2.07×". */
    public static String multiple(BigDecimal multiple) {
        return decimal(multiple) + "×";
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

    /** Up to two decimals, no trailing zeros, no exponent: "14.3", "29", "2.07". */
    private static String decimal(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
