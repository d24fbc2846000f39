package com.stakeline.store;

import com.stakeline.domain.PrintableText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood in its file, so every message can point at the line and column.
 * Jackson's own tree forgets locations, hence this small one.
 */
sealed interface JsonValue {

    /** Where the value starts. */
    Location location();

    /** What the value is, for messages: "a string", "an array". */
    String describe();

    /**
     * An object, members in file order.
     *
     * @param members by name
     * @param location where the opening brace stands
     */
    record JsonObject(Map<String, Member> members, Location location) implements JsonValue {
        @Override
        public String describe() {
            return "an object";
        }
    }

    /**
     * A member of an object.
     *
     * @param name the member's name
     * @param nameLocation where the name stands
     * @param value its value
     */
    record Member(String name, Location nameLocation, JsonValue value) {
    }

    /**
     * An array.
     *
     * @param items the items
     * @param location where the opening bracket stands
     */
    record JsonArray(List<JsonValue> items, Location location) implements JsonValue {
        @Override
        public String describe() {
            return "an array";
        }
    }

    /**
     * A string.
     *
     * @param value the text
     * @param location where it stands
     */
    record JsonString(String value, Location location) implements JsonValue {
        @Override
        public String describe() {
            return "the string \"" + PrintableText.brief(value, 40) + "\"";
        }
    }

    /**
     * A number, kept exact.
     *
     * @param value the number, or null when it is out of any range a store's figures take
     * @param text the number as the file writes it
     * @param location where it stands
     */
    record JsonNumber(BigDecimal value, String text, Location location) implements JsonValue {
        @Override
        public String describe() {
            return "the number " + written();
        }

        /** The number in at most about 20 characters, for a message. */
        String written() {
            return value == null ? PrintableText.brief(text, 12) : PrintableText.number(value);
        }
    }

    /**
     * true or false.
     *
     * @param value the value
     * @param location where it stands
     */
    record JsonBoolean(boolean value, Location location) implements JsonValue {
        @Override
        public String describe() {
            return Boolean.toString(value);
        }
    }

    /**
     * null.
     *
     * @param location where it stands
     */
    record JsonNull(Location location) implements JsonValue {
        @Override
        public String describe() {
            return "null";
        }
    }
}
