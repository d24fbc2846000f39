package com.stakeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.Field;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
                Arguments.of("invalid UTF-8", invalidUtf8, "not UTF-8 text"),
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

    /** Files made to hurt: each is refused with a located message that stays one short line of plain text. */
    static Stream<Arguments> hostileValues() {
        String deepAtLine4 = VALID.replace("\"title\": \"Test\",", "\"title\": \"Test\",\n \"x\": "
                + "[".repeat(100) + "]".repeat(100) + ",");
        byte[] overlong = VALID.replace("Meta buys 49%", "Meta buys 49% XX").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(overlong, "XX".getBytes(StandardCharsets.UTF_8));
        overlong[at] = (byte) 0xC0;
        overlong[at + 1] = (byte) 0xAF;
        byte[] pastUnicode = VALID.replace("Meta buys 49%", "Meta buys 49% XXXX").getBytes(StandardCharsets.UTF_8);
        int four = indexOf(pastUnicode, "XXXX".getBytes(StandardCharsets.UTF_8));
        System.arraycopy(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0, pastUnicode, four, 4);
        return Stream.of(
                Arguments.of("exponent past any int", bytes(VALID.replace("\"stakePercent\": 49",
                        "\"stakePercent\": 1e2147483648")), "events[0].stakePercent: 1e2147483648 is out of range"),
                Arguments.of("a billion-digit percentage", bytes(VALID.replace("\"stakePercent\": 49",
                        "\"stakePercent\": -1e999999999")), "events[0].stakePercent: -1e999999999 is out of range"),
                Arguments.of("nesting too deep, at line 4", bytes(deepAtLine4), "test.json:4:71: values are nested deeper"),
                Arguments.of("a number too long", bytes(VALID.replace("\"stakePercent\": 49",
                        "\"stakePercent\": 4" + "9".repeat(80))), "test.json:14:149: a number of 81 characters is longer than the 64 an event store allows"),
                Arguments.of("overlong UTF-8", overlong, "test.json:14:30: the file is not UTF-8 text, as an event "
                        + "store must be: byte C0 starts an overlong form"),
                Arguments.of("a code point past U+10FFFF", pastUnicode, "past U+10FFFF"),
                Arguments.of("UTF-16 with a byte-order mark", utf16(true), "test.json:1:1: the file is not UTF-8 text, "
                        + "as an event store must be: it starts with a UTF-16 or UTF-32 byte-order mark"),
                Arguments.of("UTF-16 without one", utf16(false), "it holds a NUL byte"),
                Arguments.of("a field name that forges an ok line", bytes(VALID.replace("\"title\": \"Test\",",
                        "\"title\": \"Test\", \"x\\nf.json: ok, 9 events, 0 warnings\": 1,")),
                        "x\\nf.json: ok, 9 events, 0 warnings: unknown field"),
                Arguments.of("a title that clears the screen", bytes(VALID.replace("\"title\": \"Test\"",
                        "\"title\": \"\\u001b[2JTest\"")), "title: holds the control character \\u001B at character 1"),
                Arguments.of("a carriage return in a kind", bytes(VALID.replace("\"kind\": \"company\"}",
                        "\"kind\": \"comp\\rany\"}")), "kind: holds a line break at character 5"),
                Arguments.of("a name that reads backwards", bytes(VALID.replace("\"name\": \"Meta\"",
                        "\"name\": \"\\u202eateM\"")), "name: holds the direction override \\u202E at character 1"),
                Arguments.of("ten thousand lines in a title", bytes(VALID.replace("\"title\": \"Meta buys 49%\"",
                        "\"title\": \"Meta" + "\\n".repeat(10_000) + "\"")), "title: is 10004 characters long; at most 500"),
                Arguments.of("a name over lines", bytes(VALID.replace("\"name\": \"Meta\"",
                        "\"name\": \"Me" + "\\n".repeat(30) + "ta\"")), "name: holds a line break at character 3"),
                Arguments.of("year 0", bytes(VALID.replace("\"2025-06\"", "\"0000-01-01\"")),
                        "'0000-01-01' is in year 0, which the calendar does not have"),
                Arguments.of("a source cited twice", bytes(VALID.replace("[{\"ref\": \"src-a\"}]",
                        "[{\"ref\": \"src-a\", \"says\": {\"date\": \"2021\"}}, "
                                + "{\"ref\": \"src-a\", \"says\": {\"date\": \"2022\"}}]")),
                        "events[0].sources[1].ref: cites source 'src-a' a second time (first at sources[0])"),
                Arguments.of("a source that says null", bytes(VALID.replace("{\"ref\": \"src-a\"}",
                        "{\"ref\": \"src-a\", \"says\": {\"stakePercent\": null}}")),
                        "events[0].sources[0].says.stakePercent: a source cannot say nothing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileValues")
    void hostileValueIsRefusedWithOneShortPlacedLine(String name, byte[] content, String expected) {
        LoadReport report = reader.read("test.json", new ByteArrayInputStream(content));

        assertTrue(report.loaded().isEmpty(), name + " should not load");
        List<String> lines = lines(report);
        assertTrue(lines.stream().anyMatch(line -> line.contains(expected)), "expected '" + expected + "' in " + lines);
        for (String line : lines) {
            assertTrue(line.matches("test\\.json:\\d+:\\d+: .*"), "placed: " + line);
            assertTrue(line.length() < 300, "short: " + line.length() + " characters");
            assertTrue(line.chars().noneMatch(c -> c < 0x20 || c == 0x202e), "plain text: " + line);
        }
    }

    @Test
    void anEntityWithABadNameIsOneErrorNotOneForEachReferenceToIt() {
        LoadReport report = read(VALID.replace("\"name\": \"Meta\"", "\"name\": \"\\u202eateM\""));

        assertEquals(List.of("test.json:7:28: entities[1].name: holds the direction override \\u202E at character 1, "
                + "which makes text display in another order than it is stored"), lines(report));
    }

    @Test
    void eventsWrittenBeforeTheEntitiesTheyNameLoadAndAnUnknownOneIsStillFound() {
        int events = VALID.indexOf("  \"events\"");
        String eventsFirst = VALID.substring(0, VALID.indexOf("  \"entities\""))
                + VALID.substring(events, VALID.lastIndexOf("]") + 1) + ",\n"
                + VALID.substring(VALID.indexOf("  \"entities\""), events).stripTrailing().replaceAll(",$", "")
                + "\n}\n";

        assertEquals(List.of(), lines(read(eventsFirst)), eventsFirst);
        assertEquals(List.of("test.json:7:44: events[0].acquirer: no entity has the id 'metta'"),
                lines(read(eventsFirst.replace("\"acquirer\": \"meta\"", "\"acquirer\": \"metta\""))));
        assertEquals(List.of("test.json:14:44: events[0].acquirer: no entity has the id 'metta'"),
                lines(read(VALID.replace("\"acquirer\": \"meta\"", "\"acquirer\": \"metta\""))),
                "and in the usual order, once the entities are known");
    }

    @Test
    void aZeroWithAHugeNegativeExponentIsPlainZeroAndLoadsAtOnce() {
        LoadReport report = read(VALID.replace("\"postMoney\": {\"value\": 29000000000",
                "\"postMoney\": {\"value\": 0e-999999999"));

        Event stake = report.loaded().orElseThrow(() -> new AssertionError(lines(report))).events().get(0);
        assertEquals(0, stake.get(Field.POST_MONEY).orElseThrow().value().scale(), "a plain zero, not 0E-999999999");
    }

    @Test
    void aMillionDuplicateKeysGiveAThousandLinesAndACount() {
        StringBuilder json = new StringBuilder(VALID.replace("\"title\": \"Test\",", "\"title\": \"Test\", \"d\": 0,"));
        int at = json.indexOf("\"d\": 0,") + "\"d\": 0,".length();
        json.insert(at, " \"d\": 0,".repeat(1_000_000));

        LoadReport report = read(json.toString());

        List<String> lines = lines(report);
        assertEquals(EventStoreReader.MAX_PROBLEMS + 1, lines.size());
        assertTrue(lines.get(lines.size() - 1).endsWith("… and 999,001 more problems; only the first 1,000 are listed"),
                lines.get(lines.size() - 1));
    }

    @Test
    void aColumnCountsCharactersNotBytesAfterEmojiAndAccents(@TempDir Path folder) throws IOException {
        String plain = VALID.replace("\"title\": \"Test\",", "\"title\": \"aaaaaaaaaaee\", \"colour\": 1,");
        String wide = VALID.replace("\"title\": \"Test\",", "\"title\": \"" + "\uD83D\uDE00".repeat(10)
                + "\u00e9\u00e9\", \"colour\": 1,");
        Path file = Files.writeString(folder.resolve("test.json"), wide, StandardCharsets.UTF_8);

        String expected = lines(read(plain)).get(0);

        assertTrue(expected.startsWith("test.json:3:28: colour: unknown field"), expected);
        assertEquals(expected, lines(read(wide)).get(0), "from a stream");
        assertEquals(folder.resolve(expected).toString(), lines(reader.read(file)).get(0), "from a file");
    }

    @Test
    void aReadStopsWhenItsCallerNoLongerWantsItAndSaysSo() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return ' ';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                Arrays.fill(buffer, offset, offset + length, (byte) ' ');
                served[0] += length;
                return length;
            }
        };
        int[] asked = {0};

        LoadReport report = reader.read("test.json", endless, () -> ++asked[0] > 3);

        assertEquals(List.of("test.json: the read was stopped before the end: another file took its place"),
                lines(report));
        assertTrue(served[0] < 1 << 20, "it stopped within a few chunks, after " + served[0] + " bytes");
    }

    @Test
    void aStoreWithThousandsOfWarningsListsAThousandAndCountsThemAll() {
        String event = VALID.substring(VALID.indexOf("{\"id\": \"stake\""), VALID.indexOf("}]}\n") + 3)
                .replace("\"stakePercent\": 49", "\"stakePercent\": 40");
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 1_200; i++) {
            events.append(i == 0 ? "" : ",\n")
                    .append(event.replace("\"id\": \"stake\"", "\"id\": \"stake-" + i + "\""));
        }
        String json = VALID.substring(0, VALID.indexOf("{\"id\": \"stake\"")) + events
                + VALID.substring(VALID.indexOf("}]}\n") + 3);

        LoadReport report = read(json);

        assertTrue(report.loaded().isPresent(), lines(report).subList(0, 3).toString());
        assertTrue(report.warningCount() >= 1_200, "a price check for each event: " + report.warningCount());
        assertEquals(EventStoreReader.MAX_PROBLEMS + 1, report.problems().size());
        assertTrue(lines(report).get(EventStoreReader.MAX_PROBLEMS).endsWith(String.format(Locale.ROOT,
                "… and %,d more problems; only the first 1,000 are listed", report.warningCount() - 1_000)),
                lines(report).get(EventStoreReader.MAX_PROBLEMS));
    }

    @Test
    void aPipeIsRefusedBeforeItIsOpened(@TempDir Path folder) throws Exception {
        Path fifo = folder.resolve("store.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");

        LoadReport report = reader.read(fifo);

        assertEquals(List.of(fifo + ": is not a regular file (a pipe, device or socket); an event store is a file"),
                lines(report));
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

    private static byte[] utf16(boolean byteOrderMark) {
        byte[] text = VALID.getBytes(StandardCharsets.UTF_16LE);
        if (!byteOrderMark) {
            return text;
        }
        byte[] marked = new byte[text.length + 2];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(text, 0, marked, 2, text.length);
        return marked;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> lines(LoadReport report) {
        return report.problems().stream().map(Problem::format).toList();
    }
}
