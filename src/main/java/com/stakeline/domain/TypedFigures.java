package com.stakeline.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads figures as analysts type them, the way news reports write them: money as {@code 14.3B}, {@code $14,300,000,000},
 * {@code 950M}, {@code ~14B} or {@code EUR 2.5bn}, and percentages as {@code 49}, {@code 49%} or {@code ~49%}.
 */
public final class TypedFigures {

    private static final Pattern MONEY = Pattern.compile(
            "(~|about |approx\\.? |c\\. )?\\s*([A-Z]{3}\\s*|[$€£¥])?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*"
                    + "(k|thousand|m|mn|million|b|bn|billion|t|tn|trillion)?\\s*([A-Z]{3})?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("(~|about |approx\\.? )?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY");
    private static final Map<Character, Integer> SCALES = Map.of('k', 3, 'm', 6, 'b', 9, 't', 12);

    private TypedFigures() {
    }

    /** A figure read from text, or why it could not be. */
    public sealed interface Reading<T> {
    }

    /**
     * A figure read.
     *
     * @param value the figure
     */
    public record Read<T>(T value) implements Reading<T> {
    }

    /**
     * Text that is no such figure.
     *
     * @param message what is wrong, for people
     */
    public record Unreadable<T>(String message) implements Reading<T> {
    }

    /**
     * Money typed as a report writes it; a leading {@code ~} or "about" makes it approximate.
     *
     * @param defaultCurrency the currency when the text names none, such as the store's usual one
     */
    public static Reading<Money> money(String text, String defaultCurrency) {
        return money(text, () -> defaultCurrency);
    }

    /**
     * Money typed as {@link #money(String, String)} reads it, asking {@code defaultCurrency} only when the text
     * names no currency: finding a store's usual one walks all its events.
     */
    public static Reading<Money> money(String text, Supplier<String> defaultCurrency) {
        Matcher matcher = MONEY.matcher(text.strip());
        if (!matcher.matches()) {
            return new Unreadable<>("'" + PrintableText.brief(text, 30) + "' is not an amount (such as 14.3B, "
                    + "$14,300,000,000, 950M or ~14B)");
        }
        String before = matcher.group(2) == null ? null : matcher.group(2).strip().toUpperCase(Locale.ROOT);
        String after = matcher.group(5) == null ? null : matcher.group(5).toUpperCase(Locale.ROOT);
        if (before != null && after != null && !SYMBOLS.getOrDefault(before, before).equals(after)) {
            return new Unreadable<>("names two currencies, " + before + " and " + after);
        }
        String currency = after != null ? after : before != null ? SYMBOLS.getOrDefault(before, before)
                : defaultCurrency.get();
        BigDecimal value = new BigDecimal(matcher.group(3).replace(",", ""));
        if (matcher.group(4) != null) {
            value = value.scaleByPowerOfTen(SCALES.get(matcher.group(4).toLowerCase(Locale.ROOT).charAt(0)));
        }
        return new Read<>(new Money(plain(value), currency, matcher.group(1) != null));
    }

    /**
     * A percentage as typed, whose range the store's rules check; whether it was marked approximate
     * ({@code ~49%}) is {@link #isApproximate}.
     */
    public static Reading<BigDecimal> percent(String text) {
        Matcher matcher = PERCENT.matcher(text.strip());
        if (!matcher.matches()) {
            return new Unreadable<>("'" + PrintableText.brief(text, 30) + "' is not a percentage (such as 49, 49% or "
                    + "~49%)");
        }
        return new Read<>(plain(new BigDecimal(matcher.group(2))));
    }

    /** Whether typed text marks its figure as approximate: {@code ~14B}, "about 49%". */
    public static boolean isApproximate(String text) {
        String start = text.strip().toLowerCase(Locale.ROOT);
        return start.startsWith("~") || start.startsWith("about ") || start.startsWith("approx")
                || start.startsWith("c. ");
    }

    /** A number without trailing zeros or an exponent's scale, as a store writes it: 14300000000, not 1.43E+10. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
