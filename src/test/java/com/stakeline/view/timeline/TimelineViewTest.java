package com.stakeline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.viewmodel.FilterChoices;
import com.stakeline.viewmodel.OpenedStore;
import java.util.Set;
import org.controlsfx.control.CheckComboBox;
import com.stakeline.store.EventStoreReader;
import com.stakeline.view.FileChooserService;
import com.stakeline.view.MainWindow;
import com.stakeline.viewmodel.FxTaskExecutor;
import com.stakeline.viewmodel.MainViewModel;
import com.stakeline.viewmodel.TestPreferences;
import com.stakeline.viewmodel.ThemeSetting;
import com.stakeline.chart.timeline.FrameLayout;
import com.stakeline.chart.timeline.Lane;
import com.stakeline.chart.timeline.LaneKind;
import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import com.stakeline.chart.timeline.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.geometry.VerticalDirection;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the timeline as an analyst would, in the whole window on the bundled dataset. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private final Preferences preferences = TestPreferences.fresh();
    private MainViewModel viewModel;
    private TimelineViewModel timeline;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        viewModel = new MainViewModel(new EventStoreReader(), new FxTaskExecutor(), preferences);
        timeline = viewModel.timeline();
        FileChooserService noFile = (owner, folder) -> Optional.empty();
        MainWindow window = new MainWindow(viewModel, noFile, new ThemeSetting(preferences));
        stage.setScene(new Scene(window, 1200, 780));
        stage.show();
        viewModel.openBundled();
    }

    @BeforeEach
    void waitForTheDataset(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getModel() != null);
        view = robot.lookup("#timeline").queryAs(TimelineView.class);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void forgetPreferences() {
        TestPreferences.remove(preferences);
    }

    @Test
    void theWheelZoomsAroundThePointer(FxRobot robot) {
        TimeWindow before = timeline.windowProperty().get();
        Point2D pointer = screen(view.getWidth() * 0.25, TimelineSkin.AXIS_HEIGHT + 10);
        double dayUnderPointer = before.day(view.getWidth() * 0.25, ((TimelineSkin) view.getSkin()).frame().width());
        robot.moveTo(pointer).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow oneWay = timeline.windowProperty().get();
        robot.scroll(6, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow otherWay = timeline.windowProperty().get();

        double ratio = oneWay.span() / before.span();
        assertTrue(ratio < 0.6 || ratio > 1.6, "three notches zoom by about 1.25^3: " + before + " -> " + oneWay);
        assertTrue((oneWay.span() - before.span()) * (otherWay.span() - oneWay.span()) < 0, "the other way zooms back");
        double width = ((TimelineSkin) view.getSkin()).frame().width();
        assertEquals(view.getWidth() * 0.25, oneWay.x(dayUnderPointer, width), 2, "the day under the pointer stays put");
    }

    @Test
    void draggingPansTheTimeline(FxRobot robot) {
        TimeWindow before = timeline.windowProperty().get();
        Point2D middle = screen(view.getWidth() / 2, TimelineSkin.AXIS_HEIGHT + 8);
        robot.drag(middle, MouseButton.PRIMARY).moveBy(-300, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow after = timeline.windowProperty().get();
        assertEquals(before.span(), after.span(), 1e-6);
        assertTrue(after.start() > before.start() + before.span() * 0.1, before + " -> " + after);
    }

    @Test
    void clickingAnEventSelectsItAndTheDetailsShowIt(FxRobot robot) {
        zoomToJune2025();
        robot.clickOn(pointOf("meta-stake"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("meta-stake", viewModel.selectedEventProperty().get().id());
        assertEquals("Meta buys 49% of Scale AI", robot.lookup("#details-title").queryAs(Label.class).getText());
    }

    @Test
    void theKeyboardMovesTheSelectionFromEventToEvent(FxRobot robot) {
        robot.clickOn(view);
        robot.type(KeyCode.HOME);
        assertEquals(viewModel.getStore().events().get(0), viewModel.selectedEventProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
        assertEquals(viewModel.getStore().events().get(1), viewModel.selectedEventProperty().get());
        assertTrue(((String) view.queryAccessibleAttribute(AccessibleAttribute.TEXT)).contains("Scale AI is founded"),
                "a screen reader hears the selected event");
        robot.type(KeyCode.TAB);
        assertEquals(viewModel.getStore().events().get(2), viewModel.selectedEventProperty().get());
        robot.type(KeyCode.END);
        List<Event> events = viewModel.getStore().events();
        assertEquals(events.get(events.size() - 1), viewModel.selectedEventProperty().get());
        robot.type(KeyCode.ENTER);
        assertTrue(robot.lookup("#details-scroll").query().isFocused(), "Enter moves to the details");
    }

    @Test
    void theSearchFieldCountsMatchesAndFadesTheRest(FxRobot robot) {
        robot.clickOn("#filter-field").write("droege");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 matches", robot.lookup("#match-count").queryAs(Label.class).getText());
        int founding = timeline.indexOf(viewModel.getStore().event("scale-founded").orElseThrow());
        int interim = timeline.indexOf(viewModel.getStore().event("droege-interim-ceo").orElseThrow());
        assertTrue(timeline.isFaded(founding));
        assertFalse(timeline.isFaded(interim));

        robot.push(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(viewModel.selectedEventProperty().get().title().contains("Droege"));
    }

    @Test
    void uncheckingATypeRemovesItsLaneAndItsRows(FxRobot robot) {
        assertTrue(laneKinds().contains(LaneKind.FUNDING));
        CheckComboBox<EventType> types = robot.lookup("#type-filter").queryAs(CheckComboBox.class);
        robotRun(() -> types.getCheckModel().clearCheck(EventType.FUNDING_ROUND));
        assertFalse(laneKinds().contains(LaneKind.FUNDING));
        assertTrue(laneKinds().contains(LaneKind.OWNERSHIP));
        assertTrue(viewModel.visibleRows().stream().noneMatch(row -> row.event().type() == EventType.FUNDING_ROUND));
        assertEquals("Types: 5 of 6", types.getTitle());
    }

    @Test
    void theTableListsTheEventsTheTimelineCountsAsMatches(FxRobot robot) {
        TableView<?> table = robot.lookup("#event-table").queryAs(TableView.class);
        robot.clickOn("#filter-field").write("Wang");
        WaitForAsyncUtils.waitForFxEvents();
        CheckComboBox<String> entities = robot.lookup("#entity-filter").queryAs(CheckComboBox.class);
        robotRun(() -> entities.getCheckModel().check("scale-ai"));
        int matches = timeline.matchCountProperty().get();
        assertTrue(matches > 0);
        assertEquals(matches, table.getItems().size());
        assertEquals(matches + " matches", robot.lookup("#match-count").queryAs(Label.class).getText());
    }

    @Test
    void pickingARowInTheTableBringsItsEventIntoViewAndEscClearsTheSearch(FxRobot robot) {
        zoomToJune2025();
        robotRun(() -> timeline.windowProperty().set(TimeWindow.of(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 3, 1))));
        TableView<?> table = robot.lookup("#event-table").queryAs(TableView.class);
        robot.clickOn("#filter-field").write("Meta buys 49%");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        robotRun(() -> table.getSelectionModel().select(0));
        Event stake = viewModel.getStore().event("meta-stake").orElseThrow();
        assertEquals(stake, timeline.selectedEventProperty().get());
        double day = stake.date().start().toEpochDay();
        assertTrue(timeline.windowProperty().get().overlaps(day, day + 1), "the timeline panned to the event");

        robot.clickOn("#filter-field").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", viewModel.filterTextProperty().get());
        assertEquals(viewModel.getStore().events().size(), table.getItems().size());
    }

    @Test
    void theEntityFilterStillOffersEntitiesAfterAGarbageCollection(FxRobot robot) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        EventStore full = viewModel.getStore();
        EventStore firstThree = new EventStore(full.title(), full.subjectId(), full.entities(), full.sources(),
                full.events().subList(0, 3));
        robotRun(() -> viewModel.context().open(OpenedStore.prepare(firstThree, Set.of()), false));
        WaitForAsyncUtils.waitForFxEvents();
        CheckComboBox<String> entities = robot.lookup("#entity-filter").queryAs(CheckComboBox.class);
        robot.clickOn(entities);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FilterChoices.of(firstThree).entities(), List.copyOf(entities.getItems()));
        assertFalse(entities.getItems().isEmpty());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void shiftClickingTheAxisPinsTheComparedDateAndLeavesTheCursor(FxRobot robot) {
        LocalDate asOf = timeline.asOfProperty().get();
        TimeWindow window = timeline.windowProperty().get();
        double width = view.getWidth() - scrollBarWidth();
        double x = window.x(asOf.minusYears(3).toEpochDay() + 0.5, width);

        robot.press(KeyCode.SHIFT).clickOn(screen(x, TimelineSkin.AXIS_HEIGHT - 6)).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        LocalDate pinned = viewModel.context().compareWithProperty().get();
        assertTrue(Math.abs(pinned.toEpochDay() - asOf.minusYears(3).toEpochDay()) <= window.span() / width + 1,
                asOf.minusYears(3) + " -> " + pinned);
        assertEquals(asOf, timeline.asOfProperty().get(), "the as-of cursor stays");
    }

    @Test
    void draggingTheAsOfCursorByItsHandleChangesItsDate(FxRobot robot) {
        LocalDate before = timeline.asOfProperty().get();
        TimeWindow window = timeline.windowProperty().get();
        double cursorX = window.x(before.toEpochDay() + 0.5, view.getWidth() - scrollBarWidth());
        robot.drag(screen(cursorX, TimelineSkin.AXIS_HEIGHT - 6), MouseButton.PRIMARY).moveBy(-250, 0)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        LocalDate after = timeline.asOfProperty().get();
        assertNotEquals(before, after);
        assertTrue(after.isBefore(before.minusYears(1)), before + " -> " + after);
        assertEquals(window, timeline.windowProperty().get(), "moving the cursor does not pan");
    }

    @Test
    void anEventUnderTheAsOfCursorIsSelectedByAClickAndTheCursorStays(FxRobot robot) {
        Event stake = viewModel.getStore().event("meta-stake").orElseThrow();
        robotRun(() -> timeline.asOfProperty().set(stake.date().start()));
        LocalDate asOf = timeline.asOfProperty().get();
        robot.clickOn(markOf("meta-stake"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("meta-stake", viewModel.selectedEventProperty().get().id());
        assertEquals(asOf, timeline.asOfProperty().get());
    }

    @Test
    void draggingTheOverviewBoxMovesTheWindow(FxRobot robot) {
        TimeWindow full = timeline.getModel().fullWindow();
        zoomToJune2025();
        TimeWindow before = timeline.windowProperty().get();
        double boxMiddle = full.x((before.start() + before.end()) / 2, view.getWidth());
        Point2D box = screen(boxMiddle, view.getHeight() - TimelineSkin.OVERVIEW_HEIGHT / 2);
        robot.drag(box, MouseButton.PRIMARY).moveBy(-200, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow after = timeline.windowProperty().get();
        assertEquals(before.span(), after.span(), 1e-6);
        assertTrue(after.end() < LocalDate.of(2024, 1, 1).toEpochDay(), "moved years back: " + after);
    }

    @Test
    void spacingComesFromCss() {
        robotRun(() -> view.setStyle("-sl-timeline-row-height: 30; -sl-timeline-lane-gap: 12;"));
        WaitForAsyncUtils.waitForFxEvents();
        FrameLayout frame = ((TimelineSkin) view.getSkin()).frame().layout();
        assertEquals(30, frame.metrics().rowHeight());
        assertEquals(12, frame.metrics().laneGap());
    }

    private void zoomToJune2025() {
        robotRun(() -> timeline.windowProperty().set(TimeWindow.of(LocalDate.of(2025, 5, 20), LocalDate.of(2025, 7, 10))));
    }

    private Point2D pointOf(String eventId) {
        return pointNear(eventId, true);
    }

    /** The middle of the event's own mark, where the as-of cursor is drawn when it sits on the event's day. */
    private Point2D markOf(String eventId) {
        return pointNear(eventId, false);
    }

    private Point2D pointNear(String eventId, boolean onLabel) {
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        int index = timeline.indexOf(viewModel.getStore().event(eventId).orElseThrow());
        FrameLayout frame = skin.frame().layout();
        for (FrameLayout.LaneFrame lane : frame.lanes()) {
            for (FrameLayout.TrackFrame track : lane.tracks()) {
                for (Unit unit : track.units()) {
                    if (track.track().eventIndex(unit.first()) == index && !unit.isCluster()) {
                        double rowHeight = frame.metrics().rowHeight();
                        double y = TimelineSkin.AXIS_HEIGHT - skin.frame().scrollY() + track.rowsY()
                                + unit.row() * rowHeight + rowHeight / 2;
                        return screen(onLabel ? unit.labelX() + 10 : unit.x0(), y);
                    }
                }
            }
        }
        throw new AssertionError(eventId + " is not drawn on its own");
    }

    private List<LaneKind> laneKinds() {
        return timeline.getModel().lanes().stream().map(Lane::kind).toList();
    }

    private double scrollBarWidth() {
        return view.getWidth() - ((TimelineSkin) view.getSkin()).frame().width();
    }

    private Point2D screen(double x, double y) {
        return view.localToScreen(x, y);
    }

    private static void robotRun(Runnable work) {
        Platform.runLater(work);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
