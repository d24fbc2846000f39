package com.stakeline.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A company's history as one store holds it: the parties, the sources and the events, which are kept in date order.
 * Immutable; the queries in this package read it.
 */
public final class EventStore {

    /** The format tag every store of this version carries. */
    public static final String FORMAT = "stakeline-events/1";

    private final String title;
    private final String subject;
    private final List<Entity> entities;
    private final List<Source> sources;
    private final List<Event> events;
    private final EventColumns columns;
    private final Map<String, Entity> entitiesById;
    private final Map<String, Source> sourcesById;

    /**
     * A store of the given parts; ids must be unique within entities and within sources.
     *
     * @param title what the store is about, for window titles and reports
     * @param subject the id of the entity the store follows, or null
     * @param entities every party events may name
     * @param sources every document events may cite
     * @param events the events, in any order
     */
    public EventStore(String title, String subject, List<Entity> entities, List<Source> sources, List<Event> events) {
        this.title = title;
        this.subject = subject;
        this.entities = List.copyOf(entities);
        this.sources = List.copyOf(sources);
        this.columns = EventColumns.inDateOrder(events);
        this.events = columns.events();
        this.entitiesById = entities.stream().collect(Collectors.toUnmodifiableMap(Entity::id, Function.identity()));
        this.sourcesById = sources.stream().collect(Collectors.toUnmodifiableMap(Source::id, Function.identity()));
    }

    /** What the store is about. */
    public String title() {
        return title;
    }

    /** The entity the store follows, when it names one. */
    public Optional<Entity> subject() {
        return Optional.ofNullable(subject).flatMap(this::entity);
    }

    /**
     * The id of the entity that {@code wanted} names: its id, or its name or one of its aliases in any case, as
     * analysts type them.
     */
    public Optional<String> entityIdOf(String wanted) {
        if (entitiesById.containsKey(wanted)) {
            return Optional.of(wanted);
        }
        for (Entity entity : entities) {
            if (entity.name().equalsIgnoreCase(wanted)
                    || entity.aliases().stream().anyMatch(alias -> alias.equalsIgnoreCase(wanted))) {
                return Optional.of(entity.id());
            }
        }
        return Optional.empty();
    }

    /** The id of the entity the store names as its subject, if it names one. */
    public Optional<String> declaredSubjectId() {
        return Optional.ofNullable(subject);
    }

    /** The id of the company the store follows: its subject, or else the company most events are about, or empty. */
    public String subjectId() {
        return subject().map(Entity::id).orElseGet(columns::commonestCompany);
    }

    /** Every party, in store order. */
    public List<Entity> entities() {
        return entities;
    }

    /** Every source, in store order. */
    public List<Source> sources() {
        return sources;
    }

    /** Every event, earliest first; events on the same date keep their store order. */
    public List<Event> events() {
        return events;
    }

    /** The events' dates, types and companies in arrays, for passes over the whole store. */
    public EventColumns columns() {
        return columns;
    }

    /** The entity with that id. */
    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entitiesById.get(id));
    }

    /** The entity's name, or the id itself when the store does not know it. */
    public String entityName(String id) {
        return entity(id).map(Entity::name).orElse(id);
    }

    /** The source with that id. */
    public Optional<Source> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    /** The source's title, or the id itself when the store does not know it. */
    public String sourceTitle(String id) {
        return source(id).map(Source::title).orElse(id);
    }

    /** The titles of the sources {@code event} cites, in its order, joined by "; ". */
    public String sourceTitles(Event event) {
        return event.sources().stream().map(citation -> sourceTitle(citation.sourceId()))
                .collect(Collectors.joining("; "));
    }

    /** The event with that id; of several with the same id, the first in date order. */
    public Optional<Event> event(String id) {
        int index = columns.indexOf(id);
        return index < 0 ? Optional.empty() : Optional.of(events.get(index));
    }

    /** The events that match the filter, earliest first. */
    public List<Event> events(EventFilter filter) {
        return events.stream().filter(event -> filter.test(event, this)).toList();
    }
}
