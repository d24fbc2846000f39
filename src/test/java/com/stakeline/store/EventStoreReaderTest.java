package com.stakeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.EventStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventStoreReaderTest {

    /** A valid store with one event; the cases below break one thing in it at a time. */
    private static final String VALID = """
            {
              "format": "stakeline-events/1",
              "title": "Test",
              "subject": "acme",
              "entities": [
                {"id": "acme", "name": "Acme", "kind": "company"},
                {"id": "meta", "name": "Meta", "kind": "company"}
              ],
              "sources": [
                {"id": "src-a", "title": "An article", "published": "2025-06-20"}
              ],
              "events": [
                {"id": "stake", "type": "stake_acquisition", "date": "2025-06", "company": "acme",
                 "title": "Meta buys 49%", "acquirer": "meta", "stakePercent": 49,
                 "amount": {"value": 14300000000, "currency": "USD"},
                 "postMoney": {"value": 29000000000, "currency": "USD"},
                 "sources": [{"ref": "src-a"}]}
              ]
            }
            """;

    private final EventStoreReader reader = new EventStoreReader();

    @Test
    void validStoreLoadsWithoutProblems() {
        LoadReport report = read(VALID);
        assertTrue(report.loaded().isPresent(), report.problems().toString());
        assertEquals(List.of(), report.problems());
        assertEquals(1, report.loaded().orElseThrow().events().size());
    }

    @Test
    void bundledDatasetLoadsWithoutWarnings() {
        LoadReport report = BundledDataset.read(reader);
        EventStore store = report.loaded().orElseThrow(() -> new AssertionError(report.problems()));
        assertEquals(List.of(), report.problems());
        assertTrue(store.events().size() >= 15, "the dataset covers the articles' timeline");
    }

    @Test
    void theFormatDocumentationsExampleLoads() throws IOException {
        String doc = Files.readString(Path.of("docs", "format.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        LoadReport report = read(example);
        assertTrue(report.loaded().isPresent(), lines(report).toString());
        assertEquals(List.of(), lines(report));
    }

    @Test
    void outOfRangePercentageIsPlacedAtItsLineAndColumn() {
        LoadReport report = read(VALID.replace("\"stakePercent\": 49", "\"stakePercent\": 149"));
        assertEquals(List.of("test.json:14:68: events[0].stakePercent: 149 is not a percentage (0 to 100)"), lines(report));
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        LoadReport report = read(VALID.replace("\"stakePercent\": 49", "\"stakePercent\": 149")
                .replace("\"2025-06\"", "\"2025-13\"")
                .replace("\"currency\": \"USD\"}", "\"currency\": \"USX\"}"));
        assertEquals(4, report.errors().size(), lines(report).toString());
        assertTrue(report.loaded().isEmpty());
    }

    static Stream<Arguments> malformedStores() {
        return Stream.of(
                Arguments.of("wrong type", VALID.replace("\"title\": \"Test\"", "\"title\": 7"),
                        "title: expected a string, found the number 7"),
                Arguments.of("unknown top-level field", VALID.replace("\"title\": \"Test\",", "\"title\": \"Test\", \"colour\": 1,"),
                        "colour: unknown field"),
                Arguments.of("unknown event type", VALID.replace("\"stake_acquisition\"", "\"merger\""),
                        "events[0].type: unknown event type 'merger'"),
                Arguments.of("unknown field of a type", VALID.replace("\"stakePercent\": 49", "\"stakePercent\": 49, \"round\": \"A\""),
                        "events[0].round: unknown field"),
                Arguments.of("missing events array", "{\"format\": \"stakeline-events/1\", \"title\": \"T\"}",
                        "events: missing required field"),
                Arguments.of("missing required field", VALID.replace("\"acquirer\": \"meta\", ", ""),
                        "events[0].acquirer: missing required field"),
                Arguments.of("bad month", VALID.replace("\"2025-06\"", "\"2025-13\""),
                        "events[0].date: '2025-13' has no month 13"),
                Arguments.of("bad day", VALID.replace("\"2025-06\"", "\"2025-02-30\""),
                        "events[0].date: '2025-02-30' is not a day of the calendar"),
                Arguments.of("not a date", VALID.replace("\"2025-06\"", "\"June 2025\""),
                        "events[0].date: 'June 2025' is not a date"),
                Arguments.of("end before start", VALID.replace("\"date\": \"2025-06\"", "\"date\": \"2025-06\", \"endDate\": \"2024\""),
                        "events[0].endDate: ends 2024, before the event's date 2025-06"),
                Arguments.of("negative money", VALID.replace("14300000000", "-5"),
                        "events[0].amount.value: -5 is negative"),
                Arguments.of("unknown currency", VALID.replace("\"currency\": \"USD\"}", "\"currency\": \"USX\"}"),
                        "events[0].amount.currency: unknown currency code 'USX'"),
                Arguments.of("duplicate event id", VALID.replace("\"sources\": [{\"ref\": \"src-a\"}]}",
                                "\"sources\": [{\"ref\": \"src-a\"}]},\n{\"id\": \"stake\", \"type\": \"milestone\", \"date\": \"2024\","
                                        + " \"company\": \"acme\", \"title\": \"x\", \"sources\": [{\"ref\": \"src-a\"}]}"),
                        "events[1].id: duplicate event id 'stake' (first used at line 13)"),
                Arguments.of("duplicate entity id", VALID.replace("{\"id\": \"meta\", \"name\": \"Meta\"", "{\"id\": \"acme\", \"name\": \"Meta\""),
                        "entities[1].id: duplicate entity id 'acme'"),
                Arguments.of("unknown entity", VALID.replace("\"acquirer\": \"meta\"", "\"acquirer\": \"metta\""),
                        "events[0].acquirer: no entity has the id 'metta'"),
                Arguments.of("unknown source", VALID.replace("{\"ref\": \"src-a\"}", "{\"ref\": \"src-b\"}"),
                        "events[0].sources[0].ref: no source has the id 'src-b'"),
                Arguments.of("event with no source", VALID.replace("[{\"ref\": \"src-a\"}]", "[]"),
                        "events[0].sources: an event needs at least one source"),
                Arguments.of("bad id", VALID.replace("\"id\": \"stake\"", "\"id\": \"Stake 1\""),
                        "events[0].id: 'Stake 1' is not a valid id"),
                Arguments.of("unsupported format", VALID.replace("stakeline-events/1", "stakeline-events/9"),
                        "format: unsupported format 'stakeline-events/9'"),
                Arguments.of("dispute of a field the type lacks", VALID.replace("{\"ref\": \"src-a\"}",
                                "{\"ref\": \"src-a\", \"says\": {\"round\": \"B\"}}"),
                        "events[0].sources[0].says.round: unknown field"),
                Arguments.of("duplicate key", VALID.replace("\"title\": \"Test\",", "\"title\": \"Test\", \"title\": \"Again\","),
                        "title: duplicate field; only the first value counts"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedStores")
    void malformedStoreFailsWithAPlacedMessage(String name, String json, String expected) {
        LoadReport report = read(json);
        assertTrue(report.loaded().isEmpty(), name + " should not load");
        assertTrue(lines(report).stream().anyMatch(line -> line.matches("test\\.json:\\d+:\\d+: .*") && line.contains(expected)),
                "expected '" + expected + "' in " + lines(report));
    }

    static Stream<Arguments> hostileInputs() {
        byte[] invalidUtf8 = "{\"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        return Stream.of(
                Arguments.of("empty file", new byte[0], "the file is empty"),
                Arguments.of("not JSON", bytes("this is not json"), "not valid JSON"),
                Arguments.of("array at the root", bytes("[1, 2, 3]"), "must hold one JSON object (an event store), not an array"),
                Arguments.of("truncated", bytes(VALID.substring(0, VALID.length() / 2)), "ends too early"),
                Arguments.of("invalid UTF-8", invalidUtf8, "not valid UTF-8"),
                Arguments.of("NaN", bytes(VALID.replace("\"stakePercent\": 49", "\"stakePercent\": NaN")), "'NaN' is not a JSON number"),
                Arguments.of("100,000-deep nesting", bytes(deep), "nested deeper than 64 levels"),
                Arguments.of("content after the object", bytes(VALID + "{}"), "unexpected content after the end"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void hostileInputGetsAClearErrorNotACrash(String name, byte[] content, String expected) {
        LoadReport report = reader.read("test.json", new ByteArrayInputStream(content));
        assertTrue(report.loaded().isEmpty());
        assertEquals(1, report.errors().size(), lines(report).toString());
        String line = report.errors().get(0).format();
        assertTrue(line.matches("test\\.json:\\d+:\\d+: .*"), line);
        assertTrue(line.contains(expected), line);
        assertFalse(line.contains("Exception") || line.contains("StreamReadConstraints") || line.contains("enable"), line);
    }

    @Test
    void fileLargerThanTheCapIsRefusedBeforeParsing(@TempDir Path folder) throws IOException {
        Path big = folder.resolve("big.json");
        Files.writeString(big, VALID + " ".repeat(2048));
        LoadReport report = new EventStoreReader(1024).read(big);
        assertTrue(report.loaded().isEmpty());
        assertEquals(1, report.problems().size());
        assertTrue(lines(report).get(0).matches(".*big\\.json:1:1: the file is 2\\.\\d KiB, larger than the 1 KiB limit"),
                lines(report).toString());
    }

    @Test
    void missingFileIsReportedByName(@TempDir Path folder) {
        LoadReport report = reader.read(folder.resolve("nowhere.json"));
        assertTrue(report.errors().get(0).format().endsWith("nowhere.json: no such file"), report.errors().toString());
    }

    @Test
    void stakeThatDisagreesWithPriceLoadsWithAWarning() {
        LoadReport report = read(VALID.replace("\"stakePercent\": 49", "\"stakePercent\": 40"));
        assertTrue(report.loaded().isPresent());
        assertEquals(List.of("test.json:13:5: warning: event 'stake': $14.3B ÷ $29B = 49.3% against the stated 40%, "
                + "more than 1.5 points"), lines(report));
    }

    @Test
    void stakesSummingPastTheWholeLoadWithAWarning() {
        String second = ",\n{\"id\": \"acme-stake\", \"type\": \"stake_acquisition\", \"date\": \"2025-07\", \"company\": \"acme\","
                + " \"title\": \"Acme's founders hold 60%\", \"acquirer\": \"acme\", \"stakePercent\": 60,"
                + " \"sources\": [{\"ref\": \"src-a\"}]}";
        LoadReport report = read(VALID.replace("\"sources\": [{\"ref\": \"src-a\"}]}\n", "\"sources\": [{\"ref\": \"src-a\"}]}" + second + "\n"));
        assertTrue(report.loaded().isPresent(), lines(report).toString());
        assertTrue(lines(report).stream().anyMatch(line -> line.contains("warning: event 'acme-stake': known stakes sum to 109%")),
                lines(report).toString());
    }

    @Test
    void preMoneyPlusAmountFarFromPostMoneyLoadsWithAWarning() {
        String round = ",\n{\"id\": \"round\", \"type\": \"funding_round\", \"date\": \"2024\", \"company\": \"acme\","
                + " \"title\": \"Series A\", \"round\": \"Series A\", \"amount\": {\"value\": 10, \"currency\": \"USD\"},"
                + " \"preMoney\": {\"value\": 100, \"currency\": \"USD\"}, \"postMoney\": {\"value\": 150, \"currency\": \"USD\"},"
                + " \"sources\": [{\"ref\": \"src-a\"}]}";
        LoadReport report = read(VALID.replace("\"sources\": [{\"ref\": \"src-a\"}]}\n", "\"sources\": [{\"ref\": \"src-a\"}]}" + round + "\n"));
        assertTrue(report.loaded().isPresent(), lines(report).toString());
        assertTrue(lines(report).stream().anyMatch(line -> line.contains("warning: event 'round': $100 + $10 = $110 against the "
                + "stated post-money $150")), lines(report).toString());
    }

    private LoadReport read(String json) {
        return reader.read("test.json", new ByteArrayInputStream(bytes(json)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> lines(LoadReport report) {
        return report.problems().stream().map(Problem::format).toList();
    }
}
