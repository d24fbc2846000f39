package com.stakeline.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.store.EventStoreReader;
import com.stakeline.viewmodel.FxTaskExecutor;
import com.stakeline.viewmodel.MainViewModel;
import com.stakeline.viewmodel.TestPreferences;
import com.stakeline.viewmodel.ThemeSetting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app started on a file that does not open: no dataset, so the timeline offers a way forward. */
@ExtendWith(ApplicationExtension.class)
class EmptyStateTest {

    @TempDir
    static Path folder;

    private final Preferences preferences = TestPreferences.fresh();
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws IOException {
        viewModel = new MainViewModel(new EventStoreReader(), new FxTaskExecutor(), preferences);
        MainWindow window = new MainWindow(viewModel, (owner, start) -> Optional.empty(), new ThemeSetting(preferences));
        stage.setScene(new Scene(window, 1024, 640));
        stage.sizeToScene();
        stage.show();
        viewModel.open(Files.writeString(folder.resolve("broken.json"), "{\"format\": "));
    }

    @AfterEach
    void forgetPreferences() {
        TestPreferences.remove(preferences);
    }

    @Test
    void afterAFailedOpenTheTimelineOffersToOpenAFileOrTheSample(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problems-list").tryQuery().isPresent());
        robot.clickOn("Close");
        Node emptyState = robot.lookup("#empty-state").query();
        assertTrue(emptyState.isVisible());
        assertTrue(robot.lookup("No dataset is open").tryQuery().isPresent());
        assertTrue(robot.lookup("#empty-open").tryQuery().isPresent());

        robot.clickOn("#empty-open-sample");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.getStore() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertNotNull(viewModel.getStore());
        assertFalse(emptyState.isVisible(), "the empty state still covers the timeline");
    }
}
