package com.stakeline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.stakeline.domain.Field;
import com.stakeline.domain.FieldKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The floor under any reader of the format: a store streamed straight into columns (arrays by field, ids as codes),
 * with nothing checked, no position kept, no order and no consistency checks. What the reader does costs more than
 * this; the benchmark prints it beside the reader's load, against the token scan, to say how far a reader built on
 * columns could get.
 */
final class DecodeFloor {

    private final Map<String, Integer> entityCodes = new HashMap<>();
    private final Map<String, Integer> sourceCodes = new HashMap<>();
    private final Map<String, Integer> textCodes = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<Object> figures = new ArrayList<>();
    private int[] codes = new int[1024];
    private long[] dates = new long[1024];
    private int codeCount;
    private int dateCount;

    private DecodeFloor() {
    }

    /** How long the floor decode of {@code file} takes, in milliseconds. */
    static double millis(Path file) throws IOException {
        long start = System.nanoTime();
        DecodeFloor floor = new DecodeFloor();
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            floor.store(parser);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (floor.ids.isEmpty()) {
            throw new IllegalStateException("the floor decode found no events");
        }
        return millis;
    }

    private void store(JsonParser parser) throws IOException {
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String array = parser.currentName();
            parser.nextToken();
            switch (array) {
                case "entities" -> items(parser, entityCodes);
                case "sources" -> items(parser, sourceCodes);
                case "events" -> events(parser);
                default -> parser.skipChildren();
            }
        }
    }

    /** Entities and sources: their ids, coded; the rest of them is what any reader keeps as it is. */
    private void items(JsonParser parser, Map<String, Integer> ids) throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("id")) {
                    code(ids, parser.getText());
                } else if (parser.currentToken() == JsonToken.VALUE_STRING) {
                    texts.add(parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    private void events(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "id" -> ids.add(parser.getText());
                    case "type", "title", "summary" -> texts.add(parser.getText());
                    case "company" -> addCode(code(entityCodes, parser.getText()));
                    case "tags" -> {
                        while (parser.nextToken() == JsonToken.VALUE_STRING) {
                            addCode(code(textCodes, parser.getText()));
                        }
                    }
                    case "sources" -> citations(parser);
                    default -> field(parser, Field.byName(name));
                }
            }
        }
    }

    private void citations(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("ref")) {
                    addCode(code(sourceCodes, parser.getText()));
                } else if (name.equals("says")) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String field = parser.currentName();
                        parser.nextToken();
                        field(parser, Field.byName(field));
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    /** One figure, kept as the domain would keep it: a date as a number, an entity as a code, money as a decimal. */
    private void field(JsonParser parser, Optional<Field<?>> field) throws IOException {
        FieldKind kind = field.map(Field::kind).orElse(null);
        if (kind == null) {
            parser.skipChildren();
            return;
        }
        switch (kind) {
            case DATE -> addDate(parser.getText());
            case ENTITY -> addCode(code(entityCodes, parser.getText()));
            case ENTITIES -> {
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    addCode(code(entityCodes, parser.getText()));
                }
            }
            case MONEY -> {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String member = parser.currentName();
                    parser.nextToken();
                    if (member.equals("value")) {
                        figures.add(parser.getDecimalValue());
                    } else {
                        addCode(code(textCodes, parser.getText()));
                    }
                }
            }
            case PERCENT -> figures.add(parser.getDecimalValue());
            case FLAG -> addCode(parser.getBooleanValue() ? 1 : 0);
            default -> texts.add(parser.getText());
        }
    }

    private static int code(Map<String, Integer> codes, String key) {
        Integer code = codes.get(key);
        if (code == null) {
            code = codes.size();
            codes.put(key, code);
        }
        return code;
    }

    private void addCode(int code) {
        if (codeCount == codes.length) {
            codes = Arrays.copyOf(codes, codeCount * 2);
        }
        codes[codeCount++] = code;
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD as one number, YYYYMMDD with zeros for what is not given. */
    private void addDate(String text) {
        int month = text.length() >= 7 ? Integer.parseInt(text, 5, 7, 10) : 0;
        int day = text.length() >= 10 ? Integer.parseInt(text, 8, 10, 10) : 0;
        if (dateCount == dates.length) {
            dates = Arrays.copyOf(dates, dateCount * 2);
        }
        dates[dateCount++] = Integer.parseInt(text, 0, 4, 10) * 10_000L + month * 100L + day;
    }
}
