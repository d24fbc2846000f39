package com.stakeline.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.stakeline.store.JsonValue.JsonArray;
import com.stakeline.store.JsonValue.JsonBoolean;
import com.stakeline.store.JsonValue.JsonNull;
import com.stakeline.store.JsonValue.JsonNumber;
import com.stakeline.store.JsonValue.JsonObject;
import com.stakeline.store.JsonValue.JsonString;
import com.stakeline.store.JsonValue.Member;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads JSON into a {@link JsonValue} tree with locations, under stream read constraints that keep hostile files
 * (deep nesting, endless strings or numbers) from exhausting the stack or the heap.
 */
final class JsonTreeReader {

    /** Far deeper than any event store needs (about five levels), far shallower than what would overflow the stack. */
    static final int MAX_NESTING_DEPTH = 64;
    /** Exponents up to 999 in size are read; no figure of a store needs one past 18 or below -12. */
    private static final int MAX_EXPONENT_DIGITS = 3;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(64)
                    .maxStringLength(1_000_000)
                    .maxNameLength(1_000)
                    .build())
            // Messages quote the file name and place ourselves; Jackson's copy of the content would only add noise.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private JsonTreeReader() {
    }

    /**
     * Reads one JSON value from the stream, which must hold nothing after it. When the value is an object, each item of
     * a member array named in {@code streamed} goes to that member's consumer as soon as it is read, and the tree keeps
     * an empty array in its place: a million events then never stand in memory as one tree.
     *
     * @param duplicateKey told of each member name that repeats within an object (the first value is kept)
     * @throws IOException on a syntax error, bad encoding or a broken constraint; Jackson's exception gives the place
     */
    static JsonValue read(InputStream in, BiConsumer<String, Location> duplicateKey,
                          Map<String, Consumer<JsonValue>> streamed) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    return null;
                }
                JsonValue value = first == JsonToken.START_OBJECT
                        ? readObject(parser, location(parser.currentTokenLocation()), duplicateKey, streamed)
                        : readValue(parser, duplicateKey);
                if (parser.nextToken() != null) {
                    throw new TrailingContentException(location(parser.currentTokenLocation()));
                }
                return value;
            } catch (StreamConstraintsException e) {
                // Jackson places a broken limit nowhere; the parser stands just past where it was crossed.
                throw new LimitException(e.getOriginalMessage(), location(parser.currentLocation()));
            }
        }
    }

    private static JsonValue readValue(JsonParser parser, BiConsumer<String, Location> duplicateKey) throws IOException {
        Location location = location(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser, location, duplicateKey, Map.of());
            case START_ARRAY -> readArray(parser, location, duplicateKey);
            case VALUE_STRING -> new JsonString(parser.getText(), location);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser.getText(), location);
            case VALUE_TRUE -> new JsonBoolean(true, location);
            case VALUE_FALSE -> new JsonBoolean(false, location);
            case VALUE_NULL -> new JsonNull(location);
            default -> throw new IllegalStateException("unexpected token " + token + " at " + location);
        };
    }

    /**
     * The number written {@code text}, kept exact, any zero as plain 0. One whose exponent is beyond any figure a store
     * holds keeps no value, for the decoder to report at its place: reading it would overflow ({@code 1e2147483648})
     * or make later arithmetic crawl ({@code 1e-100000000}).
     */
    static JsonNumber number(String text, Location location) {
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        String mantissa = e < 0 ? text : text.substring(0, e);
        if (mantissa.chars().noneMatch(c -> c >= '1' && c <= '9')) {
            return new JsonNumber(BigDecimal.ZERO, text, location);
        }
        if (e >= 0) {
            String exponent = text.substring(e + 1);
            String digits = exponent.startsWith("-") || exponent.startsWith("+") ? exponent.substring(1) : exponent;
            if (digits.length() > MAX_EXPONENT_DIGITS) {
                return new JsonNumber(null, text, location);
            }
        }
        return new JsonNumber(new BigDecimal(text), text, location);
    }

    private static JsonObject readObject(JsonParser parser, Location location, BiConsumer<String, Location> duplicateKey,
                                         Map<String, Consumer<JsonValue>> streamed) throws IOException {
        Map<String, Member> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Location nameLocation = location(parser.currentTokenLocation());
            JsonToken valueToken = parser.nextToken();
            Consumer<JsonValue> items = streamed.get(name);
            JsonValue value = items != null && valueToken == JsonToken.START_ARRAY
                    ? streamArray(parser, duplicateKey, items)
                    : readValue(parser, duplicateKey);
            if (members.containsKey(name)) {
                duplicateKey.accept(name, nameLocation);
            } else {
                members.put(name, new Member(name, nameLocation, value));
            }
        }
        return new JsonObject(members, location);
    }

    private static JsonArray streamArray(JsonParser parser, BiConsumer<String, Location> duplicateKey,
                                         Consumer<JsonValue> items) throws IOException {
        Location location = location(parser.currentTokenLocation());
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.accept(readValue(parser, duplicateKey));
        }
        return new JsonArray(List.of(), location);
    }

    private static JsonArray readArray(JsonParser parser, Location location, BiConsumer<String, Location> duplicateKey)
            throws IOException {
        List<JsonValue> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser, duplicateKey));
        }
        return new JsonArray(items, location);
    }

    private static Location location(JsonLocation location) {
        return new Location(location.getLineNr(), location.getColumnNr());
    }

    /** A value broke one of the limits that keep hostile files from exhausting the stack or the heap. */
    static final class LimitException extends IOException {
        private final Location location;

        LimitException(String message, Location location) {
            super(message);
            this.location = location;
        }

        Location location() {
            return location;
        }
    }

    /** Something follows the single JSON value a file may hold. */
    static final class TrailingContentException extends IOException {
        private final Location location;

        TrailingContentException(Location location) {
            super("unexpected content after the end of the JSON value");
            this.location = location;
        }

        Location location() {
            return location;
        }
    }
}
