package com.stakeline.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which events to show: a date range, types, entities, tags and text, each left open when null or empty.
 * A partial date matches a range when any day of its span falls in it.
 *
 * @param from the first day of the range, or null for no lower bound
 * @param to the last day of the range, or null for no upper bound
 * @param types the event types to keep; empty keeps every type
 * @param entityIds keep events that name any of these entities; empty keeps all
 * @param tags keep events carrying any of these tags; empty keeps all
 * @param text keep events whose title, summary, tags or named entities contain this text, ignoring case; blank keeps all
 */
public record EventFilter(LocalDate from, LocalDate to, Set<EventType> types, Set<String> entityIds, Set<String> tags,
                          String text) {

    /** Copies the sets. */
    public EventFilter {
        types = Set.copyOf(types);
        entityIds = Set.copyOf(entityIds);
        tags = Set.copyOf(tags);
        text = text == null ? "" : text.strip();
    }

    /** A filter that keeps every event. */
    public static EventFilter all() {
        return new EventFilter(null, null, Set.of(), Set.of(), Set.of(), "");
    }

    /** This filter limited to the range from {@code from} to {@code to}, both included. */
    public EventFilter between(LocalDate from, LocalDate to) {
        return new EventFilter(from, to, types, entityIds, tags, text);
    }

    /** This filter limited to the given types. */
    public EventFilter ofTypes(Set<EventType> types) {
        return new EventFilter(from, to, types, entityIds, tags, text);
    }

    /** This filter limited to events naming any of the given entities. */
    public EventFilter naming(Set<String> entityIds) {
        return new EventFilter(from, to, types, entityIds, tags, text);
    }

    /** This filter limited to events with any of the given tags. */
    public EventFilter tagged(Set<String> tags) {
        return new EventFilter(from, to, types, entityIds, tags, text);
    }

    /** This filter limited to events containing the text. */
    public EventFilter containing(String text) {
        return new EventFilter(from, to, types, entityIds, tags, text);
    }

    /** Whether the event passes; the store resolves entity names for the text search. */
    public boolean test(Event event, EventStore store) {
        LocalDate lower = from == null ? LocalDate.MIN : from;
        LocalDate upper = to == null ? LocalDate.MAX : to;
        PartialDate end = event.end().orElse(event.date());
        boolean inRange = !event.date().start().isAfter(upper) && !end.end().isBefore(lower);
        return inRange
                && (types.isEmpty() || types.contains(event.type()))
                && (entityIds.isEmpty() || event.entityIds().stream().anyMatch(entityIds::contains))
                && (tags.isEmpty() || event.tags().stream().anyMatch(tags::contains))
                && (text.isEmpty() || containsText(event, store));
    }

    private boolean containsText(Event event, EventStore store) {
        String needle = text.toLowerCase(Locale.ROOT);
        Stream<String> entityNames = event.entityIds().stream()
                .flatMap(id -> store.entity(id).map(entity -> Stream.concat(Stream.of(entity.name()), entity.aliases().stream()))
                        .orElseGet(() -> Stream.of(id)));
        return Stream.of(Stream.of(event.title(), event.summaryText().orElse(""), event.type().display()),
                        event.tags().stream(), entityNames)
                .flatMap(s -> s)
                .anyMatch(haystack -> haystack.toLowerCase(Locale.ROOT).contains(needle));
    }
}
