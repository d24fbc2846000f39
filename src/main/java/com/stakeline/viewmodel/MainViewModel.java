package com.stakeline.viewmodel;

import com.stakeline.domain.Event;
import com.stakeline.domain.EventFilter;
import com.stakeline.domain.EventType;
import com.stakeline.domain.EventStore;
import com.stakeline.store.BundledDataset;
import com.stakeline.store.EventStoreReader;
import com.stakeline.store.LoadReport;
import com.stakeline.store.Problem;
import com.stakeline.chart.timeline.TimelineModel;
import com.stakeline.viewmodel.export.ExportViewModel;
import com.stakeline.viewmodel.leadership.LeadershipViewModel;
import com.stakeline.viewmodel.ownership.OwnershipViewModel;
import com.stakeline.viewmodel.valuation.ValuationViewModel;
import com.stakeline.viewmodel.sources.SourcesViewModel;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import java.util.prefs.Preferences;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the main window: the open store, its events as table rows, the selected event, the status line,
 * and the file operations. A file that fails to load leaves the open store untouched and is reported through
 * {@link #failedLoadProperty()}.
 */
public final class MainViewModel {

    private static final System.Logger LOG = System.getLogger(MainViewModel.class.getName());

    private final EventStoreReader reader;
    private final TaskExecutor executor;
    private final RecentFiles recentFiles;
    private final FileSizeLimit fileSizeLimit;

    private final AnalysisContext context = new AnalysisContext();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper("Stakeline");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No file open");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyObjectWrapper<LoadReport> failedLoad = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Problem> warnings = FXCollections.observableArrayList();
    private final ObservableList<Problem> warningsView = FXCollections.unmodifiableObservableList(warnings);
    /** How many warnings the open store has: the list shows at most the first thousand. */
    private int warningCount;
    /** Every event of the open store as a row, in store order; replaced, never changed, so it can be read off the FX thread. */
    private List<EventRow> rows = List.of();
    /**
     * The rows that pass the filter, as a new list for every store and filter: worked out off the FX thread and
     * swapped in whole, since updating one list in place costs the FX thread a pass over a million rows.
     */
    private final ReadOnlyObjectWrapper<ObservableList<EventRow>> visibleRows =
            new ReadOnlyObjectWrapper<>(FXCollections.observableArrayList());
    private final EventDetailsViewModel details;
    private final TimelineViewModel timeline;
    private final OwnershipViewModel ownership;
    private final SourcesViewModel sources;
    private final LeadershipViewModel leadership;
    private final ValuationViewModel valuation;
    private final ExportViewModel export;

    /** What reload reads again: the file or the bundled dataset that was last loaded. */
    private Read lastLoad;
    /** Counts loads, so that a slow read finishing after a newer one cannot replace what the newer one showed. */
    private final Generation loadGeneration = new Generation();
    /** Numbers the filter passes and the stores shown, so that only the newest pass is shown. */
    private final Generation filterGeneration = new Generation();

    /**
     * A view-model that reads files with {@code reader} through {@code executor} and remembers the recent files and
     * the export settings in {@code preferences}.
     */
    public MainViewModel(EventStoreReader reader, TaskExecutor executor, Preferences preferences) {
        this(reader, executor, preferences, Clock.systemDefaultZone());
    }

    /** A view-model whose timeline and exports take today from {@code clock}. */
    public MainViewModel(EventStoreReader reader, TaskExecutor executor, Preferences preferences, Clock clock) {
        this.reader = reader;
        this.executor = executor;
        this.recentFiles = new RecentFiles(preferences);
        this.fileSizeLimit = new FileSizeLimit(preferences);
        this.details = new EventDetailsViewModel(executor);
        this.timeline = new TimelineViewModel(context, executor, clock);
        SubjectHistory history = new SubjectHistory(context, executor);
        this.ownership = new OwnershipViewModel(context, history);
        ChartDates dates = new ChartDates(context, timeline.windowProperty());
        this.leadership = new LeadershipViewModel(context, history, dates);
        this.valuation = new ValuationViewModel(context, history, dates);
        this.sources = new SourcesViewModel(context, executor);
        this.export = new ExportViewModel(context, history, timeline, file.getReadOnlyProperty(), executor, preferences,
                clock);
        // A copy made with a shortcut has no dialog to say so: the status bar does.
        export.messageProperty().addListener((observable, old, said) -> {
            if (!said.isEmpty()) {
                status.set(said);
            }
        });
        // The table lists what the timeline shows: the same types, and only the events matching the filters.
        context.filterProperty().addListener(observable -> applyFilter());
        context.hiddenTypes().addListener((Observable observable) -> applyFilter());
        context.selectionProperty().addListener((observable, old, event) -> details.show(context.store(), event));
    }

    /** Opens the dataset that ships with the app. */
    public void openBundled() {
        load((stop, progress) -> BundledDataset.read(reader), null);
    }

    /** Opens {@code path} in the background; on errors the open store stays. */
    public void open(Path path) {
        load((stop, progress) -> reader.withMaxBytes(fileSizeLimit.bytes()).read(path, stop, progress), path);
    }

    /** Stops the open under way, if any; the store that was open stays. */
    public void cancelLoad() {
        if (loading.get()) {
            loadGeneration.next();
            loading.set(false);
            loadProgress.set(-1);
            updateStatus();
        }
    }

    /** How far the open under way has read its file, from 0 to 1, or -1 while that is not known. */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    /** Reads the open file again, keeping the selection when the event is still there. */
    public void reload() {
        if (lastLoad != null) {
            load(lastLoad, file.get());
        }
    }

    /** A read of a store, told when to stop and whom to tell how far it has got. */
    @FunctionalInterface
    private interface Read {
        LoadReport read(BooleanSupplier stop, EventStoreReader.Progress progress);
    }

    /**
     * Reads with {@code read} in the background and shows what it read, and meanwhile how far it has got; {@code read}
     * is told to stop as soon as a newer open, or Cancel, takes its place, so a huge read gives back its thread and
     * memory.
     */
    private void load(Read read, Path path) {
        String name = path == null ? BundledDataset.NAME : path.toString();
        int generation = loadGeneration.next();
        loading.set(true);
        loadProgress.set(-1);
        status.set("Reading " + name + "…");
        TimelineViewModel.Settings settings = timeline.settings();
        RowFilter rowFilter = RowFilter.of(context);
        LocalDate today = timeline.today();
        BooleanSupplier superseded = () -> !loadGeneration.isCurrent(generation);
        EventStoreReader.Progress progress = new EventStoreReader.Progress() {
            @Override
            public void read(long bytes, long total) {
                executor.publish(() -> {
                    if (loadGeneration.isCurrent(generation) && total > 0) {
                        loadProgress.set((double) bytes / total);
                        status.set(String.format(Locale.ROOT, "Reading %s… %.0f%%", name, 100.0 * bytes / total));
                    }
                });
            }

            @Override
            public void checking() {
                executor.publish(() -> {
                    if (loadGeneration.isCurrent(generation)) {
                        loadProgress.set(-1);
                        status.set("Checking " + name + "…");
                    }
                });
            }
        };
        executor.execute(() -> Opened.prepare(read.read(superseded, progress), settings, rowFilter, today), opened -> {
            if (!loadGeneration.isCurrent(generation)) {
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
            if (!loadGeneration.isCurrent(generation)) {
                return;
            }
            loading.set(false);
            reportFailure(failure instanceof OutOfMemoryError ? LoadReport.tooBigForMemory(name)
                    : LoadReport.unreadable(name, null, "could not be read: " + failure));
        });
    }

    private void reportFailure(LoadReport report) {
        failedLoad.set(null);
        failedLoad.set(report);
        updateStatus();
    }

    private void show(Opened opened, Path path) {
        LoadReport report = opened.report();
        EventStore loaded = report.loaded().orElseThrow();
        boolean sameFile = context.store() != null && Objects.equals(path, file.get());
        context.open(opened.store(), sameFile);
        timeline.show(opened.timeline(), opened.settings(), sameFile);
        file.set(path);
        fileName.set(report.file());
        if (path != null) {
            recentFiles.add(path);
        }
        warnings.setAll(report.warnings());
        warningCount = report.warningCount();
        rows = opened.rows();
        if (opened.rowFilter().equals(RowFilter.of(context))) {
            filterGeneration.next();
            visibleRows.set(FXCollections.observableList(opened.visibleRows()));
        } else {
            // Opening a new file cleared filters the rows were prepared with.
            applyFilter();
        }
        windowTitle.set(loaded.title() + " — " + (path == null ? report.file() : path.getFileName()) + " — Stakeline");
        details.show(loaded, context.selectionProperty().get());
        updateStatus();
    }

    /** Lists the rows that pass the filter as it is now, worked out in the background. */
    private void applyFilter() {
        EventStore store = context.store();
        if (store == null) {
            return;
        }
        int generation = filterGeneration.next();
        List<EventRow> all = rows;
        RowFilter rowFilter = RowFilter.of(context);
        // Typing a word starts a pass per letter; each stops as soon as the next begins.
        executor.execute(() -> rowFilter.apply(all, store, filterGeneration.stopAt(generation)), listed -> {
            if (listed != null && filterGeneration.isCurrent(generation)) {
                visibleRows.set(FXCollections.observableList(listed));
                updateStatus();
            }
        }, failure -> LOG.log(System.Logger.Level.ERROR, "filtering the events failed", failure));
    }

    private void updateStatus() {
        if (context.store() == null) {
            status.set("No file open");
            return;
        }
        int total = rows.size();
        int shown = visibleRows.get().size();
        String events = shown == total ? total + " events" : shown + " of " + total + " events";
        status.set(events + " · " + warningCount + (warningCount == 1 ? " warning" : " warnings"));
    }

    /**
     * The filter the table applies, as it stood at one moment: the hidden types and the entity, tag and text
     * filters. A value, so it can be handed to a background thread and compared with the filter of a later moment.
     */
    private record RowFilter(EventFilter filter, Set<EventType> hiddenTypes) {

        static RowFilter of(AnalysisContext context) {
            return new RowFilter(context.filterProperty().get(), Set.copyOf(context.hiddenTypes()));
        }

        /**
         * The rows this filter lists, in their order, in a new list of their own; null when {@code stopAt} says, at
         * some row, that the answer is no longer wanted.
         */
        List<EventRow> apply(List<EventRow> rows, EventStore store, IntPredicate stopAt) {
            if (hiddenTypes.isEmpty() && filter.equals(EventFilter.all())) {
                return new ArrayList<>(rows);
            }
            List<EventRow> listed = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (stopAt.test(i)) {
                    return null;
                }
                EventRow row = rows.get(i);
                if (!hiddenTypes.contains(row.event().type()) && filter.test(row.event(), store)) {
                    listed.add(row);
                }
            }
            return listed;
        }
    }

    /**
     * A read file and what the window needs of it, worked out on the background thread so that opening a million
     * events does not freeze the window: the store's history and badges, the table rows and those the filter lists,
     * and the timeline's lanes, built with the settings and filter as they were when the read began.
     */
    private record Opened(LoadReport report, OpenedStore store, List<EventRow> rows, List<EventRow> visibleRows,
                          RowFilter rowFilter, TimelineModel timeline, TimelineViewModel.Settings settings) {

        static Opened prepare(LoadReport report, TimelineViewModel.Settings settings, RowFilter rowFilter,
                              LocalDate today) {
            if (report.loaded().isEmpty()) {
                return new Opened(report, null, List.of(), List.of(), rowFilter, null, settings);
            }
            EventStore store = report.loaded().get();
            Set<String> failedChecks = new HashSet<>();
            report.failedChecks().forEach(failure -> failedChecks.add(failure.eventId()));
            OpenedStore.Laid laid = OpenedStore.prepareWithLanes(store, failedChecks,
                    tenures -> TimelineViewModel.build(store, tenures, settings, today));
            OpenedStore opened = laid.store();
            List<EventRow> rows = new ArrayList<>(store.events().size());
            for (Event event : store.events()) {
                rows.add(new EventRow(event, event.date(), event.type().display(), event.title(),
                        store.entityName(event.company()), event.sources().size(), opened.conflicted().contains(event.id())));
            }
            return new Opened(report, opened, Collections.unmodifiableList(rows), rowFilter.apply(rows, store, index -> false), rowFilter,
                    laid.lanes().join(), settings);
        }
    }

    /** The shared state: the open store, the selection, the as-of date and the filters. */
    public AnalysisContext context() {
        return context;
    }

    /** The open store, or null. */
    public EventStore getStore() {
        return context.store();
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

    /**
     * The table rows that pass the filter, in store order: a new list whenever the store or the filter changes,
     * which the table may sort in place. Listen for invalidation: a change listener compares the old and new lists
     * row by row, which after a reload walks every event.
     */
    public ReadOnlyObjectProperty<ObservableList<EventRow>> visibleRowsProperty() {
        return visibleRows.getReadOnlyProperty();
    }

    /** The rows the filter lists now. */
    public ObservableList<EventRow> visibleRows() {
        return visibleRows.get();
    }

    /** The text events are searched for, in the table and the timeline alike. */
    public StringProperty filterTextProperty() {
        return context.searchTextProperty();
    }

    /** The selected event, shared by every view that shows events. */
    public ObjectProperty<Event> selectedEventProperty() {
        return context.selectionProperty();
    }

    /** The detail pane's state, which follows the selection. */
    public EventDetailsViewModel details() {
        return details;
    }

    /** The timeline's state, which reads the shared context. */
    public TimelineViewModel timeline() {
        return timeline;
    }

    /** The ownership tab's state, which follows the as-of date and the selection. */
    public OwnershipViewModel ownership() {
        return ownership;
    }

    /** The leadership tab's state, which follows the as-of date. */
    public LeadershipViewModel leadership() {
        return leadership;
    }

    /** The valuation tab's state, which follows the timeline's window and the as-of date. */
    public ValuationViewModel valuation() {
        return valuation;
    }

    /** The sources and checks tab's state. */
    public SourcesViewModel sources() {
        return sources;
    }

    /** The largest file the app opens. */
    public FileSizeLimit fileSizeLimit() {
        return fileSizeLimit;
    }

    /** Exporting charts and tables, and the export settings. */
    public ExportViewModel export() {
        return export;
    }

    /** The files opened lately. */
    public RecentFiles recentFiles() {
        return recentFiles;
    }
}
