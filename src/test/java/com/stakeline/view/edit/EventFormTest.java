package com.stakeline.view.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.Event;
import com.stakeline.store.EventStoreReader;
import com.stakeline.view.FileChooserService;
import com.stakeline.view.MainWindow;
import com.stakeline.viewmodel.EventRow;
import com.stakeline.viewmodel.FxTaskExecutor;
import com.stakeline.viewmodel.MainViewModel;
import com.stakeline.viewmodel.TestPreferences;
import com.stakeline.viewmodel.ThemeSetting;
import com.stakeline.viewmodel.ownership.StakeRow;
import com.stakeline.viewmodel.valuation.RoundRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The event form in the window, driven as an analyst would: keyboard and mouse. */
@ExtendWith(ApplicationExtension.class)
class EventFormTest {

    private final Preferences preferences = TestPreferences.fresh();
    private MainViewModel viewModel;

    @TempDir
    static Path folder;

    @Start
    void start(Stage stage) throws IOException {
        viewModel = new MainViewModel(new EventStoreReader(), new FxTaskExecutor(), preferences);
        FileChooserService chooser = (owner, startFolder) -> Optional.empty();
        stage.setScene(new Scene(new MainWindow(viewModel, chooser, new ThemeSetting(preferences)), 1280, 800));
        stage.sizeToScene();
        stage.show();
        Path file = folder.resolve("store-" + System.nanoTime() + ".json");
        Files.copy(Path.of("data", "scale-ai-meta.json"), file);
        viewModel.open(file);
    }

    @AfterEach
    void forgetPreferences() {
        TestPreferences.remove(preferences);
    }

    @Test
    void aRoundAddedThroughTheFormShowsUndoesRedoesAndIsSavedAndFoundOnReopening(FxRobot robot) throws Exception {
        waitUntil(() -> viewModel.getStore() != null);
        int events = viewModel.getStore().events().size();
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#form-date").write("2025-09");
        robot.clickOn("#form-title").write("Scale AI raises a Series G");
        robot.clickOn("#form-round").write("Series G");
        robot.clickOn("#form-amount").write("1.5B");
        robot.clickOn("#form-postMoney").write("~35B");
        assertEquals("~$35B (USD 35,000,000,000)", label(robot, "#form-postMoney", 1));
        Button add = robot.lookup("Add Event").queryButton();
        assertTrue(add.isDisabled(), "no source yet");
        assertEquals("an event needs at least one source", robot.lookup("#form-sources-problem")
                .queryAs(Label.class).getText());
        robot.clickOn(robot.lookup("#form-sources").lookup(".check-box").queryAs(CheckBox.class));
        assertFalse(add.isDisabled());
        robot.clickOn(add);

        waitUntil(() -> viewModel.getStore().events().size() == events + 1);
        Event added = viewModel.getStore().event("scale-ai-raises-a-series-g").orElseThrow();
        assertTrue(viewModel.timeline().modelProperty().get().events().contains(added), "on the timeline");
        assertTrue(hasRound("Series G"), "in the valuation chart's rounds");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> viewModel.getStore().events().size() == events);
        assertFalse(hasRound("Series G"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> viewModel.getStore().events().size() == events + 1);
        assertTrue(hasRound("Series G"));

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !viewModel.history().unsavedProperty().get());
        assertTrue(new EventStoreReader().read(viewModel.fileProperty().get()).loaded().orElseThrow()
                .event("scale-ai-raises-a-series-g").isPresent(), "in the file, read afresh");
    }

    @Test
    void aWrongPercentageIsSaidBesideTheFieldAndAChangedStakeChangesThePie(FxRobot robot) throws Exception {
        waitUntil(() -> viewModel.getStore() != null);
        TableView<EventRow> table = robot.lookup("#event-table").queryTableView();
        robot.clickOn(robot.from(table).lookup("Meta buys 49% of Scale AI").queryAs(Node.class)).push(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("amount = ~$14B", robot.lookup("#form-says-src-allocates").queryAs(TextField.class).getText(),
                "what a source says is there to edit in place");
        robot.doubleClickOn("#form-stakePercent").push(KeyCode.CONTROL, KeyCode.A).write("149");
        assertEquals("149 is not a percentage (0 to 100)", robot.lookup("#form-stakePercent-problem")
                .queryAs(Label.class).getText());
        Button apply = robot.lookup("Apply").queryButton();
        assertTrue(apply.isDisabled());

        robot.clickOn("#form-stakePercent").push(KeyCode.CONTROL, KeyCode.A).write("60");
        assertEquals("", robot.lookup("#form-stakePercent-problem").queryAs(Label.class).getText());
        robot.clickOn(apply);
        waitUntil(() -> viewModel.ownership().stakeRows().stream()
                .anyMatch(row -> row.event().id().equals("meta-stake") && row.stake().startsWith("60")));
        StakeRow meta = viewModel.ownership().stakeRows().stream()
                .filter(row -> row.event().id().equals("meta-stake")).findFirst().orElseThrow();
        assertEquals("60%", meta.stake());
        // The pie is drawn at the as-of date, after the stake: Meta's slice is 60% of it now.
        assertTrue(viewModel.ownership().piesProperty().get().stream().flatMap(pie -> pie.slices().stream())
                .anyMatch(slice -> "meta".equals(slice.holderId()) && slice.percent() == 60.0),
                viewModel.ownership().piesProperty().get().toString());
        assertTrue(viewModel.windowTitleProperty().get().startsWith("*"));
    }

    private boolean hasRound(String round) {
        return viewModel.valuation().rounds().stream().map(RoundRow::round).anyMatch(round::equals);
    }

    /** The text of the {@code index}-th label in the field's cell: 1 is what the form understood. */
    private static String label(FxRobot robot, String field, int index) {
        Node input = robot.lookup(field).query();
        return ((Label) input.getParent().getChildrenUnmodifiable().get(index)).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
