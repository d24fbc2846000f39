package com.stakeline.viewmodel;

import com.stakeline.chart.timeline.TimelineModel;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventFilter;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.StoreEdits;
import com.stakeline.store.BundledDataset;
import com.stakeline.store.EventStoreReader;
import com.stakeline.store.EventStoreWriter;
import com.stakeline.store.FileChangeWatcher;
import com.stakeline.store.LoadReport;
import com.stakeline.store.Problem;
import com.stakeline.viewmodel.export.ExportViewModel;
import com.stakeline.viewmodel.leadership.LeadershipViewModel;
import com.stakeline.viewmodel.ownership.OwnershipViewModel;
import com.stakeline.viewmodel.sources.SourcesViewModel;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import com.stakeline.viewmodel.valuation.ValuationViewModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;
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
    private final ReadOnlyStringWrapper saveFailure = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<LoadReport> refusedChange = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    private final EditHistory history = new EditHistory();
    private final Recovery recovery;
    private final ReadOnlyBooleanWrapper outsideChange = new ReadOnlyBooleanWrapper(false);
    private FileChangeWatcher watcher;
    /** Whether the open file, changed by another program, no longer loads: Save then needs another file. */
    private boolean unreadableOnDisk;
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
        this(reader, executor, preferences, clock, new Recovery(AppData.folder().resolve("recovery"), Recovery.DELAY));
    }

    /** A view-model that keeps copies of unsaved work through {@code recovery}. */
    public MainViewModel(EventStoreReader reader, TaskExecutor executor, Preferences preferences, Clock clock,
                         Recovery recovery) {
        this.reader = reader;
        this.recovery = recovery;
        this.executor = executor;
        this.recentFiles = new RecentFiles(preferences);
        this.fileSizeLimit = new FileSizeLimit(preferences);
        this.details = new EventDetailsViewModel(executor);
        history.unsavedProperty().addListener(observable -> updateTitle());
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
        open((stop, progress) -> BundledDataset.read(reader), null);
    }

    /** Opens {@code path} in the background; on errors the open store stays. */
    public void open(Path path) {
        open((stop, progress) -> reader.withMaxBytes(fileSizeLimit.bytes()).read(path, stop, progress), path);
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
            open(lastLoad, file.get());
        }
    }

    /** A read of a store, told when to stop and whom to tell how far it has got. */
    @FunctionalInterface
    private interface Read {
        LoadReport read(BooleanSupplier stop, EventStoreReader.Progress progress);
    }

    /** Reads a file with {@code read} and shows it as opened, with no changes to undo. */
    private void open(Read read, Path path) {
        load(read, path, shown -> {
            lastLoad = read;
            history.reset();
            readOnly.set(path != null && !Files.isWritable(path));
            outsideChange.set(false);
            unreadableOnDisk = false;
            watch(path);
            recovery.clear();
        }, report -> {
            if (path != null && path.equals(file.get())) {
                // The open file, read again, is broken now: it is not to be written over unseen.
                unreadableOnDisk = true;
                updateTitle();
            }
            reportFailure(report);
        });
    }

    /**
     * Makes {@code description} ("Delete Event") of the open store: the changed store is checked by the reader, as
     * its file would be, and shown; a change the reader refuses is reported and leaves the store as it was.
     */
    public void edit(String description, UnaryOperator<EventStore> change) {
        EventStore before = context.store();
        if (before == null || loading.get()) {
            return;
        }
        showChanged(change.apply(before), shown -> {
            history.record(description, before, shown);
            keepRecoveryCopy();
        });
    }

    /** Keeps a copy of the store shown while it is unsaved, a few seconds behind; drops it once it is not. */
    private void keepRecoveryCopy() {
        if (history.unsavedProperty().get()) {
            recovery.changed(context.store(), file.get(), fileName.get());
        } else {
            recovery.clear();
        }
    }

    /**
     * Shows a new store of one company, {@code companyName}, its subject, from no file yet: unsaved until Save As
     * gives it one.
     */
    public void newStore(String companyName) {
        EventStore store = StoreEdits.newStore(companyName);
        String name = "untitled.json";
        load((stop, progress) -> reader.read(name, new ByteArrayInputStream(EventStoreWriter.toBytes(store))), null,
                shown -> {
                    lastLoad = null;
                    history.resetUnsaved();
                    readOnly.set(false);
                    unreadableOnDisk = false;
                    watch(null);
                    keepRecoveryCopy();
                }, this::reportFailure);
    }

    /** The analyst chose not to save the changes: their recovery copy goes too. */
    public void discard() {
        recovery.clear();
    }

    /** Unsaved work a previous run left, to offer back before anything is opened. */
    public Optional<Recovery.Found> unsavedWorkFound() {
        return recovery.found();
    }

    /**
     * Shows the unsaved work a previous run left, as changes to the file it was of, still unsaved; the file itself
     * is not touched until the analyst saves.
     */
    public void restore(Recovery.Found found) {
        Path original = found.original();
        String name = original == null ? found.name() : original.toString();
        load((stop, progress) -> {
            try (InputStream in = Files.newInputStream(found.copy())) {
                return reader.read(name, in, stop);
            } catch (IOException e) {
                return LoadReport.unreadable(name, null, "the copy of unsaved work cannot be read: " + e.getMessage());
            }
        }, original, shown -> {
            // Work from no file has nothing to read again.
            lastLoad = original == null ? null
                    : (stop, progress) -> reader.withMaxBytes(fileSizeLimit.bytes()).read(original, stop, progress);
            history.resetUnsaved();
            readOnly.set(original != null && Files.exists(original) && !Files.isWritable(original));
            watch(original != null && Files.exists(original) ? original : null);
        }, this::reportFailure);
    }

    /** Goes back to the store before the last change. */
    public void undo() {
        if (!loading.get()) {
            history.undo().ifPresent(store -> showChanged(store, shown -> keepRecoveryCopy()));
        }
    }

    /** Makes again the last change undone. */
    public void redo() {
        if (!loading.get()) {
            history.redo().ifPresent(store -> showChanged(store, shown -> keepRecoveryCopy()));
        }
    }

    private void showChanged(EventStore store, Consumer<EventStore> onShown) {
        String name = file.get() == null ? fileName.get() : file.get().toString();
        load((stop, progress) -> reader.read(name, new ByteArrayInputStream(
                EventStoreWriter.toBytes(store, EventStoreWriter.EventOrder.AS_LISTED))),
                file.get(), onShown, report -> {
                    refusedChange.set(null);
                    refusedChange.set(report);
                });
    }

    /**
     * Saves the store to its file, or to {@code path} when given (Save As), in canonical form, keeping the file
     * replaced as {@code .bak}; says how it went in the status bar, and through {@link #saveFailureProperty()} when
     * it failed. A store from no file, or a file that cannot be written, needs a path.
     */
    public void save(Path path) {
        save(path, () -> { });
    }

    /** Saves as {@link #save(Path)} does, then runs {@code onSaved} if the save succeeded. */
    public void save(Path path, Runnable onSaved) {
        EventStore store = context.store();
        Path target = path != null ? path : file.get();
        if (store == null || target == null) {
            return;
        }
        if (path == null && !canSaveInPlace()) {
            saveFailure.set(null);
            saveFailure.set(target.getFileName() + (readOnly.get() ? " cannot be written"
                    : " was changed by another program into a file that does not load") + "; choose where to save "
                    + "with Save As.");
            return;
        }
        status.set("Saving " + target.getFileName() + "…");
        saveFailure.set(null);
        FileChangeWatcher watching = target.equals(file.get()) ? watcher : null;
        executor.execute(() -> {
            EventStoreWriter.save(store, target);
            if (watching != null) {
                // At once, before the watcher can take this save for someone else's.
                watching.expect();
            }
            return target;
        }, saved -> {
            if (context.store() == store) {
                history.markSaved();
                recovery.clear();
            }
            boolean renamed = !saved.equals(file.get());
            file.set(saved);
            fileName.set(saved.toString());
            readOnly.set(false);
            unreadableOnDisk = false;
            recentFiles.add(saved);
            if (renamed) {
                watch(saved);
                // Reload and Save now mean the new file.
                lastLoad = (stop, progress) -> reader.withMaxBytes(fileSizeLimit.bytes()).read(saved, stop, progress);
            }
            updateTitle();
            status.set("Saved " + saved);
            onSaved.run();
        }, failure -> {
            saveFailure.set("Could not save " + target + ": " + failure.getMessage()
                    + ". The file is as it was before.");
            updateStatus();
        });
    }

    /**
     * Watches {@code path} for changes made by other programs, in place of the file watched before; nothing when
     * there is no file, or it cannot be watched (the app then works as before, without noticing).
     */
    private void watch(Path path) {
        if (watcher != null && path != null && watcher.file().equals(path.toAbsolutePath())) {
            // The same file, read again: the watcher goes on, and misses nothing meanwhile.
            return;
        }
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the file watcher", e);
            }
            watcher = null;
        }
        if (path == null) {
            return;
        }
        try {
            watcher = new FileChangeWatcher(path, changed -> executor.publish(() -> changedOutside(changed)));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot watch " + path + " for changes", e);
        }
    }

    /**
     * Another program changed the open file: reload it when nothing here is unsaved, else ask through
     * {@link #outsideChangeProperty()}. A change that leaves the file invalid keeps what is shown and reports the
     * problems, as any failed open does.
     */
    private void changedOutside(Path changed) {
        if (!changed.equals(file.get() == null ? null : file.get().toAbsolutePath())) {
            return;
        }
        if (!Files.exists(changed)) {
            // Moved or deleted: what is shown is all there is now, and Save puts it back.
            status.set(file.get().getFileName() + " was moved or deleted by another program; Save writes it again");
            return;
        }
        if (history.unsavedProperty().get()) {
            outsideChange.set(true);
        } else {
            status.set(file.get().getFileName() + " changed on disk; reading it again…");
            reload();
        }
    }

    /** Keeps the changes made here over the file's new content; the next save writes over it. */
    public void keepMine() {
        outsideChange.set(false);
    }

    /** Drops the changes made here and reads the file as another program left it. */
    public void loadTheirs() {
        outsideChange.set(false);
        reload();
    }

    /** Whether the open file was changed by another program while changes here are unsaved: which to keep? */
    public ReadOnlyBooleanProperty outsideChangeProperty() {
        return outsideChange.getReadOnlyProperty();
    }

    /** Whether Save can write the store where it came from; if not, it needs a file (Save As). */
    public boolean canSaveInPlace() {
        return file.get() != null && !readOnly.get() && !unreadableOnDisk;
    }

    /**
     * Reads with {@code read} in the background and shows what it read, and meanwhile how far it has got; {@code read}
     * is told to stop as soon as a newer open, or Cancel, takes its place, so a huge read gives back its thread and
     * memory. {@code onShown} is told of the store once it is shown.
     */
    private void load(Read read, Path path, Consumer<EventStore> onShown, Consumer<LoadReport> onFailed) {
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
                show(opened, path);
                onShown.accept(context.store());
                updateTitle();
            } else {
                onFailed.accept(opened.report());
            }
        }, failure -> {
            if (!loadGeneration.isCurrent(generation)) {
                return;
            }
            loading.set(false);
            onFailed.accept(failure instanceof OutOfMemoryError ? LoadReport.tooBigForMemory(name)
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

    private void updateTitle() {
        EventStore store = context.store();
        if (store == null) {
            return;
        }
        // A star before the title, as desktop editors mark unsaved changes.
        windowTitle.set((history.unsavedProperty().get() ? "*" : "") + store.title() + " — "
                + (file.get() == null ? fileName.get() : file.get().getFileName()) + (readOnly.get() ? " (read-only)" : "")
                + (unreadableOnDisk ? " (the file on disk no longer loads)" : "")
                + " — Stakeline");
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

    /** The changes made to the open store, to undo and redo, and whether it is saved. */
    public EditHistory history() {
        return history;
    }

    /** The problems of the last change the reader refused, which left the store as it was; set anew each time. */
    public ReadOnlyObjectProperty<LoadReport> refusedChangeProperty() {
        return refusedChange.getReadOnlyProperty();
    }

    /** Why the last save failed, or null. */
    public ReadOnlyStringProperty saveFailureProperty() {
        return saveFailure.getReadOnlyProperty();
    }

    /** Whether the open file cannot be written, so Save needs another file. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** The window title: the store's title and the file, starred while there are unsaved changes. */
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
