package com.stakeline.viewmodel.timeline;

import com.stakeline.viewmodel.AnalysisContext;
import com.stakeline.viewmodel.CurrentThreadTaskExecutor;
import com.stakeline.chart.timeline.Grouping;
import com.stakeline.chart.timeline.Lane;
import com.stakeline.chart.timeline.LaneKind;
import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.chart.timeline.Track;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.store.BundledDataset;
import com.stakeline.store.EventStoreReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {

    private final EventStore store = BundledDataset.read(new EventStoreReader()).loaded().orElseThrow();
    private final TimelineViewModel timeline =
            new TimelineViewModel(new AnalysisContext(), new CurrentThreadTaskExecutor(), Clock.fixed(LocalDate.of(2026, 11, 22).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void aNewStoreFitsEveryEventAndPutsTheCursorOnTheLast() {
        timeline.open(store, false);
        TimeWindow window = timeline.windowProperty().get();
        assertTrue(window.start() < LocalDate.of(2014, 1, 1).toEpochDay());
        assertTrue(window.end() > LocalDate.of(2026, 11, 22).toEpochDay(), "open tenures reach today");
        assertEquals(LocalDate.of(2025, 6, 30), timeline.asOfProperty().get());
    }

    @Test
    void aReloadKeepsTheWindowTheAnalystChose() {
        timeline.open(store, false);
        TimeWindow june = TimeWindow.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));
        timeline.windowProperty().set(june);
        timeline.open(store, true);
        assertEquals(june, timeline.windowProperty().get());
    }

    @Test
    void typeLanesFollowTheSubjectAndTheRestIsContext() {
        timeline.open(store, false);
        assertEquals(List.of(LaneKind.FUNDING, LaneKind.OWNERSHIP, LaneKind.LEADERSHIP, LaneKind.COMPANY, LaneKind.CONTEXT),
                timeline.getModel().lanes().stream().map(Lane::kind).toList());
        Lane leadership = timeline.getModel().lanes().get(2);
        assertEquals(List.of("Alexandr Wang", "Jason Droege"), leadership.tracks().stream().map(Track::title).toList());
    }

    @Test
    void groupingByEntityMakesALanePerCompany() {
        timeline.open(store, false);
        timeline.groupingProperty().set(Grouping.BY_ENTITY);
        assertEquals(List.of("WhatsApp", "Scale AI", "Meta Platforms"),
                timeline.getModel().lanes().stream().map(Lane::title).toList());
    }

    @Test
    void hidingATypeDropsItsLaneAndItsEventsFromNavigation() {
        timeline.open(store, false);
        timeline.context().hiddenTypes().add(EventType.LEADERSHIP_CHANGE);
        assertTrue(timeline.getModel().lanes().stream().noneMatch(lane -> lane.kind() == LaneKind.LEADERSHIP));
        timeline.selectEdge(true);
        assertEquals("deal-advisers", timeline.selectedEventProperty().get().id());
        timeline.selectNeighbour(-1);
        assertEquals("client-neutrality-concerns", timeline.selectedEventProperty().get().id());
    }

    @Test
    void unmatchedEventsFadeOrHideAsTheAnalystChooses() {
        timeline.open(store, false);
        timeline.context().searchTextProperty().set("droege");
        assertEquals(2, timeline.matchCountProperty().get());
        int founding = timeline.indexOf(store.event("scale-founded").orElseThrow());
        assertTrue(timeline.isFaded(founding));
        assertTrue(timeline.getModel().isShown(founding));

        timeline.hideUnmatchedProperty().set(true);
        assertFalse(timeline.getModel().isShown(founding));
        assertEquals(2, timeline.getModel().lanes().stream().mapToInt(Lane::size).sum());

        timeline.hideUnmatchedProperty().set(false);
        assertTrue(timeline.getModel().isShown(founding), "fading again brings the hidden events back");
        assertTrue(timeline.isFaded(founding));
    }

    @Test
    void theFiltersOfferWhatTheStoreUsesAndAnotherStoreClearsThem() {
        timeline.open(store, false);
        assertTrue(timeline.entityChoices().containsAll(List.of("meta", "alexandr-wang", "whatsapp", "accel")));
        assertFalse(timeline.entityChoices().contains("mark-zuckerberg"), "an entity no event names is not offered");
        assertEquals(List.of("clients", "company", "context", "deal", "funding", "governance", "leadership", "risk",
                "talent"), timeline.tagChoices());

        timeline.context().entityFilter().add("meta");
        timeline.open(store, true);
        assertEquals(Set.of("meta"), timeline.context().entityFilter(), "a reload keeps the filter");
        timeline.open(store, false);
        assertTrue(timeline.context().entityFilter().isEmpty(), "another store clears it");
    }

    @Test
    void nextMatchWrapsAroundAndRevealsTheEvent() {
        timeline.open(store, false);
        timeline.windowProperty().set(TimeWindow.of(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31)));
        timeline.context().searchTextProperty().set("droege");
        timeline.selectMatch(1);
        assertEquals("droege-leaves-cso", timeline.selectedEventProperty().get().id());
        assertTrue(timeline.windowProperty().get().overlaps(LocalDate.of(2025, 6, 1).toEpochDay(),
                LocalDate.of(2025, 6, 2).toEpochDay()), "the window moved to show the match");
        timeline.selectMatch(1);
        timeline.selectMatch(1);
        assertEquals("droege-leaves-cso", timeline.selectedEventProperty().get().id());
    }

    @Test
    void zoomingToAnEventShowsItWithRoomAround() {
        timeline.open(store, false);
        timeline.zoomTo(store.event("meta-stake").orElseThrow());
        TimeWindow window = timeline.windowProperty().get();
        assertEquals(90, window.span(), 1e-9);
        assertTrue(window.start() < LocalDate.of(2025, 6, 1).toEpochDay());
        assertTrue(window.end() > LocalDate.of(2025, 7, 1).toEpochDay());
    }
}
