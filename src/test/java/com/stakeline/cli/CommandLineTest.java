package com.stakeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    private static final String BUNDLED = Path.of("data", "scale-ai-meta.json").toString();

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void validateAcceptsTheBundledDataset() {
        CommandRun run = run("validate", BUNDLED);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().matches("(?s).*scale-ai-meta\\.json: ok, \\d+ events, 0 warnings.*"), run.out());
    }

    @Test
    void validateListsEveryProblemAndFailsWithoutAStackTrace(@TempDir Path folder) throws IOException {
        Path bad = folder.resolve("bad.json");
        String text = Files.readString(Path.of(BUNDLED))
                .replace("\"stakePercent\": 49", "\"stakePercent\": 149")
                .replace("\"date\": \"2021\"", "\"date\": \"2021-13\"");
        Files.writeString(bad, text);
        CommandRun run = run("validate", BUNDLED, bad.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains(bad + ":" + placeOf(text, "149") + ": events[6].stakePercent: 149 is not a percentage "
                + "(0 to 100)"), run.out());
        assertTrue(run.out().contains(bad + ":" + placeOf(text, "\"2021-13\"") + ": events[3].date: '2021-13' has no month 13"),
                run.out());
        assertFalse(run.out().contains("Exception") || run.err().contains("Exception"), run.out() + run.err());
    }

    /** LINE:COLUMN of the first occurrence of {@code needle}, as an editor counts them. */
    private static String placeOf(String text, String needle) {
        int index = text.indexOf(needle);
        String before = text.substring(0, index);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = index - before.lastIndexOf('\n');
        return line + ":" + column;
    }

    @Test
    void aFileSizeCapBelowOneOrPastSixtyFourGibibytesIsBadUsage() {
        for (String cap : new String[] {"-1", "0", "65537"}) {
            CommandRun run = run("validate", "--max-file-mib", cap, BUNDLED);
            assertEquals(2, run.exitCode(), cap);
            assertTrue(run.err().contains("--max-file-mib must be from 1 to 65536 MiB, not " + cap), run.err());
        }
    }

    @Test
    void everyCommandPrintsTheOneVersion() {
        String version = run("--version").out();
        assertTrue(version.startsWith("Stakeline "), version);
        for (String command : Main.commandLine().getSubcommands().keySet()) {
            CommandRun run = run(command, "-V");
            assertEquals(0, run.exitCode(), command);
            assertEquals(version, run.out(), command);
        }
    }

    @Test
    void validateWithoutFilesIsBadUsage() {
        CommandRun run = run("validate");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing required parameter"), run.err());
    }

    @Test
    void summaryShowsOwnershipTheDateConflictAndThePriceCheck() {
        CommandRun run = run("summary", BUNDLED);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*Meta Platforms\\s+49%.*"), run.out());
        assertTrue(run.out().matches("(?s).*Undisclosed / other\\s+51%.*"), run.out());
        assertTrue(run.out().contains("funding-2024") && run.out().contains("date is May 2024") && run.out().contains("says 2023"),
                run.out());
        assertTrue(run.out().contains("$14.3B ÷ $29B = 49.3% against the stated 49%, within 1.5 points"), run.out());
        assertTrue(run.out().matches("(?s).*CEO\\s+Jason Droege \\(interim\\).*"), run.out());
    }

    @Test
    void summaryOfAFileThatDoesNotLoadPrintsItsProblems(@TempDir Path folder) throws IOException {
        Path empty = Files.writeString(folder.resolve("empty.json"), "");
        CommandRun run = run("summary", empty.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains(empty + ":1:1: the file is empty"), run.out());
    }
}
