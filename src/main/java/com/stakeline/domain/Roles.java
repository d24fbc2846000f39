package com.stakeline.domain;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How roles are compared: case and spacing aside, a few common spellings name one role ("Chief Executive Officer" is
 * "CEO", "Chairman" is "Chair"), and some roles are held by one person at a time, so appointing someone to them ends
 * the previous holder's tenure.
 */
public final class Roles {

    /**
     * The one-holder roles: CEO, chair, president, and the chief officers in long or short form (CFO, COO, "Chief
     * Strategy Officer", CHRO). A "co-" role is shared by definition, and directors and vice presidents are many.
     */
    private static final Pattern ONE_HOLDER = Pattern.compile("chair|president|c[a-z]{1,2}o|chief [a-z -]+ officer");
    private static final Map<String, String> SPELLINGS = Map.of(
            "chief executive officer", "ceo",
            "chief financial officer", "cfo",
            "chief operating officer", "coo",
            "chief technology officer", "cto",
            "chairman", "chair",
            "chairwoman", "chair",
            "chairperson", "chair",
            "chair of the board", "chair",
            "executive chair", "chair",
            "executive chairman", "chair");

    private Roles() {
    }

    /** The role's key: lower case, single spaces, "interim" dropped (interim is a flag), common spellings merged. */
    public static String key(String role) {
        String key = singleSpaced(role.strip().toLowerCase(Locale.ROOT));
        if (key.startsWith("interim ")) {
            key = key.substring("interim ".length());
        }
        return SPELLINGS.getOrDefault(key, key);
    }

    /** The text with every run of white space made one space; called per event, so no regular expression. */
    private static String singleSpaced(String text) {
        StringBuilder spaced = new StringBuilder(text.length());
        boolean afterSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (!space || !afterSpace) {
                spaced.append(space ? ' ' : c);
            }
            afterSpace = space;
        }
        return spaced.toString();
    }

    /** Whether one person at a time holds the role, so a new holder ends the previous one's tenure. */
    public static boolean oneHolder(String role) {
        return isOneHolderKey(key(role));
    }

    /** Whether the role with this {@link #key} is held by one person at a time. */
    static boolean isOneHolderKey(String key) {
        return ONE_HOLDER.matcher(key).matches();
    }
}
