package com.stakeline.view.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.stakeline.view.TestWindow;
import com.stakeline.viewmodel.EventRow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The sources and checks tab in the whole window, on the bundled dataset. */
@ExtendWith(ApplicationExtension.class)
class SourcesViewTest {

    @RegisterExtension
    final TestWindow window = new TestWindow();

    @Test
    void theTabCountsTheDisputedFigureAndClickingTheConflictSelectsItsEventEverywhere(FxRobot robot)
            throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.viewModel().sources().disputedFiguresProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Sources & Checks (1 disputed)");
        TableView<?> conflicts = robot.lookup("#conflict-table").queryTableView();
        robot.clickOn(robot.from(conflicts).lookup(".table-cell").lookup("Date").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("funding-2024", window.viewModel().selectedEventProperty().get().id());
        robot.clickOn("Events");
        TableView<EventRow> events = robot.lookup("#event-table").queryTableView();
        assertEquals("funding-2024", events.getSelectionModel().getSelectedItem().event().id());
    }
}
