package com.stakeline.viewmodel.export;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.text.FontMetricsMeasure;
import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.EventStore;
import com.stakeline.export.ChartExport;
import com.stakeline.export.ExportFormat;
import com.stakeline.export.Fingerprint;
import com.stakeline.export.Picture;
import com.stakeline.export.PngExport;
import com.stakeline.export.TableExport;
import com.stakeline.store.AtomicFile;
import com.stakeline.store.BundledDataset;
import com.stakeline.viewmodel.AnalysisContext;
import com.stakeline.viewmodel.Generation;
import com.stakeline.viewmodel.OpenedStore;
import com.stakeline.viewmodel.SubjectHistory;
import com.stakeline.viewmodel.TaskExecutor;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What to export and how, a preview of it, and the export itself. The settings are remembered between runs; the
 * work runs off the FX thread through the same {@link ChartExport} and backends as {@code stakeline export}, so the
 * same chart, size, dates and data give the same bytes from the app as from the command line.
 */
public final class ExportViewModel {

    /** The narrowest and widest picture, in chart pixels. */
    public static final int MIN_WIDTH = 300;
    public static final int MAX_WIDTH = 8000;
    /** A slide's width, as the command line's default. */
    public static final int DEFAULT_WIDTH = 1200;
    /** How many rows of a table the preview shows. */
    public static final int PREVIEW_ROWS = 100;

    private static final String KEY = "export.";

    private final AnalysisContext context;
    private final SubjectHistory history;
    private final TimelineViewModel timeline;
    private final ReadOnlyObjectProperty<Path> file;
    private final TaskExecutor executor;
    private final Preferences preferences;
    private final Clock clock;

    private final ObjectProperty<ExportTarget> target;
    private final ObjectProperty<ExportFormat> format;
    private final ObservableList<ExportFormat> formats = FXCollections.observableArrayList();
    private final DoubleProperty scale;
    private final DoubleProperty width;
    private final BooleanProperty transparent;
    private final BooleanProperty caption;
    private final BooleanProperty wholeSpan;
    private final BooleanProperty previewing = new SimpleBooleanProperty(this, "previewing");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Picture> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<TableExport.Preview> tablePreview =
            new ReadOnlyObjectWrapper<>(this, "tablePreview");
    private final Generation previewGeneration = new Generation();
    /** The open file's fingerprint, worked out once for each opened store, on a background thread. */
    private volatile Fingerprinted fingerprinted;

    /** A fingerprint and the opened store it belongs to. */
    private record Fingerprinted(OpenedStore opened, String fingerprint) {
    }

    /**
     * The export of what {@code context} holds, whose subject's history {@code history} works out, with the
     * timeline's filters and visible range from {@code timeline}.
     *
     * @param file the open file, or null while the bundled dataset is open
     * @param preferences where the settings and the last folder are remembered
     * @param clock gives the export date, which is also where the timeline's today line and open tenures end
     */
    public ExportViewModel(AnalysisContext context, SubjectHistory history, TimelineViewModel timeline,
                           ReadOnlyObjectProperty<Path> file, TaskExecutor executor, Preferences preferences,
                           Clock clock) {
        this.context = context;
        this.history = history;
        this.timeline = timeline;
        this.file = file;
        this.executor = executor;
        this.preferences = preferences;
        this.clock = clock;
        target = new SimpleObjectProperty<>(this, "target", remembered("target", ExportTarget.class,
                ExportTarget.DASHBOARD));
        format = new SimpleObjectProperty<>(this, "format", remembered("format", ExportFormat.class,
                ExportFormat.PNG));
        scale = new SimpleDoubleProperty(this, "scale", rememberedNumber("scale", 2, 1, PngExport.MAX_SCALE));
        width = new SimpleDoubleProperty(this, "width", rememberedNumber("width", DEFAULT_WIDTH, MIN_WIDTH, MAX_WIDTH));
        transparent = new SimpleBooleanProperty(this, "transparent",
                preferences.getBoolean(KEY + "transparent", false));
        caption = new SimpleBooleanProperty(this, "caption", preferences.getBoolean(KEY + "caption", true));
        wholeSpan = new SimpleBooleanProperty(this, "wholeSpan", preferences.getBoolean(KEY + "wholeSpan", true));
        offerFormats();
        target.addListener(observable -> offerFormats());
        for (Observable setting : new Observable[] {target, format, scale, width, transparent, caption, wholeSpan}) {
            setting.addListener(observable -> remember());
        }
        ready.bind(history.historyProperty().isNotNull());
        for (Observable input : new Observable[] {target, width, caption, wholeSpan, previewing, ready,
                context.asOfProperty(), context.compareWithProperty(), context.filterProperty(), context.hiddenTypes(),
                timeline.groupingProperty(), timeline.hideUnmatchedProperty()}) {
            input.addListener(observable -> refreshPreview());
        }
        // Panning moves the window many times a second; only a picture of the visible range follows it.
        timeline.windowProperty().addListener(observable -> {
            if (!wholeSpan.get()) {
                refreshPreview();
            }
        });
    }

    /** The formats the target exports to; a table's only format is CSV, a chart's the last picture format chosen. */
    private void offerFormats() {
        List<ExportFormat> offered = target.get().formats();
        formats.setAll(offered);
        if (!offered.contains(format.get())) {
            ExportFormat picture = remembered("format", ExportFormat.class, ExportFormat.PNG);
            format.set(offered.contains(picture) ? picture : offered.get(0));
        }
    }

    private void remember() {
        preferences.put(KEY + "target", target.get().name());
        if (format.get() != ExportFormat.CSV) {
            preferences.put(KEY + "format", format.get().name());
        }
        preferences.putDouble(KEY + "scale", scale.get());
        preferences.putDouble(KEY + "width", width.get());
        preferences.putBoolean(KEY + "transparent", transparent.get());
        preferences.putBoolean(KEY + "caption", caption.get());
        preferences.putBoolean(KEY + "wholeSpan", wholeSpan.get());
    }

    /** A remembered choice, or {@code fallback} when none is stored or the stored one is not a choice. */
    private <E extends Enum<E>> E remembered(String name, Class<E> type, E fallback) {
        String stored = preferences.get(KEY + name, fallback.name());
        for (E choice : type.getEnumConstants()) {
            if (choice.name().equals(stored)) {
                return choice;
            }
        }
        return fallback;
    }

    /** A remembered number, or {@code fallback} when none is stored or it is not from {@code min} to {@code max}. */
    private double rememberedNumber(String name, double fallback, double min, double max) {
        double stored = preferences.getDouble(KEY + name, fallback);
        return stored >= min && stored <= max ? stored : fallback;
    }

    /** What one export needs, taken on the FX thread so the background work reads no property. */
    private record Job(OpenedStore opened, Path file, CompanyHistory history, ExportTarget target,
                       ExportFormat format, ChartExport.Request request, double scale, boolean transparent,
                       boolean caption) {

        EventStore store() {
            return opened.store();
        }

        Picture picture(String fingerprint) {
            return new ChartExport(ChartStyle.LIGHT, new FontMetricsMeasure()).picture(store(), history, request,
                    caption, fingerprint, request.today());
        }

        TableExport.Preview tablePreview() {
            return TableExport.preview(target.table(), store(), history, request.filters(), PREVIEW_ROWS);
        }

        byte[] bytes(String fingerprint) {
            return target.isTable() ? TableExport.csv(target.table(), store(), history, request.filters()).bytes()
                    : format.bytes(picture(fingerprint), scale, transparent, request.today());
        }
    }

    private Job job(ExportTarget what, ExportFormat as, boolean clear) {
        TimeWindow window = timeline.windowProperty().get();
        boolean visibleRange = !wholeSpan.get() && window != null;
        LocalDate today = LocalDate.now(clock);
        ChartExport.Request request = new ChartExport.Request(what.chart(), context.asOfProperty().get(),
                context.compareWithProperty().get(),
                visibleRange ? LocalDate.ofEpochDay((long) Math.floor(window.start())) : null,
                visibleRange ? LocalDate.ofEpochDay((long) Math.ceil(window.end()) - 1) : null,
                timeline.filters(), width.get(), 0, today);
        return new Job(context.openedProperty().get(), file.get(), history.historyProperty().get(), what, as,
                request, scale.get(), clear, caption.get());
    }

    /** The fingerprint of the file {@code job}'s store was read from; read once for each opened store. */
    private String fingerprint(Job job) throws IOException {
        Fingerprinted known = fingerprinted;
        if (known != null && known.opened() == job.opened()) {
            return known.fingerprint();
        }
        String computed;
        if (job.file() == null) {
            try (InputStream bundled = BundledDataset.open()) {
                computed = Fingerprint.of(bundled);
            }
        } else {
            computed = Fingerprint.of(job.file());
        }
        fingerprinted = new Fingerprinted(job.opened(), computed);
        return computed;
    }

    private void refreshPreview() {
        int generation = previewGeneration.next();
        if (!previewing.get() || !ready.get()) {
            return;
        }
        Job job = job(target.get(), format.get(), false);
        executor.execute(() -> job.target().isTable() ? job.tablePreview() : job.picture(fingerprint(job)), shown -> {
            if (previewGeneration.isCurrent(generation)) {
                preview.set(shown instanceof Picture picture ? picture : null);
                tablePreview.set(shown instanceof TableExport.Preview table ? table : null);
            }
        }, failure -> {
            if (previewGeneration.isCurrent(generation)) {
                message.set("The preview could not be drawn: " + reason(failure));
            }
        });
    }

    /**
     * Exports the target to {@code destination} in the background, replacing any file there in one move; says in
     * {@link #messageProperty()} what was written, or why nothing was. The folder is remembered for the next export.
     */
    public void export(Path destination) {
        if (!ready.get()) {
            message.set("Nothing to export yet: the company's history is still being worked out.");
            return;
        }
        Job job = job(target.get(), format.get(), transparent.get() && format.get() == ExportFormat.PNG);
        working.set(true);
        message.set("Exporting the " + job.target().noun() + " to " + destination.getFileName() + "…");
        executor.execute(() -> {
            AtomicFile.write(destination, job.bytes(fingerprint(job)));
            return destination;
        }, written -> {
            working.set(false);
            message.set("Exported the " + job.target().noun() + " to " + written);
            Path folder = written.toAbsolutePath().getParent();
            if (folder != null) {
                preferences.put(KEY + "folder", folder.toString());
            }
        }, failure -> {
            working.set(false);
            message.set("Could not export to " + destination + ": " + reason(failure) + ". Nothing was written.");
        });
    }

    /**
     * Makes {@code chart} as a PNG image at the chosen scale, with the caption if it is on, on white, and hands the
     * image's bytes to {@code onImage} on the FX thread: what "Copy as image" puts on the clipboard.
     */
    public void copyImage(ExportTarget chart, Consumer<byte[]> onImage) {
        if (!ready.get() || chart.isTable()) {
            return;
        }
        Job job = job(chart, ExportFormat.PNG, false);
        working.set(true);
        executor.execute(() -> job.bytes(fingerprint(job)), png -> {
            working.set(false);
            onImage.accept(png);
            message.set("Copied the " + chart.noun() + " as an image");
        }, failure -> {
            working.set(false);
            message.set("Could not copy the " + chart.noun() + ": " + reason(failure));
        });
    }

    private static String reason(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    /** The name to offer for an export: the data file's, then the target's, then the format's ending. */
    public String suggestedFileName() {
        Path open = file.get();
        String data = open == null || open.getFileName() == null ? BundledDataset.NAME : open.getFileName().toString();
        String base = data.endsWith(".json") ? data.substring(0, data.length() - ".json".length()) : data;
        return base + "-" + target.get().key() + "." + format.get().extension();
    }

    /** The folder of the last export, or null when none is remembered or it is gone. */
    public Path lastFolder() {
        String stored = preferences.get(KEY + "folder", null);
        try {
            Path folder = stored == null ? null : Path.of(stored);
            return folder != null && Files.isDirectory(folder) ? folder : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** What to export. */
    public ObjectProperty<ExportTarget> targetProperty() {
        return target;
    }

    /** The format to export in; one of {@link #formats()}. */
    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** The formats the target exports to. */
    public ObservableList<ExportFormat> formats() {
        return formats;
    }

    /** A PNG's pixels per chart pixel, from 1 to {@link PngExport#MAX_SCALE}. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** The picture's width in chart pixels, from {@link #MIN_WIDTH} to {@link #MAX_WIDTH}; its height follows. */
    public DoubleProperty widthProperty() {
        return width;
    }

    /** Whether a PNG's background is left clear. */
    public BooleanProperty transparentProperty() {
        return transparent;
    }

    /** Whether the picture carries the caption that says where its data came from. */
    public BooleanProperty captionProperty() {
        return caption;
    }

    /** Whether the time axes span every event, rather than the timeline's visible range. */
    public BooleanProperty wholeSpanProperty() {
        return wholeSpan;
    }

    /** Set while a preview is shown, so that the preview is worked out only then. */
    public BooleanProperty previewingProperty() {
        return previewing;
    }

    /** Whether there is anything to export: a store is open and its history worked out. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Whether an export is under way. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** What the last export or copy did, or why it failed; "" before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The picture the chosen chart exports as, while previewing a chart; null otherwise. */
    public ReadOnlyObjectProperty<Picture> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The first rows of the chosen table and how many it has, while previewing a table; null otherwise. */
    public ReadOnlyObjectProperty<TableExport.Preview> tablePreviewProperty() {
        return tablePreview.getReadOnlyProperty();
    }
}
