package com.stakeline.cli;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.text.FontMetricsMeasure;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.PartialDate;
import com.stakeline.export.AtomicFile;
import com.stakeline.export.ChartExport;
import com.stakeline.export.Fingerprint;
import com.stakeline.export.PdfExport;
import com.stakeline.export.Picture;
import com.stakeline.export.PngExport;
import com.stakeline.export.SvgPainter;
import com.stakeline.export.TableExport;
import com.stakeline.store.LoadReport;
import com.stakeline.store.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code stakeline export --data FILE --chart CHART --out PATH}: a chart as PNG, SVG or PDF, drawn by the same
 * renderers as the app's, or a table as CSV, with no display and no toolkit.
 */
@Command(name = "export", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
        description = "Writes a chart of an event store as PNG, SVG or PDF, with a caption that says where its data "
                + "came from, or a table as CSV. Needs no display.")
final class ExportCommand implements Callable<Integer> {

    /** The file formats a chart exports to. */
    enum Format { PNG, SVG, PDF, CSV }

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The event store file.")
    private Path data;

    @Option(names = "--chart", required = true, paramLabel = "CHART",
            description = "A chart: timeline, ownership, valuation, leadership or dashboard (all four in one); or "
                    + "a table, as CSV: events, rounds, stakes or checks.")
    private String chart;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "png, svg or pdf for a chart, csv for a table (default: from the file name's ending).")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write.")
    private Path out;

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

    @Option(names = "--scale", paramLabel = "X", defaultValue = "2",
            description = "PNG only: pixels per chart pixel, 1 to 4 (default: ${DEFAULT-VALUE}).")
    private double scale;

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
        TableExport.Table table = table();
        ChartExport.Chart which = table == null ? chart() : null;
        Format shape = format();
        if ((table != null) != (shape == Format.CSV)) {
            throw new ParameterException(spec.commandLine(), table != null
                    ? "a table exports as csv, not " + shape.name().toLowerCase(Locale.ROOT)
                    : "a chart exports as png, svg or pdf, not csv");
        }
        if (!(scale >= 1 && scale <= PngExport.MAX_SCALE)) {
            throw new ParameterException(spec.commandLine(), "--scale must be from 1 to 4, not " + scale);
        }
        if (width < 0 || height < 0 || width > 20_000 || height > 20_000) {
            throw new ParameterException(spec.commandLine(), "--width and --height must be from 1 to 20000 pixels");
        }
        PrintWriter err = spec.commandLine().getErr();
        LoadReport report = readOptions.reader().read(data);
        if (report.loaded().isEmpty()) {
            err.println("stakeline export: " + data + " could not be read; nothing was written.");
            report.problems().stream().map(Problem::format).forEach(err::println);
            err.flush();
            return 1;
        }
        EventStore store = report.loaded().get();
        CompanyHistory history = CompanyHistory.of(store, store.subjectId());
        if (table != null) {
            return written(TableExport.csv(table, store, history).bytes());
        }
        LocalDate day = asOf != null ? asOf.start() : lastDay(store);
        LocalDate dated = exportDate != null ? exportDate : LocalDate.now();
        ChartExport.Request request = new ChartExport.Request(which, day, compare == null ? null : compare.start(),
                from == null ? null : from.start(), to == null ? null : to.end(), width, height, dated);
        FontMetricsMeasure measure = new FontMetricsMeasure();
        Picture picture = new ChartExport(ChartStyle.LIGHT, measure).picture(store, history, request);
        if (!noCaption) {
            picture = picture.withCaption(ChartExport.caption(store, picture, request, Fingerprint.of(data), dated),
                    ChartStyle.LIGHT, measure);
        }
        return written(bytes(picture, shape, dated));
    }

    /** Writes {@code bytes} to the output file in one move, and says so. */
    private int written(byte[] bytes) throws IOException {
        AtomicFile.write(out, bytes);
        spec.commandLine().getOut().println(out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private byte[] bytes(Picture picture, Format shape, LocalDate dated) {
        return switch (shape) {
            case PNG -> PngExport.png(picture.width(), picture.height(), scale, picture.drawing());
            case SVG -> {
                SvgPainter painter = new SvgPainter(picture.width(), picture.height());
                picture.drawing().accept(painter);
                yield painter.toSvg().getBytes(StandardCharsets.UTF_8);
            }
            case PDF -> PdfExport.pdf(List.of(new PdfExport.Page(picture.title(), picture.width(), picture.height(),
                    picture.drawing())), dated);
            case CSV -> throw new IllegalStateException("a chart is never written as CSV");
        };
    }

    private ChartExport.Chart chart() {
        for (ChartExport.Chart candidate : ChartExport.Chart.values()) {
            if (candidate.key().equals(chart)) {
                return candidate;
            }
        }
        throw new ParameterException(spec.commandLine(), "--chart must be timeline, ownership, valuation, leadership, "
                + "dashboard, events, rounds, stakes or checks, not '" + chart + "'");
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

    private Format format() {
        String name = format;
        if (name == null) {
            String file = out.getFileName() == null ? "" : out.getFileName().toString();
            int dot = file.lastIndexOf('.');
            name = dot < 0 ? "" : file.substring(dot + 1);
        }
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format must be png, svg, pdf or csv"
                    + (format == null ? " (or --out end in .png, .svg, .pdf or .csv)" : ", not '" + format + "'"));
        }
    }

    /** The last day of the store's last event: where the app opens its as-of cursor. */
    private static LocalDate lastDay(EventStore store) {
        List<Event> events = store.events();
        return events.isEmpty() ? LocalDate.now() : events.get(events.size() - 1).date().end();
    }
}
