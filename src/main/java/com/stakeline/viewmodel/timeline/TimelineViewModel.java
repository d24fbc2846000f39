package com.stakeline.viewmodel.timeline;

import com.stakeline.chart.timeline.AxisTicks;
import com.stakeline.chart.timeline.Grouping;
import com.stakeline.chart.timeline.Hit;
import com.stakeline.chart.timeline.Matches;
import com.stakeline.chart.timeline.TickUnit;
import com.stakeline.chart.timeline.TimelineLayout;
import com.stakeline.chart.timeline.Track;
import com.stakeline.chart.timeline.Unit;
import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.chart.timeline.TimelineModel;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventFilter;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The state of the timeline: the lanes built from the open store and the filters, the window of time shown, the
 * selected event (shared with the table and the details), the as-of cursor, and the gestures that change them.
 * The control draws from this and forwards the user's mouse and keys here.
 */
public final class TimelineViewModel {

    /** How much one zoom step (a wheel notch, + or -) scales the window. */
    public static final double ZOOM_STEP = 1.25;
    /** How much of the window one arrow key pans. */
    public static final double PAN_STEP = 0.1;
    /** What the badge on an event means, for its tooltip. */
    static final String FLAG_EXPLANATION = "Sources disagree on a figure, or a figure fails a consistency check; "
            + "the details say which.";
    private static final int CLUSTER_TOOLTIP_EVENTS = 6;

    private final Clock clock;
    private final ReadOnlyObjectWrapper<EventStore> store = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TimelineModel> model = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window");
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping", Grouping.BY_TYPE);
    private final ObservableSet<String> collapsedLanes = FXCollections.observableSet();
    private final ObservableSet<EventType> hiddenTypes = FXCollections.observableSet();
    private final ObservableSet<String> entities = FXCollections.observableSet();
    private final ObservableSet<String> tags = FXCollections.observableSet();
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final BooleanProperty hideUnmatched = new SimpleBooleanProperty(this, "hideUnmatched", false);
    private final ReadOnlyObjectWrapper<Matches> matches = new ReadOnlyObjectWrapper<>(Matches.NONE);
    private final BooleanProperty legendShown = new SimpleBooleanProperty(this, "legendShown", false);
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper();
    private Set<String> flagged = Set.of();
    /** The subject's history, shown with the store; null before the first store. */
    private CompanyHistory history;
    private final ObservableList<String> entityChoices = FXCollections.observableArrayList();
    private final ObservableList<String> tagChoices = FXCollections.observableArrayList();

    /** A timeline whose open tenures and today line follow {@code clock}. */
    public TimelineViewModel(Clock clock) {
        this.clock = clock;
        grouping.addListener(observable -> rebuild());
        hiddenTypes.addListener((Observable observable) -> rebuild());
        // Switching between fading and hiding changes which events the lanes hold, whichever way it goes.
        hideUnmatched.addListener(observable -> rebuild());
        for (Observable filter : new Observable[] {entities, tags, searchText}) {
            filter.addListener(observable -> {
                if (hideUnmatched.get()) {
                    rebuild();
                } else {
                    updateMatches();
                }
            });
        }
    }

    /**
     * Shows {@code newStore}. A new file fits the window to its events and puts the as-of cursor on its last event;
     * a reload of the same file keeps the window and the cursor where the analyst left them.
     *
     * @param flaggedEventIds the events to badge: sources disagree, or their figures fail a consistency check
     */
    public void setStore(EventStore newStore, boolean keepView, Set<String> flaggedEventIds) {
        setStore(newStore, newStore == null ? null : CompanyHistory.of(newStore, newStore.subjectId()), keepView,
                flaggedEventIds);
    }

    /**
     * Shows {@code newStore} with the history of its subject already worked out (off the FX thread, when a file
     * opens), which gives the leadership lane its tenures.
     *
     * @param flaggedEventIds the events to badge: sources disagree, or their figures fail a consistency check
     */
    public void setStore(EventStore newStore, CompanyHistory subjectHistory, boolean keepView,
                         Set<String> flaggedEventIds) {
        flagged = Set.copyOf(flaggedEventIds);
        history = subjectHistory;
        store.set(newStore);
        offerChoices(newStore);
        rebuild();
        if (!keepView || window.get() == null) {
            fitAll();
            asOf.set(newStore == null || newStore.events().isEmpty() ? null
                    : newStore.events().get(newStore.events().size() - 1).date().end());
        }
    }

    /** The store shown, or null. */
    public ReadOnlyObjectProperty<EventStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    /** The lanes and tracks; null before a store is shown. */
    public ReadOnlyObjectProperty<TimelineModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The lanes and tracks, or null. */
    public TimelineModel getModel() {
        return model.get();
    }

    /** The span of time shown. */
    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    /** The selected event, shared with every view of events. */
    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    /** The as-of cursor's date, which the ownership chart follows; null hides the cursor. */
    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    /** Whether lanes hold kinds of event or entities. */
    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** The ids of the lanes that show only their header. */
    public ObservableSet<String> collapsedLanes() {
        return collapsedLanes;
    }

    /** The event types not shown; a lane whose types are all hidden disappears. */
    public ObservableSet<EventType> hiddenTypes() {
        return hiddenTypes;
    }

    /** Keep events naming any of these entities; empty keeps all. */
    public ObservableSet<String> entityFilter() {
        return entities;
    }

    /** Keep events with any of these tags; empty keeps all. */
    public ObservableSet<String> tagFilter() {
        return tags;
    }

    /** Text that matching events contain. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** Whether events that do not match the entity, tag and text filters are hidden rather than faded. */
    public BooleanProperty hideUnmatchedProperty() {
        return hideUnmatched;
    }

    /** Which events of the model match the entity, tag and text filters. */
    public ReadOnlyObjectProperty<Matches> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** Whether the legend that explains the timeline's marks is shown. */
    public BooleanProperty legendShownProperty() {
        return legendShown;
    }

    /** How many shown events match the filters, or 0 when no filter is set. */
    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    /** Whether any of the entity, tag or text filters is set. */
    public boolean isFiltering() {
        return !entities.isEmpty() || !tags.isEmpty() || !searchText.get().isBlank();
    }

    /** Whether events that do not match are drawn faded: a filter is set and they are not hidden. */
    public boolean fadesUnmatched() {
        return !hideUnmatched.get() && isFiltering();
    }

    /** Whether event {@code eventIndex} is drawn faded: a filter is set, faded mode is on, and it does not match. */
    public boolean isFaded(int eventIndex) {
        return fadesUnmatched() && !matches.get().matches(eventIndex);
    }

    /** The entities the events name, sorted by name: what the entity filter offers. */
    public ObservableList<String> entityChoices() {
        return FXCollections.unmodifiableObservableList(entityChoices);
    }

    /** The tags the events carry, sorted: what the tag filter offers. */
    public ObservableList<String> tagChoices() {
        return FXCollections.unmodifiableObservableList(tagChoices);
    }

    /** Offers the entities and tags {@code newStore}'s events use; a new store clears the filters on them. */
    private void offerChoices(EventStore newStore) {
        entities.clear();
        tags.clear();
        if (newStore == null) {
            entityChoices.clear();
            tagChoices.clear();
            return;
        }
        entityChoices.setAll(newStore.events().stream().flatMap(event -> event.entityIds().stream()).distinct()
                .sorted(Comparator.comparing(newStore::entityName)).toList());
        tagChoices.setAll(newStore.events().stream().flatMap(event -> event.tags().stream())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    /** Whether the event carries a badge: its sources disagree, or its figures fail a consistency check. */
    public boolean isFlagged(String eventId) {
        return flagged.contains(eventId);
    }

    /** The ids of the events that carry a badge. */
    public Set<String> flagged() {
        return flagged;
    }

    /** Today, as the clock says. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Zooms by {@code factor} (above 1 zooms in) around {@code anchorDay}. */
    public void zoom(double factor, double anchorDay) {
        if (window.get() != null) {
            window.set(window.get().zoom(factor, anchorDay));
        }
    }

    /** Zooms around the middle of the window, as the keyboard does. */
    public void zoomCentre(double factor) {
        if (window.get() != null) {
            zoom(factor, (window.get().start() + window.get().end()) / 2);
        }
    }

    /** Pans by {@code share} of the window (positive is later). */
    public void panBy(double share) {
        if (window.get() != null) {
            window.set(window.get().pan(window.get().span() * share));
        }
    }

    /** Pans by {@code days}. */
    public void panDays(double days) {
        if (window.get() != null) {
            window.set(window.get().pan(days));
        }
    }

    /** Fits every shown event in the window. */
    public void fitAll() {
        window.set(model.get() == null ? null : model.get().fullWindow());
    }

    /** Selects the model's event {@code eventIndex}, as a click on it does. */
    public void select(int eventIndex) {
        TimelineModel current = model.get();
        if (current != null && eventIndex >= 0 && eventIndex < current.events().size()) {
            selectedEvent.set(current.events().get(eventIndex));
        }
    }

    /** Moves the as-of cursor to the day that holds {@code day} (in epoch days, as the pointer gives it). */
    public void moveAsOfTo(double day) {
        asOf.set(LocalDate.ofEpochDay((long) Math.floor(day)));
    }

    /**
     * Moves the as-of cursor to the selected event's date, or to the middle of the window when none is selected,
     * and pans to it when it falls outside the window.
     */
    public void moveAsOfToSelection() {
        TimeWindow shown = window.get();
        if (shown == null) {
            return;
        }
        Event selected = selectedEvent.get();
        LocalDate day = selected != null ? selected.date().start()
                : LocalDate.ofEpochDay((long) ((shown.start() + shown.end()) / 2));
        asOf.set(day);
        reveal(day.toEpochDay());
    }

    /**
     * Moves the as-of cursor by one tick of the axis as drawn {@code width} pixels wide, panning to keep it in view;
     * places it mid-window when there is none.
     */
    public void stepAsOf(int step, double width) {
        TimeWindow shown = window.get();
        if (shown == null) {
            return;
        }
        if (asOf.get() == null) {
            moveAsOfToSelection();
            return;
        }
        TickUnit unit = AxisTicks.unitFor(shown, width);
        LocalDate moved = step > 0 ? unit.next(unit.floor(asOf.get())) : unit.floor(asOf.get().minusDays(1));
        asOf.set(moved);
        reveal(moved.toEpochDay());
    }

    /** Zooms in on a cluster drawn {@code width} pixels wide, far enough for its events to start to stand apart. */
    public void zoomToCluster(Unit cluster, double width) {
        TimeWindow shown = window.get();
        if (shown == null) {
            return;
        }
        double from = shown.day(cluster.x0(), width);
        double to = shown.day(Math.max(cluster.x1(), cluster.x0() + TimelineLayout.CLUSTER_PIXELS), width);
        window.set(new TimeWindow(from, Math.max(to, from + TimeWindow.MIN_SPAN_DAYS)).padded(0.5));
    }

    /** Zooms to the selected event, if any. */
    public void zoomToSelected() {
        if (selectedEvent.get() != null) {
            zoomTo(selectedEvent.get());
        }
    }

    /** What a tooltip says of what lies under the pointer: an event and any flag on it, or a cluster's events. */
    public String describe(Hit hit) {
        TimelineModel current = model.get();
        if (hit.unit().isCluster()) {
            Unit unit = hit.unit();
            Track track = hit.track().track();
            String shown = IntStream.range(unit.first(), Math.min(unit.end(), unit.first() + CLUSTER_TOOLTIP_EVENTS))
                    .mapToObj(position -> current.events().get(track.eventIndex(position)))
                    .map(event -> event.date().display() + "  " + event.title())
                    .collect(Collectors.joining("\n"));
            String matching = matches.get().filtering()
                    ? ", " + matches.get().countIn(track, unit.first(), unit.end()) + " matching" : "";
            return unit.count() + " events" + matching + " — click to zoom in\n" + shown
                    + (unit.count() > CLUSTER_TOOLTIP_EVENTS ? "\n…" : "");
        }
        Event event = current.events().get(hit.eventIndex());
        String description = EventSummary.describe(event, store.get());
        return flagged.contains(event.id()) ? description + "\n⚠ " + FLAG_EXPLANATION : description;
    }

    /** Zooms to an event: its span with room around it, at least a month. */
    public void zoomTo(Event event) {
        double start = event.date().start().toEpochDay();
        double end = event.end().orElse(event.date()).end().toEpochDay() + 1;
        double span = Math.max(30, (end - start) * 3);
        double middle = (start + end) / 2;
        window.set(new TimeWindow(middle - span / 2, middle + span / 2));
    }

    /** Selects the shown event {@code step} places from the selected one in date order, keeping it in view. */
    public void selectNeighbour(int step) {
        TimelineModel current = model.get();
        if (current == null) {
            return;
        }
        int selected = indexOf(selectedEvent.get());
        int next = selected < 0 ? current.firstShown(step < 0) : current.neighbour(selected, step);
        if (next >= 0) {
            selectAndReveal(current.events().get(next));
        }
    }

    /** Selects the first or the last shown event and brings it into view. */
    public void selectEdge(boolean last) {
        TimelineModel current = model.get();
        int index = current == null ? -1 : current.firstShown(last);
        if (index >= 0) {
            selectAndReveal(current.events().get(index));
        }
    }

    /** Selects the next (or, with a negative step, the previous) event matching the filters, wrapping around. */
    public void selectMatch(int step) {
        TimelineModel current = model.get();
        Matches matching = matches.get();
        if (current == null || matchCount.get() == 0) {
            return;
        }
        int size = current.events().size();
        int start = indexOf(selectedEvent.get());
        int index = start < 0 ? (step > 0 ? -1 : size) : start;
        for (int tried = 0; tried < size; tried++) {
            index = Math.floorMod(index + step, size);
            if (matching.matches(index) && current.isShown(index)) {
                selectAndReveal(current.events().get(index));
                return;
            }
        }
    }

    /** Selects {@code event} and pans so it is in view, keeping the zoom. */
    public void selectAndReveal(Event event) {
        selectedEvent.set(event);
        reveal(event.date().start().toEpochDay());
    }

    /** Pans, keeping the zoom, so that {@code day} is in the window. */
    private void reveal(double day) {
        TimeWindow shown = window.get();
        if (shown != null && !shown.overlaps(day, day + 1)) {
            window.set(shown.centredOn(day));
        }
    }

    /** Collapses an expanded lane or expands a collapsed one. */
    public void toggleLane(String laneId) {
        if (!collapsedLanes.remove(laneId)) {
            collapsedLanes.add(laneId);
        }
    }

    /** The model index of {@code event}, or -1. */
    public int indexOf(Event event) {
        TimelineModel current = model.get();
        if (event == null || current == null) {
            return -1;
        }
        return current.indexOf(event);
    }

    private void rebuild() {
        EventStore current = store.get();
        if (current == null) {
            model.set(null);
            return;
        }
        String subject = current.subjectId();
        Set<EventType> hidden = Set.copyOf(hiddenTypes);
        Predicate<Event> shown = event -> !hidden.contains(event.type());
        if (hideUnmatched.get() && isFiltering()) {
            EventFilter filter = filter();
            shown = shown.and(event -> filter.test(event, current));
        }
        model.set(TimelineModel.of(current, subject, history.tenures(), grouping.get(), shown, today()));
        updateMatches();
    }

    private void updateMatches() {
        TimelineModel current = model.get();
        if (current == null || !isFiltering()) {
            matches.set(Matches.NONE);
            matchCount.set(0);
            return;
        }
        EventFilter filter = filter();
        boolean[] matching = new boolean[current.events().size()];
        for (int i = 0; i < matching.length; i++) {
            matching[i] = current.isShown(i) && filter.test(current.events().get(i), store.get());
        }
        Matches found = Matches.of(current, matching);
        matches.set(found);
        matchCount.set(found.count());
    }

    private EventFilter filter() {
        return EventFilter.all().naming(Set.copyOf(entities)).tagged(Set.copyOf(tags)).containing(searchText.get());
    }
}
