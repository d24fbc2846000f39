package com.stakeline.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Changes to a store, each giving a new store and leaving the old one as it was: an undo is then only a matter of
 * going back to the store before.
 */
public final class StoreEdits {

    private StoreEdits() {
    }

    /**
     * A store of one company and nothing else yet: the company, named {@code companyName}, is its subject, with an
     * id made from the name ("Acme Robotics" gives "acme-robotics").
     */
    public static EventStore newStore(String companyName) {
        String name = companyName.strip();
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        Entity company = new Entity(id.isEmpty() ? "company" : id, name, EntityKind.COMPANY, List.of(), null, null);
        return new EventStore(name + ": company history", company.id(), List.of(company), List.of(), List.of());
    }

    /**
     * A store of {@code event} alone, with only the entities it names (its sources' claims included) and the sources
     * it cites, as {@code store} has them: enough for the reader to check the event, at a cost that does not grow
     * with the store. The entities' own owners are left out, so that their references need nothing more.
     */
    public static EventStore around(EventStore store, Event event) {
        Set<String> named = new LinkedHashSet<>(event.entityIds());
        for (Citation citation : event.sources()) {
            for (Field<?> field : citation.says().fields()) {
                Object value = citation.says().get(field).orElseThrow();
                if (value instanceof EntityList list) {
                    named.addAll(list.ids());
                } else if (field.kind() == FieldKind.ENTITY) {
                    named.add((String) value);
                }
            }
        }
        List<Entity> entities = named.stream().map(store::entity).flatMap(Optional::stream)
                .map(StoreEdits::withoutOwner).toList();
        List<Source> sources = event.sources().stream().map(citation -> store.source(citation.sourceId()))
                .flatMap(Optional::stream).distinct().toList();
        return new EventStore(store.title(), null, entities, sources, List.of(event));
    }

    /** {@code entity} with no owner named: a copy to check something else against. */
    public static Entity withoutOwner(Entity entity) {
        return new Entity(entity.id(), entity.name(), entity.kind(), entity.aliases(), null, entity.notes());
    }

    /** {@code store} with {@code event} added. */
    public static EventStore addEvent(EventStore store, Event event) {
        List<Event> events = new ArrayList<>(store.events());
        events.add(event);
        return withEvents(store, events);
    }

    /** {@code store} with the event {@code id} replaced by {@code event}, which may have another id. */
    public static EventStore replaceEvent(EventStore store, String id, Event event) {
        return mapEvents(store, id, old -> event);
    }

    /** {@code store} without the event {@code id}. */
    public static EventStore removeEvent(EventStore store, String id) {
        return mapEvents(store, id, old -> null);
    }

    /** {@code store} with {@code entity} added, or put in place of the entity with its id. */
    public static EventStore putEntity(EventStore store, Entity entity) {
        return new EventStore(store.title(), store.declaredSubjectId().orElse(null),
                put(store.entities(), entity, Entity::id), store.sources(), store.events());
    }

    /** {@code store} with {@code source} added, or put in place of the source with its id. */
    public static EventStore putSource(EventStore store, Source source) {
        return new EventStore(store.title(), store.declaredSubjectId().orElse(null), store.entities(),
                put(store.sources(), source, Source::id), store.events());
    }

    /**
     * {@code store} without the entity {@code id}; events and entities that still name it make the store invalid,
     * which the reader then says.
     */
    public static EventStore removeEntity(EventStore store, String id) {
        return new EventStore(store.title(), store.declaredSubjectId().orElse(null),
                store.entities().stream().filter(entity -> !entity.id().equals(id)).toList(), store.sources(),
                store.events());
    }

    /** {@code store} without the source {@code id}; events that still cite it make the store invalid. */
    public static EventStore removeSource(EventStore store, String id) {
        return new EventStore(store.title(), store.declaredSubjectId().orElse(null), store.entities(),
                store.sources().stream().filter(source -> !source.id().equals(id)).toList(), store.events());
    }

    /** A copy of {@code entity} to add to {@code store}, named "… (copy)", under the first free id {@code ID-copy}, … */
    public static Entity copyOf(EventStore store, Entity entity) {
        String id = freeCopyId(entity.id(), taken -> store.entity(taken).isPresent());
        return new Entity(id, entity.name() + " (copy)", entity.kind(), entity.aliases(), entity.parent(),
                entity.notes());
    }

    /** A copy of {@code source} to add to {@code store}, titled "… (copy)", under the first free id. */
    public static Source copyOf(EventStore store, Source source) {
        String id = freeCopyId(source.id(), taken -> store.source(taken).isPresent());
        return new Source(id, source.title() + " (copy)", source.publisher(), source.published(), source.url(),
                source.file(), source.notes());
    }

    /** The first of {@code ID-copy}, {@code ID-copy-2}, … that is not {@code taken}. */
    private static String freeCopyId(String id, Predicate<String> taken) {
        String copy = id + "-copy";
        for (int n = 2; taken.test(copy); n++) {
            copy = id + "-copy-" + n;
        }
        return copy;
    }

    /** {@code items} with {@code item} in place of the one with its id, or added at the end. */
    private static <T> List<T> put(List<T> items, T item, Function<T, String> id) {
        List<T> put = new ArrayList<>(items);
        for (int i = 0; i < put.size(); i++) {
            if (id.apply(put.get(i)).equals(id.apply(item))) {
                put.set(i, item);
                return put;
            }
        }
        put.add(item);
        return put;
    }

    /**
     * A copy of {@code event} to add to {@code store}, under the first free id of the form {@code ID-copy},
     * {@code ID-copy-2}, …
     */
    public static Event copyOf(EventStore store, Event event) {
        String id = freeCopyId(event.id(), taken -> store.event(taken).isPresent());
        return new Event(id, event.type(), event.date(), event.endDate(), event.company(), event.title(),
                event.summary(), event.tags(), event.sources(), event.fields());
    }

    private static EventStore mapEvents(EventStore store, String id, UnaryOperator<Event> change) {
        List<Event> events = new ArrayList<>(store.events().size());
        boolean found = false;
        for (Event event : store.events()) {
            if (!found && event.id().equals(id)) {
                found = true;
                Event changed = change.apply(event);
                if (changed != null) {
                    events.add(changed);
                }
            } else {
                events.add(event);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no event has the id '" + id + "'");
        }
        return withEvents(store, events);
    }

    private static EventStore withEvents(EventStore store, List<Event> events) {
        return new EventStore(store.title(), store.declaredSubjectId().orElse(null), store.entities(), store.sources(), events);
    }
}
