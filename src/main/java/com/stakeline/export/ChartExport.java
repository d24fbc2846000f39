package com.stakeline.export;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.TextMeasure;
import com.stakeline.chart.leadership.LeadershipLayout;
import com.stakeline.chart.leadership.LeadershipRenderer;
import com.stakeline.chart.leadership.LeadershipStrip;
import com.stakeline.chart.ownership.OwnershipLayout;
import com.stakeline.chart.ownership.OwnershipPie;
import com.stakeline.chart.ownership.OwnershipRenderer;
import com.stakeline.chart.timeline.FrameLayout;
import com.stakeline.chart.timeline.Matches;
import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.chart.timeline.TimelineFilters;
import com.stakeline.chart.timeline.TimelineFrame;
import com.stakeline.chart.timeline.TimelineLayout;
import com.stakeline.chart.timeline.TimelineMetrics;
import com.stakeline.chart.timeline.TimelineModel;
import com.stakeline.chart.timeline.TimelineRenderer;
import com.stakeline.chart.valuation.ValuationChart;
import com.stakeline.chart.valuation.ValuationRenderer;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.Conflicts;
import com.stakeline.domain.ConsistencyChecks;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.Formats;
import com.stakeline.domain.Ownership;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes the picture of a chart for an export, from a store and its subject's history alone, with the same renderers
 * and the same inputs as the screen: the command line and the app both export through here.
 */
public final class ChartExport {

    /** The charts that export as pictures. */
    public enum Chart {
        TIMELINE, OWNERSHIP, VALUATION, LEADERSHIP, DASHBOARD;

        /** The chart's name on the command line: "ownership". */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What to export.
     *
     * @param chart which chart
     * @param asOf the as-of date A
     * @param compareWith the date B compared with it, or null
     * @param from the first day the time axis shows, or null for the store's first event
     * @param to the last day it shows, or null for the store's last
     * @param filters what the timeline groups, hides and filters, as the analyst set it; {@link TimelineFilters#NONE}
     *                for the timeline as a store opens
     * @param width the picture's width in pixels, or 0 for the chart's default
     * @param height the chart's height in pixels, caption aside, or 0 for the chart's default
     * @param today where the timeline's today line goes and open tenures end: the export date, so a picture does not
     *              change with the day it is made again on
     */
    public record Request(Chart chart, LocalDate asOf, LocalDate compareWith, LocalDate from, LocalDate to,
                          TimelineFilters filters, double width, double height, LocalDate today) {

        /** The same request for another chart, at its own default height. */
        public Request of(Chart other) {
            return new Request(other, asOf, compareWith, from, to, filters, width, 0, today);
        }

        /** Whether the chart shows the timeline, which alone the filters change. */
        boolean showsTimeline() {
            return chart == Chart.TIMELINE || chart == Chart.DASHBOARD;
        }
    }

    /** The charts a report holds, one to a page: the dashboard's parts, each at its full size. */
    public static final List<Chart> REPORT = List.of(Chart.TIMELINE, Chart.OWNERSHIP, Chart.VALUATION,
            Chart.LEADERSHIP);

    /** The width of an export when none is asked for: a slide's. */
    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 420;
    /** The room between the dashboard's charts. */
    static final double DASHBOARD_GAP = 12;

    private final TextMeasure measure;
    private final ChartStyle style;

    /** Pictures drawn in {@code style}, their text fitted with {@code measure}. */
    public ChartExport(ChartStyle style, TextMeasure measure) {
        this.style = style;
        this.measure = measure;
    }

    /**
     * The picture of {@code request} for {@code store}'s subject, whose history is {@code history}, with the caption
     * that says where its data came from when {@code withCaption}.
     *
     * @param fingerprint the first 12 hex digits of the data file's SHA-256
     * @param exportDate the date the caption gives
     */
    public Picture picture(EventStore store, CompanyHistory history, Request request, boolean withCaption,
                           String fingerprint, LocalDate exportDate) {
        TimelineModel model = request.filters().model(store, history::tenures, request.today());
        TimeWindow window = window(model, request);
        Picture picture = picture(store, history, request, model, window);
        return withCaption ? picture.withCaption(caption(store, picture, request, window, fingerprint, exportDate),
                style, measure) : picture;
    }

    /** The picture of {@code request} for {@code store}'s subject, whose history is {@code history}. */
    public Picture picture(EventStore store, CompanyHistory history, Request request) {
        TimelineModel model = request.filters().model(store, history::tenures, request.today());
        return picture(store, history, request, model, window(model, request));
    }

    /**
     * The picture of {@code request}, whose timeline, as the filters leave it, is {@code model}, and whose time axes
     * span {@code window}.
     */
    private Picture picture(EventStore store, CompanyHistory history, Request request, TimelineModel model,
                            TimeWindow window) {
        double width = request.width() > 0 ? request.width() : DEFAULT_WIDTH;
        String company = store.entityName(store.subjectId());
        return switch (request.chart()) {
            case TIMELINE -> timeline(store, model, request, width, window, company);
            case DASHBOARD -> dashboard(store, history, request, model, window, width, company);
            case OWNERSHIP -> {
                double height = request.height() > 0 ? request.height() : DEFAULT_HEIGHT;
                List<OwnershipPie> pies = OwnershipPie.atDates(history, request.asOf(), request.compareWith(),
                        Ownership.EQUITY, store::entityName);
                OwnershipRenderer renderer = new OwnershipRenderer(measure);
                OwnershipLayout layout = renderer.layout(pies, width, height, style);
                yield new Picture("Ownership of " + company, width, height,
                        painter -> renderer.draw(painter, layout, style, null));
            }
            case VALUATION -> {
                double height = request.height() > 0 ? request.height() : DEFAULT_HEIGHT;
                ValuationChart chart = ValuationChart.of(store, history.valuations());
                ValuationRenderer renderer = new ValuationRenderer(measure);
                yield new Picture("Post-money valuation of " + company, width, height,
                        painter -> renderer.draw(painter, chart, window, width, height, style, request.asOf(),
                                request.compareWith(), chart.spansTenfold()));
            }
            case LEADERSHIP -> {
                LeadershipStrip strip = LeadershipStrip.of(history.roles(), store);
                double height = request.height() > 0 ? request.height() : LeadershipRenderer.naturalHeight(strip);
                LeadershipRenderer renderer = new LeadershipRenderer(measure);
                LeadershipLayout layout = renderer.layout(strip, window, width, height);
                yield new Picture("Leadership of " + company, width, height,
                        painter -> renderer.draw(painter, layout, style, request.asOf(), request.compareWith()));
            }
        };
    }

    private Picture timeline(EventStore store, TimelineModel model, Request request, double width,
                             TimeWindow window, String company) {
        Matches matches = request.filters().matches(model, store);
        FrameLayout layout = TimelineLayout.layout(model, window, width, Set.of(), measure, style.font(),
                TimelineMetrics.DEFAULT, matches, 0, Double.MAX_VALUE);
        double height = request.height() > 0 ? request.height() : TimelineRenderer.heightFor(layout);
        Set<String> flagged = Conflicts.eventIds(store);
        ConsistencyChecks.failures(store).forEach(failure -> flagged.add(failure.eventId()));
        TimelineFrame frame = new TimelineFrame(model, layout, width, height, 0, style, -1, matches, false,
                Set.copyOf(flagged), request.asOf(), request.compareWith(), request.today(), false, false);
        TimelineRenderer renderer = new TimelineRenderer(measure);
        return new Picture("Timeline of " + company, width, height, painter -> renderer.draw(painter, frame));
    }

    /** The timeline, ownership, valuation and leadership, one beneath the other, each in a band of its own. */
    private Picture dashboard(EventStore store, CompanyHistory history, Request request, TimelineModel model,
                              TimeWindow window, double width, String company) {
        List<Picture> parts = new ArrayList<>();
        for (Chart part : REPORT) {
            parts.add(picture(store, history, request.of(part), model, window));
        }
        double height = parts.stream().mapToDouble(Picture::height).sum() + DASHBOARD_GAP * (parts.size() - 1);
        return new Picture("Dashboard of " + company, width, height, painter -> {
            painter.beginFrame(width, height, style);
            double top = 0;
            for (Picture part : parts) {
                painter.save();
                painter.clip(0, top, width, part.height());
                part.drawing().accept(new ShiftedPainter(painter, top));
                painter.restore();
                top += part.height() + DASHBOARD_GAP;
            }
        });
    }

    /**
     * Where the picture's data came from, as caption lines: the dataset, the dates and, for the timeline, the filters
     * in force; then how many sources lie behind it, the data file's fingerprint and the export date.
     *
     * @param fingerprint the first 12 hex digits of the data file's SHA-256
     */
    private static List<String> caption(EventStore store, Picture picture, Request request, TimeWindow window,
                                        String fingerprint, LocalDate exportDate) {
        List<String> lines = new ArrayList<>();
        lines.add(picture.title() + " · " + store.title() + " · as of " + Formats.day(request.asOf())
                + (request.compareWith() == null ? "" : " · B: " + Formats.day(request.compareWith()))
                + (request.showsTimeline() ? " · " + request.filters().describe(store) : ""));
        int sources = sourcesBehind(store, request, window);
        lines.add(sources + (sources == 1 ? " source" : " sources") + " behind it · data file SHA-256 " + fingerprint
                + " · exported " + exportDate + " with Stakeline");
        return lines;
    }

    /**
     * How many sources the events behind the chart cite between them: for the timeline, those it lists within its
     * time axis; for the other charts, the subject's events begun by the later of the two dates.
     */
    static int sourcesBehind(EventStore store, Request request, TimeWindow window) {
        Set<String> cited = new HashSet<>();
        if (request.showsTimeline()) {
            for (Event event : store.events()) {
                if (request.filters().shows(event, store) && event.date().start().toEpochDay() <= window.end()
                        && event.end().orElse(event.date()).end().toEpochDay() >= window.start()) {
                    event.sources().forEach(citation -> cited.add(citation.sourceId()));
                }
            }
        }
        if (request.chart() != Chart.TIMELINE) {
            LocalDate day = latest(request);
            for (Event event : store.events()) {
                if (event.company().equals(store.subjectId()) && event.date().begunBy(day)) {
                    event.sources().forEach(citation -> cited.add(citation.sourceId()));
                }
            }
        }
        return cited.size();
    }

    private static LocalDate latest(Request request) {
        LocalDate b = request.compareWith();
        return b != null && b.isAfter(request.asOf()) ? b : request.asOf();
    }

    /**
     * The days the time axes span: those asked for, and otherwise what the app's timeline opens on, every shown
     * event and open tenure with room for the last labels.
     */
    private static TimeWindow window(TimelineModel model, Request request) {
        TimeWindow fit = model.fullWindow();
        double start = request.from() != null ? request.from().toEpochDay() : fit.start();
        double end = request.to() != null ? request.to().toEpochDay() + 1 : fit.end();
        return new TimeWindow(start, Math.max(end, start + 1));
    }
}
