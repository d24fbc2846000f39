package com.stakeline.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads JSON into a {@link JsonTree} with locations, under stream read constraints that keep hostile files (deep
 * nesting, endless strings or numbers) from exhausting the stack or the heap.
 */
final class JsonTreeReader {

    /** Far deeper than any event store needs (about five levels), far shallower than what would overflow the stack. */
    static final int MAX_NESTING_DEPTH = 64;
    /** Past this many members an object's names are checked for repeats through a set rather than one by one. */
    private static final int MEMBERS_SCANNED_FOR_REPEATS = 16;

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

    private final JsonParser parser;
    private final BiConsumer<String, Location> duplicateKey;
    private final Map<String, Consumer<JsonTree>> streamed;
    private final JsonTree items = new JsonTree();

    private JsonTreeReader(JsonParser parser, BiConsumer<String, Location> duplicateKey,
                           Map<String, Consumer<JsonTree>> streamed) {
        this.parser = parser;
        this.duplicateKey = duplicateKey;
        this.streamed = streamed;
    }

    /**
     * Reads one JSON value from the stream, which must hold nothing after it. When the value is an object, each item of
     * a member array named in {@code streamed} goes to that member's consumer as soon as it is read, as the root of a
     * tree that is reused for the next item, and the returned tree keeps an empty array in its place: a million events
     * then never stand in memory as one tree.
     *
     * @param duplicateKey told of each member name that repeats within an object (the first value is kept)
     * @return the tree, or null when the stream holds no value
     * @throws IOException on a syntax error, bad encoding or a broken constraint; Jackson's exception gives the place
     */
    static JsonTree read(InputStream in, BiConsumer<String, Location> duplicateKey,
                         Map<String, Consumer<JsonTree>> streamed) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            try {
                if (parser.nextToken() == null) {
                    return null;
                }
                JsonTree root = new JsonTree();
                new JsonTreeReader(parser, duplicateKey, streamed).readValue(root, null, 0, true);
                if (parser.nextToken() != null) {
                    throw new TrailingContentException(location(parser.currentTokenLocation()));
                }
                return root;
            } catch (StreamConstraintsException e) {
                // Jackson places a broken limit nowhere; the parser stands just past where it was crossed.
                throw new LimitException(e.getOriginalMessage(), location(parser.currentLocation()));
            }
        }
    }

    /** Reads the value at the parser's current token into {@code tree}, under the member {@code name} if not null. */
    private void readValue(JsonTree tree, String name, long namePosition, boolean root) throws IOException {
        long position = tokenPosition();
        switch (parser.currentToken()) {
            case START_OBJECT -> readObject(tree, tree.add(JsonTree.Kind.OBJECT, null, name, namePosition, position),
                    root);
            case START_ARRAY -> {
                int array = tree.add(JsonTree.Kind.ARRAY, null, name, namePosition, position);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    readValue(tree, null, 0, false);
                }
                tree.close(array);
            }
            case VALUE_STRING -> tree.add(JsonTree.Kind.STRING, parser.getText(), name, namePosition, position);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                    tree.add(JsonTree.Kind.NUMBER, parser.getText(), name, namePosition, position);
            case VALUE_TRUE -> tree.add(JsonTree.Kind.TRUE, null, name, namePosition, position);
            case VALUE_FALSE -> tree.add(JsonTree.Kind.FALSE, null, name, namePosition, position);
            case VALUE_NULL -> tree.add(JsonTree.Kind.NULL, null, name, namePosition, position);
            default -> throw new IllegalStateException("unexpected token " + parser.currentToken());
        }
    }

    private void readObject(JsonTree tree, int object, boolean root) throws IOException {
        Set<String> namesSeen = null;
        int members = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            // Names are rare in messages but their place must be taken now; values' places cost no object.
            long namePosition = position(parser.currentTokenLocation());
            parser.nextToken();
            if (++members == MEMBERS_SCANNED_FOR_REPEATS) {
                namesSeen = new HashSet<>();
                for (int member = JsonTree.first(object); member < tree.size(); member = tree.next(member)) {
                    namesSeen.add(tree.name(member));
                }
            }
            boolean repeated = namesSeen != null ? !namesSeen.add(name) : isMemberSoFar(tree, object, name);
            Consumer<JsonTree> itemConsumer = root ? streamed.get(name) : null;
            if (itemConsumer != null && parser.currentToken() == JsonToken.START_ARRAY && !repeated) {
                tree.close(tree.add(JsonTree.Kind.ARRAY, null, name, namePosition, tokenPosition()));
                streamItems(itemConsumer);
            } else if (repeated) {
                duplicateKey.accept(name, JsonTree.location(namePosition));
                parser.skipChildren();
            } else {
                readValue(tree, name, namePosition, false);
            }
        }
        tree.close(object);
    }

    /** Whether the object being read already has a member {@code name}: its end is not yet set. */
    private static boolean isMemberSoFar(JsonTree tree, int object, String name) {
        for (int member = JsonTree.first(object); member < tree.size(); member = tree.next(member)) {
            if (name.equals(tree.name(member))) {
                return true;
            }
        }
        return false;
    }

    private void streamItems(Consumer<JsonTree> itemConsumer) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.clear();
            readValue(items, null, 0, false);
            itemConsumer.accept(items);
        }
    }

    /**
     * Where the current value token starts. Jackson's own location of it would be a new object for every value;
     * its 1-based column getter counts one past the location's column.
     */
    private long tokenPosition() {
        if (parser instanceof ParserBase base) {
            return JsonTree.position(base.getTokenLineNr(), base.getTokenColumnNr() - 1);
        }
        return position(parser.currentTokenLocation());
    }

    private static long position(JsonLocation location) {
        return JsonTree.position(location.getLineNr(), location.getColumnNr());
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
