package com.stakeline.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.EventStore;
import com.stakeline.domain.Formats;
import com.stakeline.store.EventStoreReader;
import com.stakeline.view.chart.ChartControl;
import com.stakeline.viewmodel.EventRow;
import com.stakeline.viewmodel.FxTaskExecutor;
import com.stakeline.viewmodel.MainViewModel;
import com.stakeline.viewmodel.TestPreferences;
import com.stakeline.viewmodel.ThemeSetting;
import com.stakeline.viewmodel.valuation.RoundRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final Preferences preferences = TestPreferences.fresh();
    private MainViewModel viewModel;
    private MainWindow window;
    private Path nextChosenFile;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        viewModel = new MainViewModel(new EventStoreReader(), new FxTaskExecutor(), preferences);
        FileChooserService chooser = (owner, startFolder) -> Optional.ofNullable(nextChosenFile);
        window = new MainWindow(viewModel, chooser, new ThemeSetting(preferences));
        stage.setScene(new Scene(window, 1280, 800));
        // TestFX hands every test the same stage; a size one test set must not carry into the next.
        stage.sizeToScene();
        stage.show();
        viewModel.openBundled();
    }

    @AfterEach
    void forgetPreferences() {
        TestPreferences.remove(preferences);
    }

    @Test
    void opensOnTheBundledDatasetAndListsEveryEvent(FxRobot robot) throws TimeoutException {
        waitForStore();
        TableView<EventRow> table = robot.lookup("#event-table").queryTableView();
        int events = viewModel.getStore().events().size();
        assertEquals(events, table.getItems().size());
        assertEquals(events + " events · 0 warnings", robot.lookup("#status-text").queryAs(Label.class).getText());
        assertTrue(robot.lookup("Meta buys 49% of Scale AI").tryQuery().isPresent());
    }

    @Test
    void selectingMetasStakePurchaseShowsItsFiguresAndSources(FxRobot robot) throws TimeoutException {
        List<String> details = detailsAfterClicking(robot, "Meta buys 49% of Scale AI");
        assertTrue(details.contains("$14.3B"), details.toString());
        assertTrue(details.contains("49%"), details.toString());
        assertTrue(details.contains("$29B"), details.toString());
        assertTrue(details.contains("“Meta Buys 49 Percent Stake in Scale AI for $14.3 Billion”"), details.toString());
        assertTrue(details.stream().anyMatch(text -> text.startsWith("✓ $14.3B ÷ $29B = 49.3%")), details.toString());
    }

    @Test
    void aDisputedFigureIsMarkedInTheDetails(FxRobot robot) throws TimeoutException {
        List<String> details = detailsAfterClicking(robot, "Scale AI raises $1B at about $14B");
        assertTrue(details.contains("May 2024 (month only)  ⚠"), details.toString());
        assertTrue(details.stream().anyMatch(text -> text.startsWith("Disputed: ") && text.endsWith("says 2023")),
                details.toString());
    }

    @Test
    void openingAMalformedFileShowsItsErrorsAndKeepsTheDataset(FxRobot robot) throws IOException, TimeoutException {
        waitForStore();
        EventStore before = viewModel.getStore();
        nextChosenFile = Files.writeString(folder.resolve("broken.json"), "{\"format\": \"stakeline-events/1\",\n \"title\": [],"
                + "\n \"entities\": [], \"sources\": [], \"events\": [{\"id\": \"x\"}]}");

        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problems-list").tryQuery().isPresent());

        ListView<?> problems = robot.lookup("#problems-list").queryListView();
        List<Labeled> cells = robot.from(problems).lookup(".list-cell").queryAllAs(Labeled.class).stream()
                .filter(cell -> cell.getText() != null).toList();
        List<String> shown = cells.stream().map(Labeled::getText).toList();
        assertTrue(shown.contains("Line 2, column 11: title: expected a string, found an array"), shown.toString());
        assertTrue(shown.stream().anyMatch(line -> line.contains("events[0].type: missing required field")),
                shown.toString());
        for (Labeled cell : cells) {
            assertTrue(cell.getWidth() <= problems.getWidth(), "a problem runs past the list: " + cell.getText());
        }
        assertTrue(robot.lookup("The dataset that was open stays open; nothing was changed.").tryQuery().isPresent()
                || texts(robot, ".label").stream().anyMatch(text -> text.contains("stays open")));
        assertEquals(before, viewModel.getStore());
        assertEquals(before.events().size(), robot.lookup("#event-table").queryTableView().getItems().size());
    }

    @Test
    void typingInTheFilterNarrowsTheTable(FxRobot robot) throws TimeoutException {
        waitForStore();
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("droege");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(2, robot.lookup("#event-table").queryTableView().getItems().size());
        assertEquals("2 of " + viewModel.getStore().events().size() + " events · 0 warnings",
                robot.lookup("#status-text").queryAs(Label.class).getText());
    }

    @Test
    void growingThenShrinkingTheWindowKeepsEveryPaneInsideAndTheSplitsWhereTheyWere(FxRobot robot)
            throws TimeoutException {
        waitForStore();
        Stage stage = (Stage) window.getScene().getWindow();
        double[] dividers = dividers();

        resize(robot, stage, 1600, 1000);
        resize(robot, stage, 1280, 800);
        assertArrayEquals(dividers, dividers(), 0.005, "the splits drifted");

        resize(robot, stage, 1024, 640);
        double sceneWidth = window.getScene().getWidth();
        for (String part : List.of("#event-details", "#filter-field", "#legend-toggle", "#event-table")) {
            Bounds bounds = robot.lookup(part).query().localToScene(robot.lookup(part).query().getLayoutBounds());
            assertTrue(bounds.getMaxX() <= sceneWidth + 1, part + " ends at " + bounds.getMaxX() + " of " + sceneWidth);
            assertTrue(bounds.getWidth() >= 20, part + " is squeezed to " + bounds.getWidth());
        }
    }

    @Test
    void noDateInTheTableIsCutAtTheSmallWindowSize(FxRobot robot) throws TimeoutException {
        waitForStore();
        resize(robot, (Stage) window.getScene().getWindow(), 1024, 640);

        TableView<EventRow> table = robot.lookup("#event-table").queryTableView();
        List<Labeled> dates = robot.from(table).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .filter(cell -> cell.isVisible() && cell.getText() != null && cell.getText().matches(".*\\d{4}"))
                .toList();
        assertTrue(dates.size() >= 5, "only " + dates.size() + " date cells are showing");
        for (Labeled cell : dates) {
            Text shown = (Text) cell.lookup(".text");
            assertEquals(cell.getText(), shown.getText(), "the date is cut");
        }
    }

    @Test
    void everyDividerInsideTheTabsIsRememberedForTheNextWindow(FxRobot robot) throws Exception {
        waitForStore();
        Stage stage = (Stage) window.getScene().getWindow();
        WindowLayout layout = new WindowLayout(preferences);
        assertEquals(List.of("timeline-split", "events-split", "ownership-split", "valuation-split",
                "leadership-split", "sources-split"), window.splitPanes().stream().map(SplitPane::getId).toList());

        robot.interact(() -> {
            split(window, "ownership-split").setDividerPositions(0.35);
            split(window, "leadership-split").setDividerPositions(0.7);
            layout.save(stage, window);
        });
        MainWindow next = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow opened = new MainWindow(new MainViewModel(new EventStoreReader(), new FxTaskExecutor(),
                    preferences), (owner, folder) -> Optional.empty(), new ThemeSetting(preferences));
            layout.restoreAndTrack(new Stage(), opened);
            return opened;
        }).get(10, TimeUnit.SECONDS);

        assertEquals(0.35, split(next, "ownership-split").getDividerPositions()[0], 0.001);
        assertEquals(0.7, split(next, "leadership-split").getDividerPositions()[0], 0.001);
        assertEquals(split(window, "valuation-split").getDividerPositions()[0],
                split(next, "valuation-split").getDividerPositions()[0], 0.001, "untouched, it stays where it was");
    }

    @Test
    void aNegativeOrHugeRememberedSizeOpensAWindowThatFitsTheScreen() throws Exception {
        for (double[] size : new double[][] {{-500, 600}, {1e9, 1e9}, {Double.NaN, 700}}) {
            preferences.putDouble("window.x", 10);
            preferences.putDouble("window.y", 10);
            preferences.putDouble("window.width", size[0]);
            preferences.putDouble("window.height", size[1]);
            preferences.putDouble("window.divider.timeline-split", -3);
            preferences.put("window.tab", "ownership");

            Stage opened = WaitForAsyncUtils.asyncFx(() -> {
                Stage stage = new Stage();
                MainWindow fresh = new MainWindow(new MainViewModel(new EventStoreReader(), new FxTaskExecutor(),
                        preferences), (owner, folder) -> Optional.empty(), new ThemeSetting(preferences));
                stage.setScene(new Scene(fresh, 900, 600));
                new WindowLayout(preferences).restoreAndTrack(stage, fresh);
                stage.show();
                return stage;
            }).get(10, TimeUnit.SECONDS);

            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            assertTrue(opened.getWidth() > 0 && opened.getWidth() <= screen.getWidth(), "width " + opened.getWidth());
            assertTrue(opened.getHeight() > 0 && opened.getHeight() <= screen.getHeight(),
                    "height " + opened.getHeight());
            WaitForAsyncUtils.asyncFx(opened::hide).get(10, TimeUnit.SECONDS);
        }
    }

    private static SplitPane split(MainWindow window, String id) {
        return window.splitPanes().stream().filter(pane -> id.equals(pane.getId())).findFirst().orElseThrow();
    }

    private double[] dividers() {
        return window.splitPanes().stream().mapToDouble(pane -> pane.getDividerPositions()[0]).toArray();
    }

    private static void resize(FxRobot robot, Stage stage, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSortedTableStaysSortedWhenTheFilterChanges(FxRobot robot) throws TimeoutException {
        waitForStore();
        robot.clickOn(robot.lookup(".column-header").queryAllAs(TableColumnHeader.class).stream()
                .filter(header -> header.getTableColumn() != null && header.getTableColumn().getText().equals("Title")).findFirst().orElseThrow());
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("scale");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.visibleRows().size() < viewModel.getStore().events().size());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<EventRow> table = robot.lookup("#event-table").queryTableView();
        List<String> titles = table.getItems().stream().map(EventRow::title).toList();
        assertTrue(titles.size() > 2, titles.toString());
        assertEquals(List.of("Title"), table.getSortOrder().stream().map(TableColumn::getText).toList());
        List<String> sortedTitles = table.getItems().stream().sorted(table.getComparator()).map(EventRow::title).toList();
        assertEquals(sortedTitles, titles, "the rows are no longer sorted by title");
    }

    @Test
    void theDarkThemeDarkensEveryChart(FxRobot robot) throws TimeoutException {
        waitForStore();
        ChartControl timelineChart = robot.lookup("#timeline").queryAs(ChartControl.class);
        ChartControl ownershipChart = robot.lookup("#ownership-chart").queryAs(ChartControl.class);
        assertEquals(0xffffffff, timelineChart.chartStyle().background());

        robot.clickOn("View").clickOn("Dark Theme");
        WaitForAsyncUtils.waitForFxEvents();

        // -sl-surface in the dark theme.
        assertEquals(0xff23272e, timelineChart.chartStyle().background());
        assertEquals(0xff23272e, ownershipChart.chartStyle().background());
        assertEquals(0xff7aa2ff, timelineChart.chartStyle().series(0));
    }

    /** Clicks the table row with {@code title} and reads the visible texts of the detail pane. */
    @Test
    void deleteRemovesTheSelectedEventEverywhereAndCtrlZBringsItBackButDeleteInTheSearchFieldEditsTheText(
            FxRobot robot) throws TimeoutException {
        detailsAfterClicking(robot, "Meta buys 49% of Scale AI");
        int events = viewModel.getStore().events().size();
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.getStore().events().size() == events - 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#event-table").queryTableView().getItems().stream()
                .noneMatch(row -> ((EventRow) row).event().id().equals("meta-stake")));
        assertTrue(viewModel.windowTitleProperty().get().startsWith("*"), "unsaved changes show in the title");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.getStore().events().size() == events);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(viewModel.getStore().event("meta-stake").isPresent());

        detailsAfterClicking(robot, "Meta buys 49% of Scale AI");
        robot.clickOn("#filter-field").write("xy").push(KeyCode.HOME).push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("y", robot.lookup("#filter-field").queryAs(TextField.class).getText());
        assertEquals(events, viewModel.getStore().events().size(), "Delete in a text field deletes a character");
    }

    private List<String> detailsAfterClicking(FxRobot robot, String title) throws TimeoutException {
        waitForStore();
        // The event table's row: the other tabs list some titles too, hidden.
        robot.clickOn(robot.from(robot.lookup("#event-table").queryTableView()).lookup(title).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        return texts(robot, "#event-details .label");
    }

    @Test
    void aTableInATabNotInFrontCatchesUpWithANewStoreWhenShownKeepingItsSortOrder(FxRobot robot) throws Exception {
        waitForStore();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        TableView<RoundRow> rounds = robot.lookup("#rounds-table").queryTableView();
        robot.interact(() -> {
            TableColumn<RoundRow, ?> amount = rounds.getColumns().stream()
                    .filter(column -> column.getText().equals("Amount")).findFirst().orElseThrow();
            amount.setSortType(TableColumn.SortType.DESCENDING);
            rounds.getSortOrder().setAll(List.of(amount));
        });
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        nextChosenFile = Files.copy(Path.of("src", "test", "resources", "stores", "northwind-robotics.json"),
                folder.resolve("northwind.json"));

        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> nextChosenFile.equals(viewModel.fileProperty().get())
                && viewModel.valuation().rounds().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, rounds.getItems().size(), "out of sight, the table keeps the rows it had");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(4, rounds.getItems().size(), "in sight, it shows the new store's rounds");
        assertEquals("$400M", Formats.money(rounds.getItems().get(0).amount()),
                "still sorted by amount, largest first");
    }

    private void waitForStore() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.getStore() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream()
                .filter(Node::isVisible)
                .map(node -> ((Label) node).getText())
                .toList();
    }
}
