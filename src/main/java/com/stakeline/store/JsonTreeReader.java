package com.stakeline.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.stakeline.store.JsonValue.JsonArray;
import com.stakeline.store.JsonValue.JsonBoolean;
import com.stakeline.store.JsonValue.JsonNull;
import com.stakeline.store.JsonValue.JsonNumber;
import com.stakeline.store.JsonValue.JsonObject;
import com.stakeline.store.JsonValue.JsonString;
import com.stakeline.store.JsonValue.Member;
import java.io.IOException;
import java.io.InputStream;
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
     * Reads one JSON value from the stream, which must hold nothing after it.
     *
     * @param duplicateKey told of each member name that repeats within an object (the first value is kept)
     * @throws IOException on a syntax error, bad encoding or a broken constraint; Jackson's exception gives the place
     */
    static JsonValue read(InputStream in, BiConsumer<String, Location> duplicateKey) throws IOException {
        return read(in, duplicateKey, null, item -> { });
    }

    /**
     * Reads one JSON value like {@link #read(InputStream, BiConsumer)}, except that when it is an object whose member
     * {@code streamedMember} is an array, each item of that array goes to {@code items} as soon as it is read and the
     * tree keeps an empty array in its place. A million events then never stand in memory as one tree.
     */
    static JsonValue read(InputStream in, BiConsumer<String, Location> duplicateKey, String streamedMember,
                          Consumer<JsonValue> items) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            JsonValue value = first == JsonToken.START_OBJECT && streamedMember != null
                    ? readObject(parser, location(parser.currentTokenLocation()), duplicateKey, streamedMember, items)
                    : readValue(parser, duplicateKey);
            if (parser.nextToken() != null) {
                throw new TrailingContentException(location(parser.currentTokenLocation()));
            }
            return value;
        }
    }

    private static JsonValue readValue(JsonParser parser, BiConsumer<String, Location> duplicateKey) throws IOException {
        Location location = location(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser, location, duplicateKey, null, null);
            case START_ARRAY -> readArray(parser, location, duplicateKey);
            case VALUE_STRING -> new JsonString(parser.getText(), location);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonNumber(parser.getDecimalValue(), location);
            case VALUE_TRUE -> new JsonBoolean(true, location);
            case VALUE_FALSE -> new JsonBoolean(false, location);
            case VALUE_NULL -> new JsonNull(location);
            default -> throw new IllegalStateException("unexpected token " + token + " at " + location);
        };
    }

    private static JsonObject readObject(JsonParser parser, Location location, BiConsumer<String, Location> duplicateKey,
                                         String streamedMember, Consumer<JsonValue> items) throws IOException {
        Map<String, Member> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Location nameLocation = location(parser.currentTokenLocation());
            JsonToken valueToken = parser.nextToken();
            JsonValue value = name.equals(streamedMember) && valueToken == JsonToken.START_ARRAY
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
