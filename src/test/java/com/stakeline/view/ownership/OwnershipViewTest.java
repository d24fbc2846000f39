package com.stakeline.view.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.chart.ownership.OwnershipLayout;
import com.stakeline.chart.ownership.PieSlice;
import com.stakeline.view.TestWindow;
import com.stakeline.viewmodel.ownership.StakeRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The ownership tab in the whole window, on the bundled dataset, driven as an analyst would. */
@ExtendWith(ApplicationExtension.class)
class OwnershipViewTest {

    private static final LocalDate DEAL = LocalDate.of(2025, 6, 1);

    @RegisterExtension
    final TestWindow window = new TestWindow();

    @BeforeEach
    void showTheOwnershipTab(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().getStore() != null);
        robot.clickOn("Ownership");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !window.viewModel().ownership().piesProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void movingTheAsOfCursorAcrossJune2025TurnsTheUndisclosedPieIntoMetas49Percent(FxRobot robot) {
        robot.clickOn("#timeline");
        stepAsOfUntil(robot, KeyCode.LEFT, asOf -> asOf.isBefore(DEAL));
        assertEquals(List.of("Undisclosed / other 100%"), slices(robot));

        stepAsOfUntil(robot, KeyCode.RIGHT, asOf -> !asOf.isBefore(DEAL));
        assertEquals(List.of("Meta Platforms 49%", "Undisclosed / other 51%"), slices(robot));
    }

    @Test
    void selectingMetasStakePurchaseShowsOwnershipJustBeforeAndJustAfterIt(FxRobot robot) {
        TableView<StakeRow> history = robot.lookup("#stake-history").queryTableView();
        robot.clickOn(robot.from(history).lookup(".table-cell").lookup("Meta Platforms").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        OwnershipLayout layout = layout(robot);
        assertEquals(2, layout.panels().size());
        assertEquals(List.of("Undisclosed / other 100%"), slicesOf(layout.panels().get(0)));
        assertEquals(List.of("Meta Platforms 49%", "Undisclosed / other 51%"), slicesOf(layout.panels().get(1)));
        assertEquals("meta-stake", window.viewModel().selectedEventProperty().get().id());
    }

    @Test
    void clickingMetasSliceShowsOnlyMetasEvents(FxRobot robot) {
        robot.clickOn("#timeline");
        stepAsOfUntil(robot, KeyCode.RIGHT, asOf -> !asOf.isBefore(DEAL));
        OwnershipLayout.Panel panel = layout(robot).panels().get(0);
        OwnershipLayout.Wedge meta = panel.wedges().get(0);
        double angle = Math.toRadians(meta.middleDegrees());
        Node chart = robot.lookup("#ownership-chart").query();
        Point2D inWedge = chart.localToScreen(panel.centreX() + Math.cos(angle) * panel.radius() / 2,
                panel.centreY() - Math.sin(angle) * panel.radius() / 2);

        robot.clickOn(inWedge);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Set.of("meta"), Set.copyOf(window.viewModel().context().entityFilter()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.viewModel().visibleRows().stream().allMatch(row -> row.event().entityIds().contains("meta")),
                "every listed event names Meta");
        assertTrue(window.viewModel().visibleRows().size() < window.viewModel().getStore().events().size());
    }

    @Test
    void pinningASecondDateShowsMetasChangeFromNoneTo49Percent(FxRobot robot) {
        robot.clickOn("#timeline");
        stepAsOfUntil(robot, KeyCode.LEFT, asOf -> asOf.isBefore(DEAL));
        DatePicker compare = robot.lookup("#compare-date").queryAs(DatePicker.class);

        robot.clickOn(compare.getEditor()).write(compare.getConverter().toString(LocalDate.of(2025, 7, 1)))
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Meta Platforms 0% → 49%", robot.lookup("#ownership-changes").queryLabeled().getText());
        assertEquals(2, layout(robot).panels().size());
        robot.clickOn("#compare-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, layout(robot).panels().size());
    }

    /** Presses Shift+arrow in the timeline, which moves the as-of cursor a tick, until {@code done} holds. */
    private void stepAsOfUntil(FxRobot robot, KeyCode arrow, Predicate<LocalDate> done) {
        for (int i = 0; i < 20 && !done.test(window.viewModel().context().asOfProperty().get()); i++) {
            robot.press(KeyCode.SHIFT).type(arrow).release(KeyCode.SHIFT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        LocalDate asOf = window.viewModel().context().asOfProperty().get();
        assertTrue(done.test(asOf), "as of " + asOf);
    }

    private static OwnershipLayout layout(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return ((OwnershipView) robot.lookup(".ownership-view").query()).lastLayout();
    }

    private static List<String> slices(FxRobot robot) {
        OwnershipLayout layout = layout(robot);
        assertEquals(1, layout.panels().size());
        return slicesOf(layout.panels().get(0));
    }

    /** What the legend of a pie says of each slice, and so what the pie draws. */
    private static List<String> slicesOf(OwnershipLayout.Panel panel) {
        return panel.wedges().stream().map(OwnershipLayout.Wedge::slice)
                .map((PieSlice slice) -> slice.name() + " " + slice.figure()).toList();
    }
}
