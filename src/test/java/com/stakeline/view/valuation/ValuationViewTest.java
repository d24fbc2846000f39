package com.stakeline.view.valuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.view.TestWindow;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The valuation tab in the whole window, on the bundled dataset. */
@ExtendWith(ApplicationExtension.class)
class ValuationViewTest {

    @RegisterExtension
    final TestWindow window = new TestWindow();

    @Test
    void selectedRoundsCopyAsTabSeparatedLines(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.viewModel().valuation().rounds().isEmpty());
        robot.clickOn("Valuation");
        TableView<?> rounds = robot.lookup("#rounds-table").queryTableView();
        robot.clickOn(robot.from(rounds).lookup(".table-cell").lookup("$1B round").queryAs(Node.class));

        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.waitFor(
                WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        String round = copied.lines().toList().get(1);
        assertTrue(round.startsWith("2024-05\t$1B round\t1000000000\t\t14000000000\tUSD\t"), round);
        assertEquals("funding-2024", window.viewModel().selectedEventProperty().get().id());
    }

    @Test
    void theLogSwitchChangesTheValueAxisAndStartsLinearForValuesWithinTenfold(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.viewModel().valuation().chartProperty().get() != null);
        robot.clickOn("Valuation");
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox log = robot.lookup("#valuation-log").queryAs(CheckBox.class);
        ValuationView view = robot.lookup(".valuation-view").queryAs(ValuationView.class);
        assertFalse(log.isSelected(), "~$14B to $29B is within tenfold");
        assertEquals(0.0, view.lastScale().ticks().get(0), "a linear axis starts at zero");

        robot.clickOn(log);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(view.lastScale().log());
        assertEquals(List.of(1e10, 1e11), view.lastScale().ticks(), "$10B and $100B");
    }

    @Test
    void theChartIsNotDrawnWhileItsTabIsHiddenAndIsDrawnOnceShown(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.viewModel().valuation().chartProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ValuationView view = robot.lookup(".valuation-view").queryAs(ValuationView.class);
        assertNull(view.lastScale(), "drawn behind the Events tab");

        robot.clickOn("Valuation");
        WaitForAsyncUtils.waitForFxEvents();

        assertNotNull(view.lastScale(), "drawn when its tab came to the front");
    }
}
