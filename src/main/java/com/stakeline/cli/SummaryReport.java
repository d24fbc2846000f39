package com.stakeline.cli;

import com.stakeline.domain.CheckResult;
import com.stakeline.domain.Conflict;
import com.stakeline.domain.Conflicts;
import com.stakeline.domain.ConsistencyChecks;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.Formats;
import com.stakeline.domain.OwnershipSnapshot;
import com.stakeline.domain.Ownership;
import com.stakeline.domain.PartialDate;
import com.stakeline.domain.Source;
import com.stakeline.domain.Tenure;
import com.stakeline.domain.Tenures;
import com.stakeline.domain.ValuationPoint;
import com.stakeline.domain.ValuationSeries;
import com.stakeline.store.LoadReport;
import com.stakeline.store.Problem;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The text of {@code stakeline summary}: what an analyst wants to know of a store at a glance. */
final class SummaryReport {

    private final LoadReport report;
    private final EventStore store;
    private final StringBuilder text = new StringBuilder();

    SummaryReport(LoadReport report) {
        this.report = report;
        this.store = report.loaded().orElseThrow();
    }

    String text() {
        List<Event> events = store.events();
        line(store.title());
        line("File: " + report.file());
        if (events.isEmpty()) {
            line("No events.");
            return text.toString();
        }
        Event first = events.get(0);
        Event last = events.stream().max(Comparator.comparing(event -> event.date().end())).orElseThrow();
        line(events.size() + " events from " + first.date().display() + " to " + last.date().display() + ", "
                + store.sources().size() + " sources, " + store.entities().size() + " entities");
        countsByType(events);
        String company = store.subjectId();
        LocalDate asOf = last.date().end();
        ownership(company, asOf, last.date());
        leadership(company, asOf, last.date());
        valuations(company);
        conflicts();
        checks();
        warnings();
        return text.toString();
    }

    private void countsByType(List<Event> events) {
        section("Events by type");
        Map<EventType, Long> counts = events.stream().collect(
                Collectors.groupingBy(Event::type, () -> new EnumMap<>(EventType.class), Collectors.counting()));
        counts.forEach((type, count) -> line(String.format(Locale.ROOT, "  %-20s %d", type.display(), count)));
    }

    private void ownership(String company, LocalDate asOf, PartialDate shownAs) {
        section("Ownership of " + store.entityName(company) + " as of " + shownAs.display());
        OwnershipSnapshot snapshot = new Ownership(store).asOf(company, asOf);
        snapshot.stakes().forEach(stake -> line(String.format(Locale.ROOT, "  %-30s %6s%s",
                store.entityName(stake.holderId()), Formats.percent(stake.percent(), stake.approx()),
                stake.implied().map(value -> "   worth " + Formats.money(value) + " at the "
                        + Formats.money(snapshot.latestValuation().orElseThrow()) + " post-money valuation").orElse(""))));
        line(String.format(Locale.ROOT, "  %-30s %6s", "Undisclosed / other",
                Formats.percent(snapshot.undisclosedPercent(), false)));
    }

    private void leadership(String company, LocalDate asOf, PartialDate shownAs) {
        section("Leadership of " + store.entityName(company) + " as of " + shownAs.display());
        List<Tenure> held = Tenures.of(store, company).heldOn(asOf);
        if (held.isEmpty()) {
            line("  none reported");
        }
        held.forEach(tenure -> line(String.format(Locale.ROOT, "  %-24s %s%s%s", tenure.role(),
                store.entityName(tenure.personId()), tenure.interim() ? " (interim)" : "",
                tenure.started().map(start -> ", since " + start.display()).orElse(""))));
    }

    private void valuations(String company) {
        section("Post-money valuations of " + store.entityName(company));
        List<ValuationPoint> points = ValuationSeries.of(store, company);
        if (points.isEmpty()) {
            line("  none reported");
        }
        points.forEach(point -> line(String.format(Locale.ROOT, "  %-12s %-10s %s%s", point.date().display(),
                Formats.money(point.postMoney()), point.label(),
                point.stepUpMultiple().map(multiple -> " (" + Formats.multiple(multiple) + " the previous)").orElse(""))));
    }

    private void conflicts() {
        List<Conflict> conflicts = Conflicts.of(store);
        section("Conflicts between sources (" + conflicts.size() + ")");
        Map<String, Event> events = store.events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
        for (Conflict conflict : conflicts) {
            Event event = events.get(conflict.eventId());
            line("  " + event.id() + " \"" + event.title() + "\": " + conflict.field().label().toLowerCase(Locale.ROOT)
                    + " is " + shown(conflict, conflict.accepted()) + "; \""
                    + store.source(conflict.sourceId()).map(Source::title).orElse(conflict.sourceId())
                    + "\" says " + shown(conflict, conflict.claimed()));
        }
    }

    private String shown(Conflict conflict, Object value) {
        return Formats.value(conflict.field(), value, false, store);
    }

    private void checks() {
        List<CheckResult> results = ConsistencyChecks.run(store);
        section("Consistency checks (" + results.stream().filter(CheckResult::passed).count() + " of " + results.size()
                + " pass)");
        results.forEach(result -> line("  " + (result.passed() ? "ok     " : "WARNING") + " " + result.eventId() + ": "
                + result.description()));
    }

    private void warnings() {
        section("Warnings (" + report.warnings().size() + ")");
        report.warnings().stream().map(Problem::format).forEach(warning -> line("  " + warning));
    }

    private void section(String heading) {
        text.append(System.lineSeparator());
        line(heading);
    }

    private void line(String line) {
        text.append(line).append(System.lineSeparator());
    }
}
