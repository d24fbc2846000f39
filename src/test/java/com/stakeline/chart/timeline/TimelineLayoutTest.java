package com.stakeline.chart.timeline;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.FixedWidthMeasure;
import com.stakeline.chart.TextMeasure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.Citation;
import com.stakeline.domain.Entity;
import com.stakeline.domain.EntityKind;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.FieldValues;
import com.stakeline.domain.PartialDate;
import com.stakeline.domain.Source;
import com.stakeline.domain.Tenures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.RepetitionInfo;

class TimelineLayoutTest {

    private static final TextMeasure SEVEN_PIXELS_A_CHARACTER = FixedWidthMeasure.SEVEN_PIXELS;
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @RepeatedTest(40)
    void noTwoUnitsInARowOverlapAndEveryVisibleEventIsCounted(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        EventStore store = randomStore(random, 1 + random.nextInt(400));
        TimelineModel model = modelOf(store, TODAY);
        TimeWindow window = randomWindow(random, model.fullWindow());
        double width = 300 + random.nextInt(1500);

        FrameLayout frame = TimelineLayout.layout(model, window, width, Set.of(), SEVEN_PIXELS_A_CHARACTER);

        for (FrameLayout.LaneFrame lane : frame.lanes()) {
            for (FrameLayout.TrackFrame track : lane.tracks()) {
                for (int row = 0; row < track.rows(); row++) {
                    int currentRow = row;
                    List<Unit> inRow = track.units().stream().filter(unit -> unit.row() == currentRow)
                            .sorted(Comparator.comparingDouble(Unit::x0)).toList();
                    for (int i = 1; i < inRow.size(); i++) {
                        Unit before = inRow.get(i - 1);
                        Unit after = inRow.get(i);
                        assertTrue(before.labelX() + before.labelWidth() <= after.x0(),
                                "label of " + before + " runs into " + after);
                        assertTrue(before.x1() <= after.x0() || before.x0() < after.x0(), before + " / " + after);
                    }
                    inRow.forEach(unit -> assertTrue(unit.labelWidth() <= TimelineLayout.MAX_LABEL));
                }
                long visible = visibleEvents(track.track(), window);
                assertEquals(visible, track.units().stream().mapToInt(Unit::count).sum(), "every visible event counted once");
            }
        }
    }

    @Test
    void eventsOnTheSameDateStackIntoRowsWhenThereIsRoom() {
        EventStore store = storeOf(milestone("a", "2025-06"), milestone("b", "2025-06"), milestone("c", "2025-06"));
        TimelineModel model = modelOf(store, TODAY);
        List<Unit> units = company(layout(model, TimeWindow.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 31)), 1600));
        assertEquals(List.of(0, 1, 2), units.stream().map(Unit::row).toList());
        assertTrue(units.stream().noneMatch(Unit::isCluster));
        assertEquals(List.of("a title", "b title", "c title"), units.stream().map(Unit::label).toList());
    }

    @Test
    void aCrowdedColumnBecomesAClusterThatSplitsWhenZoomedIn() {
        List<Event> events = new ArrayList<>();
        for (int day = 1; day <= 9; day++) {
            events.add(milestone("e" + day, String.format("2025-06-%02d", day * 3)));
        }
        TimelineModel model = modelOf(storeOf(events.toArray(Event[]::new)), TODAY);

        List<Unit> wide = company(layout(model, TimeWindow.of(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 12, 31)), 1600));
        assertEquals(1, wide.size());
        assertEquals(9, wide.get(0).count());
        assertEquals("9", wide.get(0).label());

        List<Unit> close = company(layout(model, TimeWindow.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)), 1600));
        assertEquals(9, close.size());
        assertTrue(close.stream().noneMatch(Unit::isCluster));
    }

    @Test
    void aLabelWithLittleRoomIsShortenedWithAnEllipsis() {
        Event first = new Event("first", EventType.MILESTONE, PartialDate.parse("2025-06-01"), null, "acme",
                "A very long milestone title that cannot fit", null, List.of(), List.of(Citation.of("src")),
                FieldValues.empty());
        Event second = milestone("second", "2025-06-11");
        TimelineModel model = modelOf(storeOf(first, second, milestone("x", "2025-06-11"),
                        milestone("y", "2025-06-11"), milestone("z", "2025-06-11")), TODAY);
        List<Unit> units = company(layout(model, TimeWindow.of(LocalDate.of(2025, 5, 22), LocalDate.of(2025, 6, 20)), 800));
        Unit shortened = units.stream().filter(unit -> unit.first() == 0).findFirst().orElseThrow();
        assertTrue(shortened.label().endsWith("…"), shortened.toString());
        assertTrue(shortened.label().length() < first.title().length());
    }

    @Test
    void anEventCloseBehindALongLabelTakesTheFreeRowSoTheLabelStaysWhole() {
        Event first = new Event("first", EventType.MILESTONE, PartialDate.parse("2025-06-01"), null, "acme",
                "Scale AI raises $6.6B at $14B", null, List.of(), List.of(Citation.of("src")), FieldValues.empty());
        // Two rows, 800 px over 30 days: the second mark sits about 130 px after the first, inside its 203 px title.
        TimelineModel model = modelOf(storeOf(first, milestone("second", "2025-06-06")), TODAY);
        List<Unit> units = company(layout(model, TimeWindow.of(LocalDate.of(2025, 5, 22), LocalDate.of(2025, 6, 20)), 800));

        assertEquals(List.of(0, 1), units.stream().map(Unit::row).toList());
        assertEquals(List.of(first.title(), "second title"), units.stream().map(Unit::label).toList());
    }

    @Test
    void clickingAMarkFindsItsEvent() {
        EventStore store = storeOf(milestone("a", "2025-06-10"), milestone("b", "2025-06-20"));
        TimelineModel model = modelOf(store, TODAY);
        FrameLayout frame = layout(model, TimeWindow.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)), 1500);
        Unit b = company(frame).get(1);
        FrameLayout.TrackFrame track = frame.lanes().get(0).tracks().get(0);
        double y = track.rowsY() + b.row() * TimelineMetrics.DEFAULT.rowHeight() + 5;

        Hit hit = Hit.at(frame, b.x0() + 1, y).orElseThrow();
        assertEquals("b", model.events().get(hit.eventIndex()).id());
        assertTrue(Hit.at(frame, b.x0() - 200, y + TimelineMetrics.DEFAULT.rowHeight()).isEmpty());
        assertTrue(Hit.at(frame, 10, frame.lanes().get(0).y() + 3).orElseThrow().isHeader());
    }

    @Test
    void aCollapsedLaneShowsOnlyItsHeader() {
        EventStore store = storeOf(milestone("a", "2025-06-10"));
        TimelineModel model = modelOf(store, TODAY);
        FrameLayout frame = TimelineLayout.layout(model, model.fullWindow(), 800, Set.of(LaneKind.COMPANY.name()),
                SEVEN_PIXELS_A_CHARACTER);
        assertTrue(frame.lanes().get(0).collapsed());
        assertFalse(frame.lanes().get(0).tracks().iterator().hasNext());
        assertEquals(TimelineMetrics.DEFAULT.headerHeight() + TimelineMetrics.DEFAULT.laneGap(), frame.height());
    }

    @Test
    void ofThousandsOfTenuresOnlyThoseAddingPixelsAreLaidOutAndTheyCoverEveryHeldPixel() {
        List<TenureBar> tenures = new ArrayList<>();
        for (int day = 0; day < 20_000; day++) {
            tenures.add(TenureBar.of("Director", day, day + 1, false, true));
        }
        Track person = new Track("Ann", new double[0], new double[0], new int[0], tenures);
        double width = 800;

        TimeWindow whole = new TimeWindow(-100, 20_100);
        List<FrameLayout.BarFrame> bars = TimelineLayout.bars(person, whole, width, SEVEN_PIXELS_A_CHARACTER,
                ChartStyle.LIGHT.font());
        assertTrue(bars.size() <= 2 * width, "at most two bars a pixel: " + bars.size());
        double coveredTo = whole.x(0, width);
        for (FrameLayout.BarFrame bar : bars) {
            assertTrue(bar.x0() <= coveredTo + 0.5, "no visible gap before " + bar);
            coveredTo = Math.max(coveredTo, bar.x1());
        }
        assertEquals(whole.x(20_000, width), coveredTo, 2);

        TimeWindow tenDays = new TimeWindow(500, 510);
        List<FrameLayout.BarFrame> close = TimelineLayout.bars(person, tenDays, width, SEVEN_PIXELS_A_CHARACTER,
                ChartStyle.LIGHT.font());
        assertEquals(10, close.size(), "each day's tenure stands apart when zoomed in");
        assertTrue(close.stream().allMatch(bar -> bar.label().equals("Director")));
    }

    @Test
    void aLongTenureIsDrawnWhenItStartedLongBeforeTheWindowAndShorterOnesInsideItAreSkipped() {
        List<TenureBar> tenures = List.of(TenureBar.of("CEO", 0, 10_000, false, true),
                TenureBar.of("Chair", 100, 101, false, true), TenureBar.of("Chair", 9_000, 9_001, false, true),
                TenureBar.of("Adviser", 9_500, 12_000, true, false));
        Track person = new Track("Ann", new double[0], new double[0], new int[0], tenures);
        List<FrameLayout.BarFrame> bars = TimelineLayout.bars(person, new TimeWindow(8_000, 11_000), 600,
                SEVEN_PIXELS_A_CHARACTER, ChartStyle.LIGHT.font());
        assertEquals(List.of("CEO", "Interim Adviser"), bars.stream().map(bar -> bar.bar().label()).toList());
        assertEquals(-2, bars.get(0).x0(), "a bar that began before the window bleeds past its left edge");
        assertEquals(TimelineLayout.BAR_PADDING, bars.get(0).labelX(), "its label starts at the edge, not off screen");
    }

    @Test
    void aSpanThatStartsBeforeTheWindowIsLabelledFromTheEdge() {
        Event round = new Event("round", EventType.FUNDING_ROUND, PartialDate.parse("2024"), null, "acme",
                "Series F closes", null, List.of(), List.of(Citation.of("src")), FieldValues.empty());
        TimelineModel model = modelOf(storeOf(round), TODAY);
        FrameLayout frame = layout(model, TimeWindow.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30)), 900);
        Unit unit = frame.lanes().get(0).tracks().get(0).units().get(0);
        assertTrue(unit.x0() < 0);
        assertEquals("Series F closes", unit.label());
        assertEquals(TimelineLayout.LABEL_OFFSET, unit.labelX());
    }

    private static FrameLayout layout(TimelineModel model, TimeWindow window, double width) {
        return TimelineLayout.layout(model, window, width, Set.of(), SEVEN_PIXELS_A_CHARACTER);
    }

    private static List<Unit> company(FrameLayout frame) {
        return frame.lanes().stream().filter(lane -> lane.lane().kind() == LaneKind.COMPANY).findFirst().orElseThrow()
                .tracks().get(0).units();
    }

    private static long visibleEvents(Track track, TimeWindow window) {
        long count = 0;
        for (int i = 0; i < track.size(); i++) {
            if (window.overlaps(track.start(i), track.end(i))) {
                count++;
            }
        }
        return count;
    }

    private static TimeWindow randomWindow(Random random, TimeWindow full) {
        double span = Math.max(TimeWindow.MIN_SPAN_DAYS, full.span() * Math.pow(random.nextDouble(), 3));
        double start = full.start() + random.nextDouble() * Math.max(1, full.span() - span);
        return new TimeWindow(start, start + span);
    }

    static Event milestone(String id, String date) {
        return new Event(id, EventType.MILESTONE, PartialDate.parse(date), null, "acme", id + " title", null, List.of(),
                List.of(Citation.of("src")), FieldValues.empty());
    }

    /** The by-type timeline of every event of {@code store}, about Acme, with its tenures. */
    static TimelineModel modelOf(EventStore store, LocalDate today) {
        return TimelineModel.of(store, "acme", () -> Tenures.of(store, "acme"), Grouping.BY_TYPE, index -> true, today);
    }

    static EventStore storeOf(Event... events) {
        return new EventStore("Test", "acme", List.of(new Entity("acme", "Acme", EntityKind.COMPANY, List.of(), null, null)),
                List.of(new Source("src", "Source", null, null, null, null, null)), List.of(events));
    }

    private static EventStore randomStore(Random random, int size) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int year = 2010 + random.nextInt(16);
            String date = switch (random.nextInt(3)) {
                case 0 -> Integer.toString(year);
                case 1 -> String.format("%d-%02d", year, 1 + random.nextInt(12));
                default -> String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            };
            String title = "Event " + i + " " + "x".repeat(random.nextInt(40));
            events.add(new Event("e" + i, EventType.MILESTONE, PartialDate.parse(date), null, "acme", title, null,
                    List.of(), List.of(Citation.of("src")), FieldValues.empty()));
        }
        return storeOf(events.toArray(Event[]::new));
    }
}
