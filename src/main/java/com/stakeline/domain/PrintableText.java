package com.stakeline.domain;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A store's text made safe to print, and what in it is not: characters that would act on a terminal or a text line
 * instead of showing (control characters, line and paragraph separators, and the bidirectional overrides and
 * isolates that make text display in an order other than it is stored) are written out as escapes, such as
 * {@code \n} or {@code \u202E}. A message never lets a file forge a line of output, clear a screen, or make "ateM"
 * read "Meta".
 */
public final class PrintableText {

    /** How many characters of a number a message writes at most, so a hostile one cannot flood it. */
    static final int NUMBER_CHARACTERS = 20;

    private PrintableText() {
    }

    /** {@code text} with every character that does not simply show written as an escape. */
    public static String escape(String text) {
        int first = 0;
        while (first < text.length() && !acts(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!acts(c)) {
                escaped.append(c);
            } else if (c == '\n') {
                escaped.append("\\n");
            } else if (c == '\r') {
                escaped.append("\\r");
            } else if (c == '\t') {
                escaped.append("\\t");
            } else {
                escaped.append(String.format("\\u%04X", (int) c));
            }
        }
        return escaped.toString();
    }

    /** {@code text} escaped, and cut to about {@code limit} characters with an ellipsis and its length. */
    public static String brief(String text, int limit) {
        String escaped = escape(text);
        return escaped.length() <= limit ? escaped
                : escaped.substring(0, limit) + "… (" + text.length() + " characters)";
    }

    /** A number in at most about 20 characters: in full when it is short, else in scientific notation, cut. */
    public static String number(BigDecimal number) {
        String plain = number.toPlainString();
        if (plain.length() <= NUMBER_CHARACTERS) {
            return plain;
        }
        String scientific = number.round(new MathContext(6)).toString();
        return scientific.length() <= NUMBER_CHARACTERS ? scientific
                : scientific.substring(0, NUMBER_CHARACTERS) + "…";
    }

    /** Whether {@code c} acts rather than shows: a control character, a separator or a direction override. */
    public static boolean acts(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || isDirectionControl(c);
    }

    /**
     * Whether {@code c} is a bidirectional embedding, override or isolate (U+202A to U+202E, U+2066 to U+2069):
     * characters that reorder the text around them on display.
     */
    public static boolean isDirectionControl(char c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
