package com.stakeline.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.EventStore;
import com.stakeline.store.BundledDataset;
import com.stakeline.store.EventStoreReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    /** How many events the bundled dataset holds, read the way the app reads it. */
    private static final int BUNDLED_EVENTS = BundledDataset.read(new EventStoreReader()).loaded().orElseThrow().events().size();

    private static final Path BUNDLED = Path.of("data", "scale-ai-meta.json");

    private final Preferences preferences = TestPreferences.fresh();
    private final MainViewModel viewModel = new MainViewModel(new EventStoreReader(), new CurrentThreadTaskExecutor(),
            preferences);

    @TempDir
    Path folder;

    @AfterEach
    void forgetPreferences() {
        TestPreferences.remove(preferences);
    }

    @Test
    void openingTheBundledDatasetListsEveryEvent() {
        viewModel.openBundled();
        assertEquals(BUNDLED_EVENTS, viewModel.visibleRows().size());
        assertEquals(BUNDLED_EVENTS + " events · 0 warnings", viewModel.statusProperty().get());
        assertEquals("Scale AI: funding, ownership and leadership — scale-ai-meta.json — Stakeline",
                viewModel.windowTitleProperty().get());
    }

    @Test
    void aFileThatFailsToLoadKeepsTheOpenStoreAndReportsEveryProblem() throws IOException {
        viewModel.open(BUNDLED);
        EventStore before = viewModel.getStore();
        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"format\": \"stakeline-events/1\", \"title\": 5}");

        viewModel.open(bad);

        assertSame(before, viewModel.getStore());
        assertEquals(BUNDLED, viewModel.fileProperty().get());
        assertEquals(BUNDLED_EVENTS, viewModel.visibleRows().size());
        List<String> problems = viewModel.failedLoadProperty().get().problems().stream().map(p -> p.format()).toList();
        assertTrue(problems.contains(bad + ":1:43: title: expected a string, found the number 5"), problems.toString());
        assertTrue(problems.stream().anyMatch(line -> line.contains("events: missing required field")), problems.toString());
    }

    @Test
    void theSelectedEventsFiguresAreFormattedForPeople() {
        viewModel.openBundled();
        viewModel.selectedEventProperty().set(viewModel.getStore().event("meta-stake").orElseThrow());
        EventDetailsViewModel details = viewModel.details();
        assertEquals("Meta buys 49% of Scale AI", details.titleProperty().get());
        assertEquals("Stake acquisition · June 2025 · Scale AI", details.subtitleProperty().get());
        assertTrue(details.facts().contains(new Fact("Amount", "$14.3B", "")), details.facts().toString());
        assertTrue(details.facts().contains(new Fact("Stake", "49%", "")), details.facts().toString());
        assertTrue(details.facts().contains(new Fact("Post-money valuation", "$29B", "")), details.facts().toString());
        assertEquals(4, details.sources().size());
    }

    @Test
    void aSourceSaysWhatIsKnownOfItAlongsideTheEvent() {
        viewModel.openBundled();
        viewModel.selectedEventProperty().set(viewModel.getStore().event("meta-stake").orElseThrow());
        SourceLine undated = viewModel.details().sources().stream()
                .filter(line -> line.title().contains("Meta Allocates")).findFirst().orElseThrow();
        assertEquals("June 2025 · 002_23a40938e56037ba.txt", undated.details());
        assertTrue(undated.notes().contains("'Jun 20' with no year"), undated.notes());
    }

    @Test
    void aDisputedDateIsMarkedWithWhatTheOtherSourceSays() {
        viewModel.openBundled();
        viewModel.selectedEventProperty().set(viewModel.getStore().event("funding-2024").orElseThrow());
        Fact date = viewModel.details().facts().get(0);
        assertEquals("May 2024 (month only)", date.value());
        assertTrue(date.disputed());
        assertTrue(date.dispute().endsWith("says 2023"), date.dispute());
    }

    @Test
    void theTimelineBadgesTheEventWhoseSourcesDisagree() {
        viewModel.openBundled();
        assertTrue(viewModel.timeline().isFlagged("funding-2024"));
        assertFalse(viewModel.timeline().isFlagged("meta-stake"));
    }

    @Test
    void reloadingAChangedFileKeepsTheSelection() throws IOException {
        Path copy = Files.copy(BUNDLED, folder.resolve("copy.json"));
        viewModel.open(copy);
        viewModel.selectedEventProperty().set(viewModel.getStore().event("meta-stake").orElseThrow());
        Files.writeString(copy, Files.readString(copy).replace("Meta buys 49% of Scale AI", "Meta takes 49% of Scale AI"));

        viewModel.reload();

        assertEquals("Meta takes 49% of Scale AI", viewModel.selectedEventProperty().get().title());
        assertEquals("Meta takes 49% of Scale AI", viewModel.details().titleProperty().get());
    }

    @Test
    void theFilterNarrowsTheRowsAndTheStatusSaysSo() {
        viewModel.openBundled();
        viewModel.filterTextProperty().set("droege");
        assertEquals(2, viewModel.visibleRows().size());
        assertEquals("2 of " + BUNDLED_EVENTS + " events · 0 warnings", viewModel.statusProperty().get());
    }

    @Test
    void openedFilesAreRememberedNewestFirstAcrossRuns() throws IOException {
        Path first = Files.copy(BUNDLED, folder.resolve("first.json"));
        Path second = Files.copy(BUNDLED, folder.resolve("second.json"));
        viewModel.open(first);
        viewModel.open(second);
        viewModel.open(first);

        RecentFiles nextRun = new RecentFiles(preferences);
        assertEquals(List.of(first.toAbsolutePath(), second.toAbsolutePath()), nextRun.files());
    }

    @Test
    void aFileLargerThanTheChosenLimitIsRefusedAndALimitNotOfferedFallsBack() throws IOException {
        Path big = folder.resolve("big.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(300L << 20);
        }
        viewModel.fileSizeLimit().mebibytesProperty().set(256);

        viewModel.open(big);
        String refused = viewModel.failedLoadProperty().get().problems().get(0).format();
        viewModel.fileSizeLimit().mebibytesProperty().set(512);
        viewModel.open(big);
        String read = viewModel.failedLoadProperty().get().problems().get(0).format();
        preferences.putInt("reader.maxFileMiB", 300);

        assertTrue(refused.endsWith("the file is 300 MiB, larger than the 256 MiB limit"), refused);
        assertTrue(read.contains("holds a NUL byte"), "past the limit, the file is read: " + read);
        assertEquals(1024, new MainViewModel(new EventStoreReader(), new CurrentThreadTaskExecutor(), preferences)
                .fileSizeLimit().mebibytesProperty().get(), "300 is not offered; the default stands");
    }

    @Test
    void theStatusBarCountsTheBytesReadThenSaysTheStoreIsChecked() throws IOException {
        viewModel.openBundled();
        Path padded = folder.resolve("padded.json");
        Files.writeString(padded, Files.readString(BUNDLED) + " ".repeat(9 << 20));
        List<String> said = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        viewModel.statusProperty().addListener((observable, old, text) -> said.add(text));
        viewModel.loadProgressProperty().addListener((observable, old, fraction) -> progress.add(fraction.doubleValue()));

        viewModel.open(padded);

        long total = Files.size(padded);
        assertEquals(2, said.stream().filter(text -> text.matches("Reading .*padded\\.json… \\d+%")).count(),
                "a report every 4 MiB of the 9: " + said);
        assertEquals("Checking " + padded + "…", said.get(said.size() - 2), said.toString());
        assertEquals(BUNDLED_EVENTS + " events · 0 warnings", said.get(said.size() - 1));
        assertTrue(progress.get(0) >= (double) (4 << 20) / total && progress.get(1) < 1, progress.toString());
    }

    @Test
    void cancelStopsTheOpenAndKeepsTheStoreThatWasOpen() throws IOException {
        DeferredTaskExecutor deferred = new DeferredTaskExecutor();
        MainViewModel slow = new MainViewModel(new EventStoreReader(), deferred, preferences);
        slow.openBundled();
        deferred.runInOrder(0);
        EventStore before = slow.getStore();
        int submitted = deferred.submitted();
        slow.open(Files.copy(BUNDLED, folder.resolve("next.json")));

        slow.cancelLoad();
        assertFalse(slow.loadingProperty().get());
        assertEquals(BUNDLED_EVENTS + " events · 0 warnings", slow.statusProperty().get());
        deferred.runInOrder(submitted);

        assertSame(before, slow.getStore(), "the cancelled read changes nothing");
        assertEquals(null, slow.fileProperty().get());
    }

    @Test
    void aSlowReadThatFinishesLastDoesNotReplaceANewerOne() throws IOException {
        DeferredTaskExecutor deferred = new DeferredTaskExecutor();
        MainViewModel slow = new MainViewModel(new EventStoreReader(), deferred, preferences);
        Path older = Files.copy(BUNDLED, folder.resolve("older.json"));
        Path newer = Files.copy(BUNDLED, folder.resolve("newer.json"));
        slow.open(older);
        slow.open(newer);

        deferred.runInOrder(1, 0);

        assertEquals(newer, slow.fileProperty().get());
        assertFalse(slow.loadingProperty().get());
    }

    @Test
    void aFilterPassThatFinishesAfterANewerOneDoesNotReplaceIt() {
        DeferredTaskExecutor deferred = new DeferredTaskExecutor();
        MainViewModel slow = new MainViewModel(new EventStoreReader(), deferred, preferences);
        slow.openBundled();
        deferred.runInOrder(0);
        int firstPass = deferred.submitted();

        slow.filterTextProperty().set("droege");
        slow.filterTextProperty().set("whatsapp");
        for (int index = deferred.submitted() - 1; index >= firstPass; index--) {
            deferred.runInOrder(index);
        }

        viewModel.openBundled();
        viewModel.filterTextProperty().set("whatsapp");
        List<String> whatsApp = viewModel.visibleRows().stream().map(EventRow::title).toList();
        assertTrue(whatsApp.contains("Meta buys WhatsApp for $19B") && whatsApp.size() < 4, whatsApp.toString());
        assertEquals(whatsApp, slow.visibleRows().stream().map(EventRow::title).toList());
        assertEquals(whatsApp.size(), slow.timeline().matchCountProperty().get());
        assertEquals(whatsApp.size() + " of " + BUNDLED_EVENTS + " events · 0 warnings", slow.statusProperty().get());
    }

    @Test
    void aFileThatFailsIsNotAddedToRecentFiles() {
        viewModel.open(folder.resolve("missing.json"));
        assertEquals(List.of(), viewModel.recentFiles().files());
        assertNull(viewModel.getStore());
    }
}
