package com.stakeline.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreWriterTest {

    /** Text that must survive a save: quotes, a backslash, accents, an emoji, a tab, lines in a summary. */
    private static final String AWKWARD = """
            {"format": "stakeline-events/1", "title": "Café \\"Quotes\\" & back\\\\slash 🚀",
             "entities": [{"notes": "Tab\\there.", "kind": "company", "name": "Zeta Ünïcode", "id": "zeta",
                           "aliases": ["Z", "Zed"]},
                          {"id": "fund", "name": "Fund", "kind": "fund", "parent": "zeta"}],
             "sources": [{"id": "s", "title": "A source", "url": "https://example.com/a?b=c&d=e", "published": "2024-05",
                          "publisher": "Pub", "file": "a.txt", "notes": "Year inferred."}],
             "events": [
               {"id": "b-later-id", "type": "milestone", "date": "2024", "company": "zeta", "title": "B",
                "summary": "First line.\\nSecond line.", "sources": [{"ref": "s"}], "tags": ["x", "y"]},
               {"id": "a-earlier-id", "type": "milestone", "date": "2024", "company": "zeta", "title": "A",
                "sources": [{"ref": "s"}]},
               {"id": "round", "type": "funding_round", "date": "2023-03-14", "endDate": "2023-04", "company": "zeta",
                "title": "Zeta raises", "round": "Series A", "amount": {"value": 1.5, "currency": "EUR", "approx": true},
                "investors": ["fund"],
                "sources": [{"ref": "s", "says": {"amount": {"value": 2000000, "currency": "EUR"}, "date": "2023"}}]}
             ]}
            """;

    @Test
    void aCanonicalFileReadAndSavedUnchangedGivesTheSameBytesAndAnAuthoredOneIsNotCanonical(@TempDir Path folder)
            throws IOException {
        Path authored = Path.of("data", "scale-ai-meta.json");
        EventStore store = new EventStoreReader().read(authored).loaded().orElseThrow();
        assertFalse(EventStoreWriter.isCanonical(store, authored), "written by hand, same-day events in story order");

        Path canonical = Files.write(folder.resolve("canonical.json"), EventStoreWriter.toBytes(store));
        EventStore reread = new EventStoreReader().read(canonical).loaded().orElseThrow();
        assertTrue(EventStoreWriter.isCanonical(reread, canonical));
        assertArrayEquals(Files.readAllBytes(canonical), EventStoreWriter.toBytes(reread));
    }

    @Test
    void loadSaveLoadKeepsEveryFactAndSavingTwiceGivesTheSameBytes() {
        for (EventStore store : List.of(TestStores.northwind(), TestStores.scale(), read(AWKWARD.getBytes(
                StandardCharsets.UTF_8)))) {
            byte[] saved = EventStoreWriter.toBytes(store);
            EventStore again = read(saved);
            assertSameFacts(store, again);
            assertArrayEquals(saved, EventStoreWriter.toBytes(again));
        }
    }

    @Test
    void eventsAreWrittenByDateThenIdAndEachIsABlockWithAFieldALine() {
        String saved = new String(EventStoreWriter.toBytes(read(AWKWARD.getBytes(StandardCharsets.UTF_8))),
                StandardCharsets.UTF_8);
        assertTrue(saved.indexOf("\"round\"") < saved.indexOf("\"a-earlier-id\"")
                && saved.indexOf("\"a-earlier-id\"") < saved.indexOf("\"b-later-id\""), saved);
        assertTrue(saved.contains("""
                    {
                      "id": "zeta",
                      "name": "Zeta Ünïcode",
                      "kind": "company",
                      "aliases": ["Z", "Zed"],
                      "notes": "Tab\\there."
                    },
                """), saved);
        assertTrue(saved.contains("""
                      "sources": [
                        {"ref": "s", "says": {"date": "2023", "amount": {"value": 2000000, "currency": "EUR"}}}
                      ]
                """), saved);
        assertTrue(saved.startsWith("{\n  \"format\": \"stakeline-events/1\",\n  \"title\": "), saved);
        assertTrue(saved.endsWith("\n  ]\n}\n") && !saved.endsWith("\n\n"), saved);
    }

    @Test
    void aSaveKeepsThePreviousVersionAsABackupAndThePermissions(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("store.json");
        byte[] before = AWKWARD.getBytes(StandardCharsets.UTF_8);
        Files.write(file, before);
        boolean posix = Files.getFileStore(file).supportsFileAttributeView("posix");
        if (posix) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        EventStore store = read(before);
        EventStoreWriter.save(store, file);

        assertArrayEquals(before, Files.readAllBytes(AtomicFile.backupOf(file)));
        assertArrayEquals(EventStoreWriter.toBytes(store), Files.readAllBytes(file));
        if (posix) {
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)));
        }
        assertEquals(List.of("store.json", "store.json.bak"), namesIn(folder));
    }

    @Test
    void aSaveThatFailsPartWayLeavesTheFileAsItWasAndNothingBeside(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("store.json");
        Files.writeString(file, "the old version");
        IOException failure = assertThrows(IOException.class,
                () -> AtomicFile.write(file, out -> {
                    out.write("half of the new".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }, true));
        assertEquals("disk full", failure.getMessage());
        assertEquals("the old version", Files.readString(file));
        assertEquals(List.of("store.json"), namesIn(folder));
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** Equal entities and sources in their order, and equal events in canonical order. */
    static void assertSameFacts(EventStore expected, EventStore actual) {
        assertEquals(expected.title(), actual.title());
        assertEquals(expected.declaredSubjectId(), actual.declaredSubjectId());
        assertEquals(expected.entities(), actual.entities());
        assertEquals(expected.sources(), actual.sources());
        List<Event> expectedEvents = EventStoreWriter.canonicalOrder(expected);
        assertEquals(expectedEvents.size(), actual.events().size());
        assertEquals(expectedEvents, EventStoreWriter.canonicalOrder(actual));
    }

    private static EventStore read(byte[] json) {
        LoadReport report = new EventStoreReader().read("test.json", new ByteArrayInputStream(json));
        return report.loaded().orElseThrow(() -> new AssertionError(report.problems()));
    }
}
