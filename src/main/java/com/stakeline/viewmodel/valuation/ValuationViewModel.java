package com.stakeline.viewmodel.valuation;

import com.stakeline.chart.valuation.ValuationChart;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.EventStore;
import com.stakeline.viewmodel.AnalysisContext;
import com.stakeline.viewmodel.ChartDates;
import com.stakeline.viewmodel.SubjectHistory;
import com.stakeline.domain.EntityList;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventType;
import com.stakeline.domain.Field;
import com.stakeline.domain.Formats;
import com.stakeline.domain.Money;
import com.stakeline.domain.ValuationPoint;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * How the open store's subject was valued over time: its post-money valuations as steps, over the timeline's visible
 * days, with the as-of cursor. The axis is logarithmic by default when the values span more than tenfold.
 */
public final class ValuationViewModel {

    private final AnalysisContext context;
    private final ChartDates dates;
    private final ReadOnlyObjectWrapper<ValuationChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final BooleanProperty log = new SimpleBooleanProperty(this, "log");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ObservableList<RoundRow> rounds = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper comparison = new ReadOnlyStringWrapper(this, "comparison", "");
    private final SubjectHistory history;
    private final ReadOnlyObjectProperty<Valuations> valuations;

    /** The chart and the rounds table of one history, worked out with it in the background. */
    private record Valuations(ValuationChart chart, List<RoundRow> rounds) {
    }

    /**
     * The valuations of whatever {@code context} shows, from {@code history}, over the days of {@code dates}.
     */
    public ValuationViewModel(AnalysisContext context, SubjectHistory history, ChartDates dates) {
        this.context = context;
        this.dates = dates;
        this.history = history;
        valuations = history.derive((store, current) -> new Valuations(ValuationChart.of(store, current.valuations()),
                rounds(store, current)));
        for (Observable trigger : new Observable[] {valuations, history.statusProperty()}) {
            trigger.addListener(observable -> show(valuations.get()));
        }
        for (Observable trigger : new Observable[] {history.historyProperty(), context.asOfProperty(),
                context.compareWithProperty()}) {
            trigger.addListener(observable -> compare());
        }
    }

    private void show(Valuations current) {
        EventStore store = context.store();
        rounds.setAll(current == null || store == null ? List.of() : current.rounds());
        if (current == null || store == null) {
            chart.set(null);
            heading.set(history.statusProperty().get());
            return;
        }
        ValuationChart built = current.chart();
        log.set(built.spansTenfold());
        chart.set(built);
        String company = store.entityName(store.subjectId());
        heading.set(built.steps().isEmpty() ? "No post-money valuation of " + company + " is known"
                : "Post-money valuation of " + company + " (" + built.steps().size()
                        + (built.steps().size() == 1 ? " valuation" : " valuations")
                        + "; dashed: approximate; a band: sources disagree)");
    }

    /** The valuation at A against the one at B, as "~$14B → $29B, ~2.07×"; empty unless B is set. */
    private void compare() {
        CompanyHistory current = history.historyProperty().get();
        LocalDate a = context.asOfProperty().get();
        LocalDate b = context.compareWithProperty().get();
        if (current == null || a == null || b == null) {
            comparison.set("");
            return;
        }
        Optional<Money> atA = current.valuationAsOf(a).map(ValuationPoint::postMoney);
        Optional<Money> atB = current.valuationAsOf(b).map(ValuationPoint::postMoney);
        String from = atA.map(Formats::money).orElse("none known");
        String to = atB.map(Formats::money).orElse("none known");
        String multiple = atA.isPresent() && atB.isPresent() && atA.get().currency().equals(atB.get().currency())
                && atA.get().value().signum() > 0
                ? ", " + Formats.multiple(atB.get().value().divide(atA.get().value(), MathContext.DECIMAL64),
                        atA.get().approx() || atB.get().approx())
                : "";
        comparison.set("Valuation " + Formats.day(a) + " → " + Formats.day(b) + ": " + from + " → " + to + multiple);
    }

    /** While a date B is compared with the as-of date A: the valuations at both and their multiple; else empty. */
    public ReadOnlyStringProperty comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    private static List<RoundRow> rounds(EventStore store, CompanyHistory history) {
        Map<String, ValuationPoint> points = new HashMap<>();
        history.valuations().forEach(point -> points.put(point.eventId(), point));
        List<RoundRow> rows = new ArrayList<>();
        for (Event event : store.events()) {
            if (event.type() != EventType.FUNDING_ROUND || !event.company().equals(history.companyId())) {
                continue;
            }
            ValuationPoint point = points.get(event.id());
            BigDecimal stepUp = point == null ? null : point.stepUpMultiple().orElse(null);
            rows.add(new RoundRow(event.date(), event.get(Field.ROUND).orElse(event.title()),
                    event.get(Field.AMOUNT).orElse(null), event.get(Field.PRE_MONEY).orElse(null),
                    event.get(Field.POST_MONEY).orElse(null), stepUp,
                    stepUp == null ? "" : Formats.multiple(stepUp, point.stepUpApprox()),
                    names(event.get(Field.LEAD_INVESTORS), store), names(event.get(Field.INVESTORS), store),
                    store.sourceTitles(event), event));
        }
        return rows;
    }

    private static String names(Optional<EntityList> entities, EventStore store) {
        return entities.map(list -> list.ids().stream().map(store::entityName).collect(Collectors.joining(", ")))
                .orElse("");
    }

    /**
     * {@code rows} as tab-separated lines under a header, as spreadsheets take them from the clipboard: dates as
     * ISO text, money as plain numbers with the currency beside, step-ups to two decimals, empty where a round does
     * not say.
     */
    public static String tabSeparated(List<RoundRow> rows) {
        StringBuilder text = new StringBuilder(String.join("\t", "date", "round", "amount", "pre-money",
                "post-money", "currency", "step-up", "lead investors", "other investors", "sources")).append('\n');
        for (RoundRow row : rows) {
            Money currencySource = row.postMoney() != null ? row.postMoney() : row.amount();
            String stepUp = row.stepUp() == null ? ""
                    : row.stepUp().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            text.append(String.join("\t", row.date().toString(), cell(row.round()), plain(row.amount()),
                    plain(row.preMoney()), plain(row.postMoney()),
                    currencySource == null ? "" : currencySource.currency(), stepUp, cell(row.leads()),
                    cell(row.investors()), cell(row.sources()))).append('\n');
        }
        return text.toString();
    }

    private static String plain(Money money) {
        return money == null ? "" : money.value().toPlainString();
    }

    /** A text that cannot break the row or the column: tabs and line breaks become spaces. */
    private static String cell(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** The subject's funding rounds, earliest first. */
    public ObservableList<RoundRow> rounds() {
        return rounds;
    }

    /** Selects a round's event in every view. */
    public void select(RoundRow row) {
        if (row != null) {
            context.selectionProperty().set(row.event());
        }
    }

    /** The chart to draw, or null while it is worked out or when no store is open. */
    public ReadOnlyObjectProperty<ValuationChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** Whether the value axis is logarithmic. */
    public BooleanProperty logProperty() {
        return log;
    }

    /** The days the chart spans and the dates it marks. */
    public ChartDates dates() {
        return dates;
    }

    /** What the chart shows, in words. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }
}
