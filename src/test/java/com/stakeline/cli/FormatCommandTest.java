package com.stakeline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.EventStore;
import com.stakeline.store.BadStores;
import com.stakeline.store.EventStoreReader;
import com.stakeline.store.EventStoreWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandTest {

    @TempDir
    Path folder;

    @Test
    void checkListsTheFilesNotInCanonicalFormAndFormatMakesThemSoKeepingEveryFact() throws IOException {
        Path generated = folder.resolve("generated.json");
        GenerateCommand.write(3_000, 7, generated);
        Path canonical = folder.resolve("canonical.json");
        Files.write(canonical, EventStoreWriter.toBytes(load(Path.of("data", "scale-ai-meta.json"))));
        EventStore before = load(generated);

        CommandRun check = CommandRun.of("format", "--check", generated.toString(), canonical.toString());
        assertEquals(1, check.exitCode(), check.err());
        assertEquals(generated + System.lineSeparator(), check.out());

        CommandRun format = CommandRun.of("format", generated.toString(), canonical.toString());
        assertEquals(0, format.exitCode(), format.err());
        assertEquals(generated + ": formatted" + System.lineSeparator(), format.out());
        assertSameFacts(before, load(generated));
        assertEquals(List.of("canonical.json", "generated.json"), namesIn(folder), "no backup, nothing left over");

        byte[] formatted = Files.readAllBytes(generated);
        CommandRun again = CommandRun.of("format", "--check", generated.toString());
        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertEquals("", again.out());
        assertEquals(0, CommandRun.of("format", generated.toString()).exitCode());
        assertArrayEquals(formatted, Files.readAllBytes(generated));
    }

    @Test
    void everyBadFileOfTheReadersTestsIsReportedAndLeftByteForByteAsItWas() throws IOException {
        Map<String, byte[]> bad = BadStores.all();
        assertTrue(bad.size() > 40, "the reader's table of bad files: " + bad.size());
        int index = 0;
        for (Map.Entry<String, byte[]> entry : bad.entrySet()) {
            Path file = folder.resolve("bad-" + index++ + ".json");
            Files.write(file, entry.getValue());
            for (List<String> command : List.of(List.of("format", "--check", file.toString()),
                    List.of("format", file.toString()))) {
                CommandRun run = CommandRun.of(command.toArray(String[]::new));
                assertEquals(1, run.exitCode(), entry.getKey());
                assertTrue(run.err().contains(file + ": left as it is: it has errors"), entry.getKey() + ": " + run.err());
                assertArrayEquals(entry.getValue(), Files.readAllBytes(file), entry.getKey());
            }
        }
        assertEquals(bad.size(), namesIn(folder).size(), "nothing written beside them");
    }

    private static EventStore load(Path file) {
        return new EventStoreReader().read(file).loaded().orElseThrow();
    }

    private static void assertSameFacts(EventStore expected, EventStore actual) {
        assertEquals(expected.entities(), actual.entities());
        assertEquals(expected.sources(), actual.sources());
        assertEquals(EventStoreWriter.canonicalOrder(expected), EventStoreWriter.canonicalOrder(actual));
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
