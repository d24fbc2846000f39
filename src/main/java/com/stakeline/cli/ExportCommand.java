package com.stakeline.cli;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.text.FontMetricsMeasure;
import com.stakeline.chart.timeline.TimelineFilters;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.PartialDate;
import com.stakeline.export.ChartExport;
import com.stakeline.export.ExportFormat;
import com.stakeline.export.Fingerprint;
import com.stakeline.export.PdfExport;
import com.stakeline.export.Picture;
import com.stakeline.export.PngExport;
import com.stakeline.export.TableExport;
import com.stakeline.store.AtomicFile;
import com.stakeline.store.LoadReport;
import com.stakeline.store.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code stakeline export --data FILE --chart CHART --out PATH}: a chart as PNG, SVG or PDF, drawn by the same
 * renderers as the app's, or a table as CSV, with no display and no toolkit; {@code --all --out-dir DIR} writes every
 * chart in every format, every table and a report of all the charts.
 */
@Command(name = "export", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
        description = "Writes a chart of an event store as PNG, SVG or PDF, with a caption that says where its data "
                + "came from, or a table as CSV; or, with --all, every chart and table and a PDF report of the charts. "
                + "Needs no display.")
final class ExportCommand implements Callable<Integer> {

    /** The name of the report that {@code --all} writes beside the charts. */
    static final String REPORT = "report.pdf";

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The event store file.")
    private Path data;

    @Option(names = "--chart", paramLabel = "CHART",
            description = "A chart: timeline, ownership, valuation, leadership or dashboard (all four in one); or "
                    + "a table, as CSV: events, rounds, stakes or checks.")
    private String chart;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "png, svg or pdf for a chart, csv for a table (default: from the file name's ending).")
    private String format;

    @Option(names = "--out", paramLabel = "PATH", description = "The file to write.")
    private Path out;

    @Option(names = "--all", description = "Write every chart as PNG, SVG and PDF, every table as CSV, and "
            + REPORT + " with a page for each chart, into --out-dir.")
    private boolean all;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "The folder --all writes into; made if missing.")
    private Path outDir;

    @Option(names = "--as-of", paramLabel = "DATE", converter = SummaryCommand.PartialDateConverter.class,
            description = "The as-of date A (default: the store's last event, as the app opens).")
    private PartialDate asOf;

    @Option(names = "--compare", paramLabel = "DATE", converter = SummaryCommand.PartialDateConverter.class,
            description = "A date B to compare with A.")
    private PartialDate compare;

    @Option(names = "--from", paramLabel = "DATE", converter = SummaryCommand.PartialDateConverter.class,
            description = "The first day the time axis shows (default: the store's first event).")
    private PartialDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = SummaryCommand.PartialDateConverter.class,
            description = "The last day the time axis shows (default: the store's last event).")
    private PartialDate to;

    @Mixin
    private FilterOptions filterOptions;

    @Option(names = "--scale", paramLabel = "X", defaultValue = "2",
            description = "PNG only: pixels per chart pixel, 1 to 4 (default: ${DEFAULT-VALUE}).")
    private double scale;

    @Option(names = "--transparent", description = "PNG only: leave the background clear instead of white.")
    private boolean transparent;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "0",
            description = "The chart's width (default: 1200).")
    private double width;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "0",
            description = "The chart's height, caption aside (default: the chart's own).")
    private double height;

    @Option(names = "--no-caption", description = "Leave out the strip that says where the data came from.")
    private boolean noCaption;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The export date the caption and the PDF carry (default: today).")
    private LocalDate exportDate;

    @Mixin
    private ReadOptions readOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (all == (chart != null) || all == (out != null) || all != (outDir != null)) {
            throw usage("give --chart and --out for one export, or --all and --out-dir for everything");
        }
        TableExport.Table table = all ? null : table();
        ChartExport.Chart which = all || table != null ? null : chart();
        ExportFormat shape = all ? null : format();
        if (!all && (table != null) != (shape == ExportFormat.CSV)) {
            throw usage(table != null ? "a table exports as csv, not " + shape.extension()
                    : "a chart exports as png, svg or pdf, not csv");
        }
        if (!(scale >= 1 && scale <= PngExport.MAX_SCALE)) {
            throw usage("--scale must be from 1 to 4, not " + scale);
        }
        if (width < 0 || height < 0 || width > 20_000 || height > 20_000) {
            throw usage("--width and --height must be from 1 to 20000 pixels");
        }
        if (transparent && !all && shape != ExportFormat.PNG) {
            throw usage("--transparent is for PNG only");
        }
        PrintWriter err = spec.commandLine().getErr();
        LoadReport report = readOptions.read(data);
        if (report.loaded().isEmpty()) {
            err.println("stakeline export: " + data + " could not be read; nothing was written.");
            report.problems().stream().map(Problem::format).forEach(err::println);
            err.flush();
            return 1;
        }
        EventStore store = report.loaded().get();
        TimelineFilters filters = filterOptions.filters(store, spec.commandLine());
        CompanyHistory history = CompanyHistory.of(store, store.subjectId());
        LocalDate dated = exportDate != null ? exportDate : LocalDate.now();
        ChartExport.Request request = new ChartExport.Request(which, asOf != null ? asOf.start() : lastDay(store),
                compare == null ? null : compare.start(), from == null ? null : from.start(),
                to == null ? null : to.end(), filters, width, height, dated);
        Exporter exporter = new Exporter(store, history, Fingerprint.of(data), dated);
        if (all) {
            return writtenAll(exporter, request);
        }
        if (table != null) {
            return written(out, TableExport.csv(table, store, history, filters).bytes());
        }
        return written(out, shape.bytes(exporter.picture(request), scale, transparent, dated));
    }

    /** Every chart in every format, every table, and the report, into the output folder. */
    private int writtenAll(Exporter exporter, ChartExport.Request request) throws IOException {
        Files.createDirectories(outDir);
        for (ChartExport.Chart each : ChartExport.Chart.values()) {
            Picture picture = exporter.picture(request.of(each));
            for (ExportFormat shape : ExportFormat.PICTURES) {
                written(outDir.resolve(each.key() + "." + shape.extension()),
                        shape.bytes(picture, scale, transparent, exporter.dated));
            }
        }
        for (TableExport.Table each : TableExport.Table.values()) {
            written(outDir.resolve(each.key() + ".csv"),
                    TableExport.csv(each, exporter.store, exporter.history, request.filters()).bytes());
        }
        List<PdfExport.Page> pages = new ArrayList<>();
        for (ChartExport.Chart each : ChartExport.REPORT) {
            pages.add(exporter.picture(request.of(each)).page());
        }
        return written(outDir.resolve(REPORT), PdfExport.pdf(pages, exporter.dated));
    }

    /** Turns requests into pictures of one store, with their captions. */
    private final class Exporter {
        private final EventStore store;
        private final CompanyHistory history;
        private final String fingerprint;
        private final LocalDate dated;
        private final ChartExport charts = new ChartExport(ChartStyle.LIGHT, new FontMetricsMeasure());

        Exporter(EventStore store, CompanyHistory history, String fingerprint, LocalDate dated) {
            this.store = store;
            this.history = history;
            this.fingerprint = fingerprint;
            this.dated = dated;
        }

        Picture picture(ChartExport.Request request) {
            return charts.picture(store, history, request, !noCaption, fingerprint, dated);
        }
    }

    /** Writes {@code bytes} to {@code file} in one move, and says so. */
    private int written(Path file, byte[] bytes) throws IOException {
        AtomicFile.write(file, bytes);
        spec.commandLine().getOut().println(file);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private ChartExport.Chart chart() {
        for (ChartExport.Chart candidate : ChartExport.Chart.values()) {
            if (candidate.key().equals(chart)) {
                return candidate;
            }
        }
        throw usage("--chart must be timeline, ownership, valuation, leadership, dashboard, events, rounds, stakes "
                + "or checks, not '" + chart + "'");
    }

    /** The table asked for, or null when a chart is. */
    private TableExport.Table table() {
        for (TableExport.Table candidate : TableExport.Table.values()) {
            if (candidate.key().equals(chart)) {
                return candidate;
            }
        }
        return null;
    }

    private ExportFormat format() {
        String name = format;
        if (name == null) {
            String file = out.getFileName() == null ? "" : out.getFileName().toString();
            int dot = file.lastIndexOf('.');
            name = dot < 0 ? "" : file.substring(dot + 1);
        }
        return ExportFormat.named(name).orElseThrow(() -> usage("--format must be png, svg, pdf or csv"
                + (format == null ? " (or --out end in .png, .svg, .pdf or .csv)" : ", not '" + format + "'")));
    }

    /** The last day of the store's last event: where the app opens its as-of cursor. */
    private static LocalDate lastDay(EventStore store) {
        List<Event> events = store.events();
        return events.isEmpty() ? LocalDate.now() : events.get(events.size() - 1).date().end();
    }
}
