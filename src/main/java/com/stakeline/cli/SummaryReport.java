package com.stakeline.cli;

import com.stakeline.domain.CheckResult;
import com.stakeline.domain.Conflict;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.Formats;
import com.stakeline.domain.Ownership;
import com.stakeline.domain.OwnershipSnapshot;
import com.stakeline.domain.Stake;
import com.stakeline.domain.Tenure;
import com.stakeline.domain.ValuationPoint;
import com.stakeline.store.Problem;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The text of {@code stakeline summary}: what an analyst wants to know of a store at a glance, as of a day. */
final class SummaryReport {

    private final Summary summary;
    private final EventStore store;
    private final StringBuilder text = new StringBuilder();

    SummaryReport(Summary summary) {
        this.summary = summary;
        this.store = summary.store();
    }

    String text() {
        List<Event> events = store.events();
        line(store.title());
        line("File: " + summary.report().file());
        line("As of " + Formats.day(summary.asOf()));
        if (events.isEmpty()) {
            line("No events.");
            return text.toString();
        }
        Event first = events.get(0);
        Event last = events.stream().max(Comparator.comparing(event -> event.date().end())).orElseThrow();
        line(events.size() + " events from " + first.date().display() + " to " + last.date().display() + ", "
                + store.sources().size() + " sources, " + store.entities().size() + " entities");
        countsByType(events);
        ownership();
        leadership();
        valuations();
        conflicts();
        checks();
        warnings();
        return text.toString();
    }

    private void countsByType(List<Event> events) {
        section("Events by type (the whole file)");
        Map<EventType, Long> counts = events.stream().collect(
                Collectors.groupingBy(Event::type, () -> new EnumMap<>(EventType.class), Collectors.counting()));
        counts.forEach((type, count) -> line(String.format(Locale.ROOT, "  %-20s %d", type.display(), count)));
    }

    private void ownership() {
        OwnershipSnapshot snapshot = summary.ownership();
        section("Ownership of " + companyName() + " (equity)");
        for (Stake stake : snapshot.stakesOn(Ownership.EQUITY)) {
            stakeLine(stake, snapshot);
        }
        line(String.format(Locale.ROOT, "  %-30s %12s", "Undisclosed / other",
                Formats.percent(snapshot.undisclosedPercent(), false)));
        List<String> otherBases = snapshot.bases().stream().filter(basis -> !basis.equals(Ownership.EQUITY)).toList();
        for (String basis : otherBases) {
            section("Other stakes in " + companyName() + ": " + basis + " (not part of the equity above, not priced)");
            snapshot.stakesOn(basis).forEach(stake -> stakeLine(stake, snapshot));
        }
    }

    private void stakeLine(Stake stake, OwnershipSnapshot snapshot) {
        line(String.format(Locale.ROOT, "  %-30s %12s   %s", store.entityName(stake.holderId()),
                Formats.stakePercent(stake), Formats.stakeDetails(stake, snapshot)).stripTrailing());
    }

    private void leadership() {
        section("Leadership of " + companyName());
        if (summary.leadership().isEmpty()) {
            line("  none reported");
        }
        for (Tenure tenure : summary.leadership()) {
            String since = tenure.started().map(start -> "since " + start.display())
                    .orElse("since before " + tenure.heldBy().display() + " (start not reported)");
            line(String.format(Locale.ROOT, "  %-24s %s, %s", tenure.role(), Formats.holder(tenure, store), since));
        }
    }

    private void valuations() {
        section("Post-money valuations of " + companyName());
        if (summary.valuations().isEmpty()) {
            line("  none reported");
        }
        for (ValuationPoint point : summary.valuations()) {
            line(String.format(Locale.ROOT, "  %-12s %-10s %s%s", point.date().display(),
                    Formats.money(point.postMoney()), point.label(), point.stepUpMultiple()
                            .map(multiple -> " (" + Formats.multiple(multiple, point.stepUpApprox()) + " the previous)")
                            .orElse("")));
        }
    }

    private void conflicts() {
        section("Conflicts between sources (" + summary.conflicts().size() + ")");
        Map<String, Event> events = store.events().stream().collect(Collectors.toMap(Event::id, event -> event));
        for (Conflict conflict : summary.conflicts()) {
            Event event = events.get(conflict.eventId());
            line("  " + event.id() + " \"" + event.title() + "\": " + conflict.field().label().toLowerCase(Locale.ROOT)
                    + " is " + shown(conflict, conflict.accepted()) + "; \""
                    + store.sourceTitle(conflict.sourceId())
                    + "\" says " + shown(conflict, conflict.claimed()));
        }
    }

    private String shown(Conflict conflict, Object value) {
        return Formats.value(conflict.field(), value, false, store);
    }

    private void checks() {
        List<CheckResult> results = summary.checks();
        section("Consistency checks (" + results.stream().filter(CheckResult::passed).count() + " of " + results.size()
                + " pass)");
        results.forEach(result -> line("  " + (result.passed() ? "ok     " : "WARNING") + " " + result.eventId() + ": "
                + result.description()));
    }

    private void warnings() {
        List<Problem> warnings = summary.report().warnings();
        section("Warnings in the file (" + summary.report().warningCount() + ")");
        warnings.stream().map(Problem::format).forEach(warning -> line("  " + warning));
    }

    private String companyName() {
        return store.entityName(summary.companyId());
    }

    private void section(String heading) {
        text.append(System.lineSeparator());
        line(heading);
    }

    private void line(String line) {
        text.append(line).append(System.lineSeparator());
    }
}
