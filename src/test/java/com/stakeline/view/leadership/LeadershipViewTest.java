package com.stakeline.view.leadership;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.view.TestWindow;
import com.stakeline.viewmodel.MainViewModel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The leadership tab in the whole window, on the bundled dataset. */
@ExtendWith(ApplicationExtension.class)
class LeadershipViewTest {

    private final TestWindow window = new TestWindow();
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = window.show(stage);
    }

    @AfterEach
    void forgetPreferences() {
        window.forget();
    }

    @Test
    void afterTheDealTheTabNamesDroegeAsInterimCeo(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.leadership().seats().isEmpty());

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#leadership-table").queryTableView();
        assertTrue(table.isVisible() && table.getScene() != null);
        assertTrue(robot.from(table).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(cell -> "Jason Droege (interim)".equals(cell.getText())), "Droege is named");
        assertTrue(robot.from(table).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(cell -> "Alexandr Wang, until June 2025".equals(cell.getText())), "Wang is no longer CEO");
    }
}
