package com.stakeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The mistakes people make when editing JSON by hand, each explained in words before the parser's detail. */
class JsonSyntaxMessagesTest {

    static Stream<Arguments> handEditingMistakes() {
        return Stream.of(
                Arguments.of("{\"title\": \"A\",}", "1:15", "a comma before '}' has nothing after it; remove that last comma"),
                Arguments.of("{\"tags\": [\"a\",]}", "1:15", "a comma before ']' has nothing after it"),
                Arguments.of("{\"a\": 1\n \"b\": 2}", "2:2", "a comma is missing between two fields"),
                Arguments.of("{\"tags\": [\"a\" \"b\"]}", "1:15", "a comma is missing between two items of a list"),
                Arguments.of("{'title': 1}", "1:2", "text and field names go in double quotes, not single quotes"),
                Arguments.of("{title: 1}", "1:2", "a field name must be in double quotes"),
                Arguments.of("{\"title\" 1}", "1:10", "a colon is missing between a field's name and its value"),
                Arguments.of("{\"title\": \"two\nlines\"}", "1:15", "a line break or control character inside quoted text"),
                Arguments.of("{\"tags\": [1}", "1:12", "'}' cannot close the list opened at line 1, column 10, which ends "
                        + "with ']': a bracket is missing or mismatched"),
                Arguments.of("{\n// a note\n}", "2:1", "JSON allows no comments"),
                Arguments.of("{\"ok\": tru}", "1:8", "'tru' is not a JSON value; text goes in double quotes"),
                Arguments.of("{\"n\": 01}", "1:8", "a number may not start with 0"),
                Arguments.of("{\"n\": +1}", "1:8", "a number may not start with '+'"),
                Arguments.of("{\"t\": \"C:\\dir\"}", "1:11", "write a backslash itself as \\\\"),
                Arguments.of("{\"events\": [\n{\"id\": 1", "2:9",
                        "the file ends too early: it looks truncated; the object opened at line 2, column 1 is never closed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handEditingMistakes")
    void aMistakeIsExplainedInWordsThenByTheParser(String json, String place, String words) {
        LoadReport report = new EventStoreReader().read("store.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertEquals(1, report.problems().size(), report.problems().toString());
        String line = report.problems().get(0).format();
        assertTrue(line.startsWith("store.json:" + place + ": "), line);
        assertTrue(line.contains(words), line);
        assertTrue(line.matches(".*\\S \\((Unexpected|Unrecognized|Illegal|Invalid) .*\\)"),
                "the parser's detail follows the words in brackets: " + line);
        assertFalse(line.contains("Source") || line.contains("REDACTED") || line.contains("enable")
                || line.contains("Feature"), line);
    }
}
