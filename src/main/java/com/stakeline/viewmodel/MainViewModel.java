package com.stakeline.viewmodel;

import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.Conflict;
import com.stakeline.domain.Conflicts;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventFilter;
import com.stakeline.domain.EventStore;
import com.stakeline.store.BundledDataset;
import com.stakeline.store.EventStoreReader;
import com.stakeline.store.LoadReport;
import com.stakeline.store.Problem;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The state of the main window: the open store, its events as table rows, the selected event, the status line,
 * and the file operations. A file that fails to load leaves the open store untouched and is reported through
 * {@link #failedLoadProperty()}.
 */
public final class MainViewModel {

    private final EventStoreReader reader;
    private final TaskExecutor executor;
    private final RecentFiles recentFiles;

    private final ReadOnlyObjectWrapper<EventStore> store = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper("Stakeline");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No file open");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<LoadReport> failedLoad = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Problem> warnings = FXCollections.observableArrayList();
    private final ObservableList<Problem> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ObservableList<EventRow> rows = FXCollections.observableArrayList();
    private final FilteredList<EventRow> visibleRows = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final EventDetailsViewModel details;
    private final TimelineViewModel timeline;

    /** What reload reads again: the file or the bundled dataset that was last loaded. */
    private Supplier<LoadReport> lastLoad;
    /** Counts loads, so that a slow read finishing after a newer one cannot replace what the newer one showed. */
    private int loadGeneration;

    /**
     * A view-model that reads files with {@code reader} through {@code executor} and remembers them in
     * {@code recentFiles}.
     */
    public MainViewModel(EventStoreReader reader, TaskExecutor executor, RecentFiles recentFiles) {
        this(reader, executor, recentFiles, Clock.systemDefaultZone());
    }

    /** A view-model whose timeline takes today from {@code clock}. */
    public MainViewModel(EventStoreReader reader, TaskExecutor executor, RecentFiles recentFiles, Clock clock) {
        this.reader = reader;
        this.executor = executor;
        this.recentFiles = recentFiles;
        this.details = new EventDetailsViewModel(executor);
        this.timeline = new TimelineViewModel(clock);
        filterText.addListener((observable, old, text) -> applyFilter());
        selectedEvent.addListener((observable, old, event) -> details.show(store.get(), event));
        timeline.selectedEventProperty().bindBidirectional(selectedEvent);
        timeline.searchTextProperty().bind(filterText);
    }

    /** Opens the dataset that ships with the app. */
    public void openBundled() {
        load(() -> BundledDataset.read(reader), null);
    }

    /** Opens {@code path} in the background; on errors the open store stays. */
    public void open(Path path) {
        load(() -> reader.read(path), path);
    }

    /** Reads the open file again, keeping the selection when the event is still there. */
    public void reload() {
        if (lastLoad != null) {
            load(lastLoad, file.get());
        }
    }

    private void load(Supplier<LoadReport> read, Path path) {
        String name = path == null ? BundledDataset.NAME : path.toString();
        int generation = ++loadGeneration;
        loading.set(true);
        status.set("Reading " + name + "…");
        executor.execute(() -> Opened.prepare(read.get()), opened -> {
            if (generation != loadGeneration) {
                return;
            }
            loading.set(false);
            if (opened.report().loaded().isPresent()) {
                lastLoad = read;
                show(opened, path);
            } else {
                reportFailure(opened.report());
            }
        }, failure -> {
            if (generation != loadGeneration) {
                return;
            }
            loading.set(false);
            reportFailure(LoadReport.unreadable(name, null, "could not be read: " + failure));
        });
    }

    private void reportFailure(LoadReport report) {
        failedLoad.set(null);
        failedLoad.set(report);
        updateStatus();
    }

    private void show(Opened opened, Path path) {
        LoadReport report = opened.report();
        String selectedId = selectedEvent.get() == null ? null : selectedEvent.get().id();
        EventStore loaded = report.loaded().orElseThrow();
        boolean sameFile = store.get() != null && Objects.equals(path, file.get());
        store.set(loaded);
        timeline.setStore(loaded, opened.history(), sameFile, opened.flagged());
        file.set(path);
        fileName.set(report.file());
        if (path != null) {
            recentFiles.add(path);
        }
        warnings.setAll(report.warnings());
        rows.setAll(opened.rows());
        applyFilter();
        windowTitle.set(loaded.title() + " — " + (path == null ? report.file() : path.getFileName()) + " — Stakeline");
        selectedEvent.set(selectedId == null ? null : loaded.event(selectedId).orElse(null));
        details.show(loaded, selectedEvent.get());
        updateStatus();
    }

    private void applyFilter() {
        EventStore current = store.get();
        EventFilter filter = EventFilter.all().containing(filterText.get());
        visibleRows.setPredicate(current == null ? null : row -> filter.test(row.event(), current));
        updateStatus();
    }

    private void updateStatus() {
        if (store.get() == null) {
            status.set("No file open");
            return;
        }
        int total = rows.size();
        int shown = visibleRows.size();
        String events = shown == total ? total + " events" : shown + " of " + total + " events";
        int warningCount = warnings.size();
        status.set(events + " · " + warningCount + (warningCount == 1 ? " warning" : " warnings"));
    }

    /**
     * A read file and what the window needs of it, worked out on the background thread so that opening a million
     * events does not freeze the window: the table rows, the events to badge for conflicts or failed checks, and the
     * subject's as-of history.
     */
    private record Opened(LoadReport report, List<EventRow> rows, Set<String> flagged, CompanyHistory history) {

        static Opened prepare(LoadReport report) {
            if (report.loaded().isEmpty()) {
                return new Opened(report, List.of(), Set.of(), null);
            }
            EventStore store = report.loaded().get();
            Set<String> conflicted = Conflicts.of(store).stream().map(Conflict::eventId).collect(Collectors.toSet());
            List<EventRow> rows = store.events().stream().map(event -> new EventRow(event, event.date(),
                    event.type().display(), event.title(), store.entityName(event.company()), event.sources().size(),
                    conflicted.contains(event.id()))).toList();
            Set<String> flagged = new HashSet<>(conflicted);
            report.failedChecks().forEach(failure -> flagged.add(failure.eventId()));
            return new Opened(report, rows, Set.copyOf(flagged), CompanyHistory.of(store, store.subjectId()));
        }
    }

    /** The open store, or null before the first load. */
    public ReadOnlyObjectProperty<EventStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    /** The open store, or null. */
    public EventStore getStore() {
        return store.get();
    }

    /** The open file, or null for the bundled dataset. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** How the open file is named for people. */
    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** The window title: the store's title and the file. */
    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    /** The status line: event count, filter, warnings, or what is being read. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether a file is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The report of the last load that failed; it changes on every failure, so listeners hear each one. */
    public ReadOnlyObjectProperty<LoadReport> failedLoadProperty() {
        return failedLoad.getReadOnlyProperty();
    }

    /** The warnings of the open store. */
    public ObservableList<Problem> warnings() {
        return warningsView;
    }

    /** The table rows that pass the filter, in store order; the table sorts its own view of them. */
    public ObservableList<EventRow> visibleRows() {
        return visibleRows;
    }

    /** The text the table is filtered by. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The selected event, shared by every view that shows events. */
    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    /** The detail pane's state, which follows the selection. */
    public EventDetailsViewModel details() {
        return details;
    }

    /** The timeline's state, which shares the selection and the search text with the table. */
    public TimelineViewModel timeline() {
        return timeline;
    }

    /** The files opened lately. */
    public RecentFiles recentFiles() {
        return recentFiles;
    }
}
