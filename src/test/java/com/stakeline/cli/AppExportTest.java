package com.stakeline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.EventType;
import com.stakeline.export.ExportFormat;
import com.stakeline.store.EventStoreReader;
import com.stakeline.viewmodel.CurrentThreadTaskExecutor;
import com.stakeline.viewmodel.MainViewModel;
import com.stakeline.viewmodel.TestPreferences;
import com.stakeline.viewmodel.export.ExportTarget;
import com.stakeline.viewmodel.export.ExportViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app exports through the same code as {@code stakeline export}: for the same store, dates, filters, size and
 * day, the file the app writes and the one the command line writes are the same bytes.
 */
class AppExportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final Preferences preferences = TestPreferences.fresh();
    private MainViewModel app;
    private ExportViewModel export;
    private Path data;

    @TempDir
    Path folder;

    @BeforeEach
    void openTheBundledDatasetFromAFile() throws IOException {
        data = Files.copy(Path.of("data", "scale-ai-meta.json"), folder.resolve("scale.json"));
        app = new MainViewModel(new EventStoreReader(), new CurrentThreadTaskExecutor(), preferences,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        app.open(data);
        export = app.export();
        app.context().asOfProperty().set(LocalDate.of(2025, 7, 1));
    }

    @AfterEach
    void forgetPreferences() {
        TestPreferences.remove(preferences);
    }

    private byte[] fromTheApp(ExportTarget target, ExportFormat format) throws IOException {
        export.targetProperty().set(target);
        export.formatProperty().set(format);
        Path file = folder.resolve("app-" + target.key() + "." + format.extension());
        export.export(file);
        assertEquals("Exported the " + target.noun() + " to " + file, export.messageProperty().get());
        return Files.readAllBytes(file);
    }

    private byte[] fromTheCommandLine(String chart, String ending, String... more) throws IOException {
        Path file = folder.resolve("cli-" + chart + "." + ending);
        List<String> args = new ArrayList<>(List.of("export", "--data", data.toString(), "--chart", chart, "--out",
                file.toString(), "--date", TODAY.toString(), "--as-of", "2025-07-01"));
        args.addAll(List.of(more));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return Files.readAllBytes(file);
    }

    @Test
    void theOwnershipPngAndTheDashboardPdfAreTheCommandLinesBytes() throws IOException {
        app.context().compareWithProperty().set(LocalDate.of(2024, 6, 1));

        assertArrayEquals(fromTheCommandLine("ownership", "png", "--compare", "2024-06-01"),
                fromTheApp(ExportTarget.OWNERSHIP, ExportFormat.PNG));
        assertArrayEquals(fromTheCommandLine("dashboard", "pdf", "--compare", "2024-06-01"),
                fromTheApp(ExportTarget.DASHBOARD, ExportFormat.PDF));
    }

    @Test
    void aFilteredTimelineSvgAndEventsTableAreTheCommandLinesWithTheSameFilters() throws IOException {
        app.context().hiddenTypes().add(EventType.MILESTONE);
        app.filterTextProperty().set("Meta");
        app.timeline().hideUnmatchedProperty().set(true);
        String[] sameFilters = {"--type", "founding,funding_round,stake_acquisition,acquisition,leadership_change",
            "--search", "Meta", "--hide-unmatched"};

        byte[] timeline = fromTheApp(ExportTarget.TIMELINE, ExportFormat.SVG);

        assertArrayEquals(fromTheCommandLine("timeline", "svg", sameFilters), timeline);
        String svg = new String(timeline, StandardCharsets.UTF_8);
        assertTrue(svg.contains("without milestone · containing &quot;Meta&quot; · others hidden"),
                "the caption says so");
        assertArrayEquals(fromTheCommandLine("events", "csv", sameFilters),
                fromTheApp(ExportTarget.EVENTS, ExportFormat.CSV));
    }

    @Test
    void aFolderThatCannotBeWrittenToSaysWhyAndLeavesNothing() throws IOException {
        Path missing = folder.resolve("gone").resolve("chart.png");

        export.export(missing);

        assertTrue(export.messageProperty().get().startsWith("Could not export to " + missing), export.messageProperty()
                .get());
        assertTrue(export.messageProperty().get().endsWith("Nothing was written."));
        assertFalse(Files.exists(missing.getParent()));
        assertTrue(app.statusProperty().get().startsWith("Could not export"), "the status bar says so too");
    }

    @Test
    void theSettingsAndTheFolderAreRememberedAndANonsenseSettingFallsBack() throws IOException {
        export.targetProperty().set(ExportTarget.VALUATION);
        export.formatProperty().set(ExportFormat.SVG);
        export.scaleProperty().set(3);
        export.captionProperty().set(false);
        export.export(folder.resolve("v.svg"));
        preferences.put("export.width", "wide");

        ExportViewModel nextRun = new MainViewModel(new EventStoreReader(), new CurrentThreadTaskExecutor(),
                preferences).export();

        assertEquals(ExportTarget.VALUATION, nextRun.targetProperty().get());
        assertEquals(ExportFormat.SVG, nextRun.formatProperty().get());
        assertEquals(3, nextRun.scaleProperty().get());
        assertFalse(nextRun.captionProperty().get());
        assertEquals(ExportViewModel.DEFAULT_WIDTH, nextRun.widthProperty().get(), "not a number: the default");
        assertEquals(folder.toAbsolutePath(), nextRun.lastFolder());
        assertEquals("scale-ai-meta-valuation.svg", nextRun.suggestedFileName());
    }

    @Test
    void aTableOffersOnlyCsvAndAChartGetsBackItsPictureFormat() {
        export.formatProperty().set(ExportFormat.PDF);

        export.targetProperty().set(ExportTarget.ROUNDS);
        assertEquals(List.of(ExportFormat.CSV), export.formats());
        assertEquals(ExportFormat.CSV, export.formatProperty().get());

        export.targetProperty().set(ExportTarget.LEADERSHIP);
        assertEquals(ExportFormat.PDF, export.formatProperty().get());
        assertEquals("scale-leadership.pdf", export.suggestedFileName());
    }
}
