package com.stakeline.view.leadership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.chart.Box;
import com.stakeline.view.TestWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The leadership tab in the whole window, on the bundled dataset. */
@ExtendWith(ApplicationExtension.class)
class LeadershipViewTest {

    @RegisterExtension
    final TestWindow window = new TestWindow();

    @BeforeEach
    void showTheLeadershipTab(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.viewModel().leadership().seats().isEmpty());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void afterTheDealTheTabNamesDroegeAsInterimCeo(FxRobot robot) {
        TableView<?> table = robot.lookup("#leadership-table").queryTableView();
        assertTrue(table.isVisible() && table.getScene() != null);
        assertTrue(cellTexts(robot, table).contains("Jason Droege (interim)"), "Droege is named");
        assertTrue(cellTexts(robot, table).contains("Alexandr Wang, until June 2025"), "Wang is no longer CEO");
    }

    @Test
    void clickingAHoldersBarInTheStripSelectsTheEventThatMadeHimCeo(FxRobot robot) throws TimeoutException {
        LeadershipView view = robot.lookup(".leadership-view").queryAs(LeadershipView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.lastLayout() != null);
        Box droege = view.lastLayout().rows().stream().flatMap(row -> row.spells().stream())
                .filter(placed -> placed.spell().holder().equals("Jason Droege (interim)")).findFirst().orElseThrow()
                .bar();
        Node chart = robot.lookup("#leadership-chart").query();

        robot.clickOn(chart.localToScreen(new Point2D(droege.x() + droege.width() / 2, droege.y() + 4)));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("droege-interim-ceo", window.viewModel().selectedEventProperty().get().id());
    }

    @Test
    void pinningADateBeforeTheDealShowsWhoHeldEachRoleThenBeside(FxRobot robot) {
        TableView<?> table = robot.lookup("#leadership-table").queryTableView();
        TableColumn<?, ?> onB = table.getColumns().get(2);
        assertFalse(onB.isVisible(), "no B, no column");

        robot.interact(() -> window.viewModel().context().compareWithProperty().set(LocalDate.of(2025, 1, 1)));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(onB.isVisible());
        assertEquals("On B, 1 Jan 2025", onB.getText());
        List<String> texts = cellTexts(robot, table);
        assertTrue(texts.containsAll(List.of("Jason Droege (interim)", "Alexandr Wang")), texts.toString());
        assertTrue(robot.lookup("#leadership-changes").queryLabeled().getText()
                .contains("CEO: Jason Droege (interim) → Alexandr Wang"));
    }

    private static List<String> cellTexts(FxRobot robot, TableView<?> table) {
        return robot.from(table).lookup(".table-cell").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .toList();
    }
}
