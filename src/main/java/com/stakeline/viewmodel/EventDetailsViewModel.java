package com.stakeline.viewmodel;

import com.stakeline.domain.CheckResult;
import com.stakeline.domain.Citation;
import com.stakeline.domain.Conflict;
import com.stakeline.domain.Conflicts;
import com.stakeline.domain.ConsistencyChecks;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.Field;
import com.stakeline.domain.Formats;
import com.stakeline.domain.PartialDate;
import com.stakeline.domain.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Everything the detail pane shows of one event, formatted for people, conflicts marked. The consistency checks of a
 * stake or a leadership change follow the company's history up to the event, which takes a while in a large store,
 * so they are worked out off the UI thread and arrive after the rest.
 */
public final class EventDetailsViewModel {

    private final TaskExecutor executor;
    /** Counts selections, so that checks finishing after a newer selection cannot replace what it shows. */
    private int generation;

    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<SourceLine> sources = FXCollections.observableArrayList();
    private final ObservableList<CheckResult> checks = FXCollections.observableArrayList();
    private final ObservableList<Fact> factsView = FXCollections.unmodifiableObservableList(facts);
    private final ObservableList<SourceLine> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ObservableList<CheckResult> checksView = FXCollections.unmodifiableObservableList(checks);
    private final ReadOnlyStringWrapper checksStatus = new ReadOnlyStringWrapper("");

    /** A view-model that works out the checks through {@code executor}. */
    public EventDetailsViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Shows {@code event} of {@code store}, or nothing when the event is null. */
    public void show(EventStore store, Event event) {
        int shown = ++generation;
        empty.set(event == null);
        checks.clear();
        checksStatus.set("");
        if (event == null) {
            title.set("");
            subtitle.set("");
            summary.set("");
            facts.clear();
            sources.clear();
            return;
        }
        List<Conflict> conflicts = Conflicts.of(event);
        title.set(event.title());
        subtitle.set(event.type().display() + " · " + event.date().display() + " · " + store.entityName(event.company()));
        summary.set(event.summaryText().orElse(""));
        facts.setAll(facts(store, event, conflicts));
        sources.setAll(event.sources().stream().map(citation -> sourceLine(store, citation, conflicts)).toList());
        checksStatus.set("Checking the figures…");
        executor.execute(() -> ConsistencyChecks.run(store, event), results -> {
            if (shown == generation) {
                checksStatus.set("");
                checks.setAll(results);
            }
        }, failure -> {
            if (shown == generation) {
                checksStatus.set("The figures could not be checked: " + failure.getMessage());
            }
        });
    }

    /** Whether no event is shown. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** The event's headline. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Type, date and company in one line: "Stake acquisition · June 2025 · Scale AI". */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** The event's summary, or empty. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The event's fields, labelled, with disputes. */
    public ObservableList<Fact> facts() {
        return factsView;
    }

    /** The sources behind the event. */
    public ObservableList<SourceLine> sources() {
        return sourcesView;
    }

    /** The consistency checks of the event's figures, passed and failed, once worked out. */
    public ObservableList<CheckResult> checks() {
        return checksView;
    }

    /** "Checking the figures…" while the checks are worked out, why they could not be, or empty. */
    public ReadOnlyStringProperty checksStatusProperty() {
        return checksStatus.getReadOnlyProperty();
    }

    private static List<Fact> facts(EventStore store, Event event, List<Conflict> conflicts) {
        List<Fact> result = new ArrayList<>();
        result.add(fact(store, event, Field.DATE, conflicts));
        if (event.end().isPresent() || conflicts.stream().anyMatch(conflict -> conflict.field() == Field.END_DATE)) {
            result.add(fact(store, event, Field.END_DATE, conflicts));
        }
        result.add(new Fact("Company", store.entityName(event.company()), ""));
        for (EventType.FieldRule rule : event.type().fieldRules()) {
            if (event.get(rule.field()).isPresent() || conflicts.stream().anyMatch(c -> c.field() == rule.field())) {
                result.add(fact(store, event, rule.field(), conflicts));
            }
        }
        if (!event.tags().isEmpty()) {
            result.add(new Fact("Tags", String.join(", ", event.tags()), ""));
        }
        return result;
    }

    private static Fact fact(EventStore store, Event event, Field<?> field, List<Conflict> conflicts) {
        boolean approx = event.get(Field.STAKE_APPROX).orElse(false);
        String value = Formats.value(field, event.get(field).orElse(null), approx, store);
        if (field == Field.DATE) {
            value += precisionNote(event.date());
        }
        String dispute = conflicts.stream()
                .filter(conflict -> conflict.field() == field)
                .map(conflict -> sourceTitle(store, conflict.sourceId()) + " says "
                        + Formats.value(field, conflict.claimed(), false, store))
                .collect(Collectors.joining("; "));
        return new Fact(field.label(), value, dispute);
    }

    private static String precisionNote(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> " (year only)";
            case MONTH -> " (month only)";
            case DAY -> "";
        };
    }

    private static SourceLine sourceLine(EventStore store, Citation citation, List<Conflict> conflicts) {
        Optional<Source> source = store.source(citation.sourceId());
        String details = source.map(s -> Stream.of(s.publisherName(), s.publishedDate().map(PartialDate::display),
                                Optional.ofNullable(s.file()), Optional.ofNullable(s.url()))
                        .flatMap(Optional::stream)
                        .collect(Collectors.joining(" · ")))
                .orElse("");
        List<Field<?>> disputed = conflicts.stream()
                .filter(conflict -> conflict.sourceId().equals(citation.sourceId()))
                .<Field<?>>map(Conflict::field)
                .toList();
        String claims = citation.says().fields().stream()
                .filter(field -> field != Field.STAKE_APPROX)
                .map(field -> field.label() + ": " + Formats.value(field, citation.says().get(field).orElseThrow(),
                        citation.says().get(Field.STAKE_APPROX).orElse(false), store)
                        + (disputed.contains(field) ? "" : " (agrees within rounding)"))
                .collect(Collectors.joining("; "));
        return new SourceLine(sourceTitle(store, citation.sourceId()), details,
                source.flatMap(Source::notesText).orElse(""), claims.isEmpty() ? "" : "Says " + claims);
    }

    private static String sourceTitle(EventStore store, String sourceId) {
        return store.source(sourceId).map(source -> "“" + source.title() + "”").orElse(sourceId);
    }
}
