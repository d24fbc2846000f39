package com.stakeline.viewmodel.timeline;

import com.stakeline.viewmodel.AnalysisContext;
import com.stakeline.viewmodel.FilterChoices;
import com.stakeline.viewmodel.Generation;
import com.stakeline.viewmodel.OpenedStore;
import com.stakeline.viewmodel.TaskExecutor;
import com.stakeline.chart.timeline.AxisTicks;
import com.stakeline.chart.timeline.Grouping;
import com.stakeline.chart.timeline.Hit;
import com.stakeline.chart.timeline.Matches;
import com.stakeline.chart.timeline.TickUnit;
import com.stakeline.chart.timeline.TimelineLayout;
import com.stakeline.chart.timeline.Track;
import com.stakeline.chart.timeline.Unit;
import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.chart.timeline.TimelineFilters;
import com.stakeline.chart.timeline.TimelineModel;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventFilter;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.Tenures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
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

    private static final System.Logger LOG = System.getLogger(TimelineViewModel.class.getName());

    private final AnalysisContext context;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<TimelineModel> model = new ReadOnlyObjectWrapper<>();
    /** The settings the lanes were built with; when they differ from {@link #settings()}, the lanes are rebuilt. */
    private Settings builtWith;
    /** Numbers the refreshes, so that only the newest one's lanes and matches are shown. */
    private final Generation refreshGeneration = new Generation();
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window");
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping", Grouping.BY_TYPE);
    private final ObservableSet<String> collapsedLanes = FXCollections.observableSet();
    private final BooleanProperty hideUnmatched = new SimpleBooleanProperty(this, "hideUnmatched", false);
    private final ReadOnlyObjectWrapper<Matches> matches = new ReadOnlyObjectWrapper<>(Matches.NONE);
    private final BooleanProperty legendShown = new SimpleBooleanProperty(this, "legendShown", false);
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper();
    /** The lists the filter combos bind to; kept here, as a wrapper made per call would be collected. */
    private final ObservableList<String> entityChoices = FXCollections.observableArrayList();
    private final ObservableList<String> tagChoices = FXCollections.observableArrayList();
    private final ObservableList<String> entityChoicesView = FXCollections.unmodifiableObservableList(entityChoices);
    private final ObservableList<String> tagChoicesView = FXCollections.unmodifiableObservableList(tagChoices);

    /**
     * A timeline of {@code context}'s store, whose lanes and matches are worked out through {@code executor} when
     * the filters change, and whose open tenures and today line follow {@code clock}.
     */
    public TimelineViewModel(AnalysisContext context, TaskExecutor executor, Clock clock) {
        this.context = context;
        this.executor = executor;
        this.clock = clock;
        // Each of these decides the lanes or the matches; switching between fading and hiding changes which events
        // the lanes hold, whichever way it goes.
        for (Observable setting : new Observable[] {grouping, context.hiddenTypes(), hideUnmatched,
                context.filterProperty()}) {
            setting.addListener(observable -> refresh());
        }
        // An event picked anywhere, in the table say, is brought into view, keeping the zoom.
        context.selectionProperty().addListener((observable, old, event) -> {
            if (event != null) {
                reveal(event.date().start().toEpochDay());
            }
        });
        context.openedProperty().addListener((observable, old, opened) -> offerChoices(opened));
    }

    /** The timeline's settings that decide which lanes and events the model holds. */
    public record Settings(Grouping grouping, Set<EventType> hiddenTypes, EventFilter hideUnmatching) {
    }

    /** The current settings, to build a model with off the FX thread. */
    public Settings settings() {
        return new Settings(grouping.get(), Set.copyOf(context.hiddenTypes()),
                hideUnmatched.get() && context.isFiltering() ? context.filterProperty().get() : null);
    }

    /** The grouping, hidden types and filters the timeline shows now, for an export of what the analyst sees. */
    public TimelineFilters filters() {
        return new TimelineFilters(grouping.get(), context.hiddenTypes(), context.filterProperty().get(),
                hideUnmatched.get());
    }

    /**
     * The lanes of {@code store} as {@code settings} group and filter them, with the subject's {@code tenures} as
     * bars, open ones running to {@code today}; pure, so it runs on the thread that read the store. The tenures
     * are asked for once the events are placed, so another thread can work them out meanwhile.
     */
    public static TimelineModel build(EventStore store, Supplier<Tenures> tenures, Settings settings, LocalDate today) {
        return TimelineFilters.lanes(store, tenures, settings.grouping(), settings.hiddenTypes(),
                settings.hideUnmatching(), today);
    }

    /**
     * Shows the context's newly opened store as {@code prepared}, built with {@code preparedWith}; rebuilt when the
     * settings changed meanwhile. A new file fits the window to its events and puts the as-of cursor on its last
     * event; a reload keeps the window and the cursor where the analyst left them.
     */
    public void show(TimelineModel prepared, Settings preparedWith, boolean keepView) {
        model.set(prepared);
        builtWith = preparedWith;
        matches.set(Matches.NONE);
        matchCount.set(0);
        refresh();
        if (!keepView || window.get() == null) {
            fitAll();
            List<Event> events = context.store().events();
            context.asOfProperty().set(events.isEmpty() ? null : events.get(events.size() - 1).date().end());
        }
    }

    /**
     * Opens {@code store} in the context and shows it, preparing it on this thread: for tests and the benchmark.
     * Lanes and matches for other settings come through the executor.
     */
    public void open(EventStore store, boolean keepView) {
        context.open(OpenedStore.prepare(store, Set.of()), keepView);
        Settings current = settings();
        OpenedStore opened = context.openedProperty().get();
        show(build(opened.store(), opened::tenures, current, today()), current, keepView);
    }

    /** The shared state this timeline shows. */
    public AnalysisContext context() {
        return context;
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
        return context.selectionProperty();
    }

    /** The as-of date, which the cursor shows and every chart follows; null hides the cursor. */
    public ObjectProperty<LocalDate> asOfProperty() {
        return context.asOfProperty();
    }

    /** Whether lanes hold kinds of event or entities. */
    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** The ids of the lanes that show only their header. */
    public ObservableSet<String> collapsedLanes() {
        return collapsedLanes;
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

    /** Whether events that do not match are drawn faded: a filter is set and they are not hidden. */
    public boolean fadesUnmatched() {
        return !hideUnmatched.get() && context.isFiltering();
    }

    /** Whether event {@code eventIndex} is drawn faded: a filter is set, faded mode is on, and it does not match. */
    public boolean isFaded(int eventIndex) {
        return fadesUnmatched() && !matches.get().matches(eventIndex);
    }

    /** The entities the events name, sorted by name: what the entity filter offers. */
    public ObservableList<String> entityChoices() {
        return entityChoicesView;
    }

    /** The tags the events carry, sorted: what the tag filter offers. */
    public ObservableList<String> tagChoices() {
        return tagChoicesView;
    }

    /** Whether the event carries a badge: its sources disagree, or its figures fail a consistency check. */
    public boolean isFlagged(String eventId) {
        return flagged().contains(eventId);
    }

    /** The ids of the events that carry a badge. */
    public Set<String> flagged() {
        OpenedStore opened = context.openedProperty().get();
        return opened == null ? Set.of() : opened.flagged();
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
            context.selectionProperty().set(current.events().get(eventIndex));
        }
    }

    /** The date B the analysis tabs compare with the as-of date, or null; the timeline marks it. */
    public ReadOnlyObjectProperty<LocalDate> compareWithProperty() {
        return context.compareWithProperty();
    }

    /** Pins the day that holds {@code day} as the date B that the analysis tabs compare with the as-of date. */
    public void compareWith(double day) {
        context.compareWithProperty().set(LocalDate.ofEpochDay((long) Math.floor(day)));
    }

    /** Moves the as-of cursor to the day that holds {@code day} (in epoch days, as the pointer gives it). */
    public void moveAsOfTo(double day) {
        context.asOfProperty().set(LocalDate.ofEpochDay((long) Math.floor(day)));
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
        Event selected = context.selectionProperty().get();
        LocalDate day = selected != null ? selected.date().start()
                : LocalDate.ofEpochDay((long) ((shown.start() + shown.end()) / 2));
        context.asOfProperty().set(day);
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
        if (context.asOfProperty().get() == null) {
            moveAsOfToSelection();
            return;
        }
        TickUnit unit = AxisTicks.unitFor(shown, width);
        LocalDate moved = step > 0 ? unit.next(unit.floor(context.asOfProperty().get())) : unit.floor(context.asOfProperty().get().minusDays(1));
        context.asOfProperty().set(moved);
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
        if (context.selectionProperty().get() != null) {
            zoomTo(context.selectionProperty().get());
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
        String description = EventSummary.describe(event, context.store());
        return isFlagged(event.id()) ? description + "\n⚠ " + FLAG_EXPLANATION : description;
    }

    /** Zooms to an event: its span with room around it, at least a month. */
    public void zoomTo(Event event) {
        double start = event.date().start().toEpochDay();
        double end = (event.endDate() == null ? event.date() : event.endDate()).endEpochDay() + 1;
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
        int selected = indexOf(context.selectionProperty().get());
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
        int start = indexOf(context.selectionProperty().get());
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
        context.selectionProperty().set(event);
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

    /**
     * Whether the lanes are of the open store. From the moment a store opens until {@link #show} swaps in the lanes
     * prepared for it, they are of the last store: reacting to the filters the opening clears would rebuild lanes
     * about to be replaced, on the FX thread.
     */
    private boolean showsOpenStore() {
        TimelineModel current = model.get();
        return current != null && context.store() != null && current.events() == context.store().events();
    }

    /**
     * Brings the lanes and the matches up to date with the settings and filters, in the background: the lanes are
     * rebuilt when the settings they were built with changed, and the matches are found again while filtering.
     * Until then the timeline shows what it had.
     */
    private void refresh() {
        if (!showsOpenStore()) {
            return;
        }
        int generation = refreshGeneration.next();
        OpenedStore opened = context.openedProperty().get();
        TimelineModel current = model.get();
        Settings settings = settings();
        Settings currentSettings = builtWith;
        EventFilter filter = context.isFiltering() ? context.filterProperty().get() : null;
        LocalDate today = today();
        if (settings.equals(currentSettings) && filter == null) {
            matches.set(Matches.NONE);
            matchCount.set(0);
            return;
        }
        executor.execute(() -> {
            TimelineModel lanes = settings.equals(currentSettings) ? current
                    : build(opened.store(), opened::tenures, settings, today);
            Matches found = filter == null ? Matches.NONE
                    : Matches.of(lanes, filter, opened.store(), refreshGeneration.stopAt(generation));
            return found == null ? null : new Refreshed(lanes, settings, found);
        }, refreshed -> {
            if (refreshed != null && refreshGeneration.isCurrent(generation) && context.openedProperty().get() == opened) {
                model.set(refreshed.lanes());
                builtWith = refreshed.settings();
                matches.set(refreshed.matches());
                matchCount.set(refreshed.matches().count());
            }
        }, failure -> LOG.log(System.Logger.Level.ERROR, "updating the timeline to the filters failed", failure));
    }

    /**
     * Fills the entity and tag filters with {@code opened}'s choices, worked out in the background: the first picture
     * of a large store does not wait for them. A reload keeps the choices it had until the new ones come.
     */
    private void offerChoices(OpenedStore opened) {
        if (opened == null) {
            return;
        }
        executor.execute(() -> FilterChoices.of(opened.store()), choices -> {
            if (context.openedProperty().get() == opened) {
                entityChoices.setAll(choices.entities());
                tagChoices.setAll(choices.tags());
            }
        }, failure -> LOG.log(System.Logger.Level.ERROR, "finding the filters' choices failed", failure));
    }

    /** Lanes and matches worked out for one moment's settings and filters. */
    private record Refreshed(TimelineModel lanes, Settings settings, Matches matches) {
    }
}
