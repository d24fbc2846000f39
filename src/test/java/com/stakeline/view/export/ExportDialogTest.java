package com.stakeline.view.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.export.ExportFormat;
import com.stakeline.store.EventStoreReader;
import com.stakeline.view.FileChooserService;
import com.stakeline.view.MainWindow;
import com.stakeline.viewmodel.FxTaskExecutor;
import com.stakeline.viewmodel.MainViewModel;
import com.stakeline.viewmodel.TestPreferences;
import com.stakeline.viewmodel.ThemeSetting;
import com.stakeline.viewmodel.export.ExportTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export… and the charts' context menus, driven as an analyst would, on the bundled dataset. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    private final Preferences preferences = TestPreferences.fresh();
    private MainViewModel viewModel;
    private Path chosen;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        viewModel = new MainViewModel(new EventStoreReader(), new FxTaskExecutor(), preferences);
        FileChooserService chooser = new FileChooserService() {
            @Override
            public Optional<Path> chooseStoreFile(Window owner, Path startFolder) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseExportFile(Window owner, Path startFolder, String name, ExportFormat format) {
                return Optional.of(chosen = folder.resolve(name));
            }
        };
        stage.setScene(new Scene(new MainWindow(viewModel, chooser, new ThemeSetting(preferences)), 1280, 800));
        stage.sizeToScene();
        stage.show();
        viewModel.openBundled();
    }

    @AfterEach
    void closeTheDialogAndForgetPreferences(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(window -> window != robot.targetWindow())
                .toList().forEach(Window::hide));
        TestPreferences.remove(preferences);
    }

    private void waitForHistory() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.export().readyProperty().get());
    }

    @Test
    void fileExportShowsAPreviewAndWritesTheChosenChartInTheChosenFormat(FxRobot robot) throws Exception {
        waitForHistory();

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-dialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#export-target").queryAs(ComboBox.class)
                .getSelectionModel().select(ExportTarget.OWNERSHIP));
        robot.clickOn("#export-format-svg");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.export().previewProperty().get() != null
                && viewModel.export().previewProperty().get().title().startsWith("Ownership"));
        WaitForAsyncUtils.waitForFxEvents();
        Canvas preview = robot.lookup("#export-preview").queryAs(Canvas.class);
        WritableImage shown = WaitForAsyncUtils.asyncFx(() -> preview.snapshot(null, null)).get();
        assertTrue(countColour(shown, 0x2457c5) > 100, "the preview shows Meta's slice in its colour");

        robot.clickOn("#export-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chosen != null && Files.exists(chosen));

        assertEquals("scale-ai-meta-ownership.svg", chosen.getFileName().toString());
        String svg = Files.readString(chosen, StandardCharsets.UTF_8);
        assertTrue(svg.contains("Meta Platforms") && svg.contains("49%"), "the ownership chart, as SVG");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#export-message").queryLabeled()
                .getText().equals("Exported the ownership chart to " + chosen));
    }

    @Test
    void aWidthTypedInTheDialogResizesThePictureAndLettersAreRefused(FxRobot robot) throws Exception {
        waitForHistory();
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-dialog").tryQuery().isPresent());
        Spinner<?> width = robot.lookup("#export-width").queryAs(Spinner.class);

        robot.doubleClickOn(width.getEditor()).eraseText(6).write("800").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.export().previewProperty().get() != null
                && viewModel.export().previewProperty().get().width() == 800);
        robot.doubleClickOn(width.getEditor()).eraseText(6).write("wide").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(800, viewModel.export().widthProperty().get());
        assertEquals("800", width.getEditor().getText());
        assertTrue(robot.lookup("#export-size").queryLabeled().getText().startsWith("1600 × "),
                robot.lookup("#export-size").queryLabeled().getText());
    }

    @Test
    void theDialogFollowsTheWindowsThemeWhileItIsOpen(FxRobot robot) throws Exception {
        waitForHistory();
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-dialog").tryQuery().isPresent());
        Node dialog = robot.lookup("#export-dialog").query();
        assertFalse(dialog.getStyleClass().contains("dark"));

        robot.interact(() -> Window.getWindows().stream().map(window -> window.getScene().getRoot())
                .filter(MainWindow.class::isInstance).findFirst().orElseThrow().getStyleClass().add("dark"));

        assertTrue(dialog.getStyleClass().contains("dark"), dialog.getStyleClass().toString());
        assertTrue(dialog.getStyleClass().contains("export-dialog"));
    }

    @Test
    void aTableIsPreviewedAsRowsAndOffersOnlyCsv(FxRobot robot) throws Exception {
        waitForHistory();
        robot.interact(() -> viewModel.export().targetProperty().set(ExportTarget.EVENTS));

        robot.clickOn("File").clickOn("Export…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-table-preview").tryQuery()
                .map(Node::isVisible).orElse(false));

        TableView<?> rows = robot.lookup("#export-table-preview").queryTableView();
        assertEquals(viewModel.getStore().events().size(), rows.getItems().size());
        assertEquals("id", rows.getColumns().get(0).getText());
        assertTrue(robot.lookup("#export-format-csv").tryQuery().isPresent());
        assertTrue(robot.lookup("#export-format-png").tryQuery().isEmpty(), "a table is not a picture");
    }

    @Test
    void aChartsContextMenuOpensTheDialogOnThatChartAndCopiesItAsAnImage(FxRobot robot) throws Exception {
        waitForHistory();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();

        openContextMenu(robot, "#valuation-chart");
        robot.clickOn("Copy as Image");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                Clipboard.getSystemClipboard().hasImage()).get());
        Image copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getImage()).get();
        assertNotNull(copied);
        assertEquals(2400, copied.getWidth(), "the valuation chart at 1200 pixels, twice over");

        openContextMenu(robot, "#valuation-chart");
        robot.clickOn("Export This Chart…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-dialog").tryQuery().isPresent());
        assertEquals(ExportTarget.VALUATION, robot.lookup("#export-target").queryAs(ComboBox.class).getValue());
    }

    @Test
    void ctrlShiftCCopiesTheChartOfTheTabInFrontAndTheStatusBarSaysSo(FxRobot robot) throws Exception {
        waitForHistory();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        robot.interact(() -> Clipboard.getSystemClipboard().clear());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                Clipboard.getSystemClipboard().hasImage()).get());
        assertEquals("Copied the leadership chart as an image", robot.lookup("#status-text").queryLabeled().getText());
    }

    /**
     * Asks for {@code query}'s context menu in its middle, as a right click or the menu key does; Monocle's headless
     * platform turns neither into the request.
     */
    private static void openContextMenu(FxRobot robot, String query) {
        Node chart = robot.lookup(query).query();
        robot.interact(() -> {
            Bounds bounds = chart.localToScreen(chart.getLayoutBounds());
            Event.fireEvent(chart, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    chart.getLayoutBounds().getWidth() / 2, chart.getLayoutBounds().getHeight() / 2,
                    bounds.getCenterX(), bounds.getCenterY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int countColour(Image image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getPixelReader().getArgb(x, y) & 0xffffff) == rgb ? 1 : 0;
            }
        }
        return count;
    }
}
